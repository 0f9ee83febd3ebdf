package kz.qyzmet.benchmark;

import static kz.qyzmet.benchmark.Figures.f0;
import static kz.qyzmet.benchmark.Figures.f1;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The capacity model of docs/scale.md, worked out from this run's own figures: what one node and
 * one PostgreSQL carry a day, the history the retention period keeps, and what breaks first as the
 * volume grows. The sections of {@link PerformanceBenchmark} fill the measured fields; the
 * assumptions are the constants below, each stated in docs/scale.md. A figure not measured in
 * this run (a section skipped or failed) leaves the lines that need it out.
 */
final class CapacityModel {

  /** Issue #23: Kazakhstan's social-protection services take about three million applications a year. */
  static final long APPLICATIONS_PER_YEAR = 3_000_000;
  /** History is kept five years (application.yaml, camunda.bpm.generic-properties history-time-to-live P1825D). */
  static final int RETENTION_YEARS = 5;
  /** A PSC's working day, 9:00–18:00: applications arrive in these hours. */
  static final double WORKING_HOURS_PER_DAY = 9;
  /** The busiest hour of a working day against its average hour (assumed; PSC queues peak in the morning). */
  static final double PEAK_HOUR_FACTOR = 2.0;
  /** The share of a machine's cores the model lets the work take, leaving room for bursts and the OS. */
  static final double UTILISATION = 0.7;
  /**
   * Every standard runs the same shared blocks (intake, statutory review, result delivery) under a
   * thin spine: standard 2's lifecycle, measured, stands for the mix. Standards with a commission or
   * a documents request add a stage; this factor covers them (assumed: a third of applications take
   * one more stage, ~+25 % of a lifecycle each).
   */
  static final double MIX_FACTOR = 1.08;

  // Measured by the run (NaN until a section sets them).
  double cpuPerLifecycle = Double.NaN;
  double databaseCpuPerLifecycle = Double.NaN;
  double startShare = Double.NaN;
  double statementsPerLifecycle = Double.NaN;
  double historyRowsPerLifecycle = Double.NaN;
  double cpuPerSubmission = Double.NaN;
  double deadlineJobsPerSecond = Double.NaN;
  double slaReportMillisAt100k = Double.NaN;
  double historyBytesPerRow = Double.NaN;
  double cleanupRowsPerSecond = Double.NaN;
  int workingDaysPerYear;

  private static boolean known(double... values) {
    for (double v : values) {
      if (Double.isNaN(v)) {
        return false;
      }
    }
    return true;
  }

  /** Adds the model's lines to the figures (section "7. Capacity model"). */
  void report(Figures figures, int cores) {
    String section = "7. Capacity model (docs/scale.md)";
    double perYear = APPLICATIONS_PER_YEAR;
    double perDay = perYear / workingDaysPerYear;
    double peakPerSecond = perDay / WORKING_HOURS_PER_DAY * PEAK_HOUR_FACTOR / 3600;
    figures.add("capacity.demand", section, "Demand: applications a year, a working day, a second at the peak hour",
        f0(perYear) + "; " + f0(perDay) + " over " + workingDaysPerYear + " working days; " + String.format(Locale.ROOT,
            "%.2f", peakPerSecond) + "/s (" + f0(WORKING_HOURS_PER_DAY) + " h a day, busiest hour × "
            + f1(PEAK_HOUR_FACTOR) + ")");
    List<String[]> limits = new ArrayList<>();
    if (known(cpuPerLifecycle, databaseCpuPerLifecycle, startShare, cpuPerSubmission)) {
      // The API's submission replaces the lifecycle's start by the Java API: count its extra cost once.
      double httpExtra = Math.max(0, cpuPerSubmission - startShare * cpuPerLifecycle);
      double perApplication = (cpuPerLifecycle + httpExtra) * MIX_FACTOR;
      double database = databaseCpuPerLifecycle * MIX_FACTOR;
      double node = perApplication - database;
      double nodePerDay = perDayAt(cores, node);
      double databasePerDay = perDayAt(cores, database);
      figures.add("capacity.cpu", section, "CPU per application, the mix (node; PostgreSQL)",
          f1(node) + " ms; " + f1(database) + " ms (standard 2's lifecycle, the API's extra " + f1(httpExtra)
              + " ms, × " + MIX_FACTOR + " for the mix)");
      figures.add("capacity.node", section, "Applications a working day one " + cores + "-core node carries",
          f0(nodePerDay) + " (the national demand is " + f1(100 * perDay / nodePerDay) + " % of it)");
      figures.add("capacity.database", section, "Applications a working day one " + cores
          + "-core PostgreSQL carries (its CPU)", f0(databasePerDay) + " (the national demand is "
          + f1(100 * perDay / databasePerDay) + " % of it)");
      limits.add(new String[] {"the nodes' CPU (add a node: docs/cluster.md)", Double.toString(nodePerDay)});
      limits.add(new String[] {"PostgreSQL's CPU (one database: then a region per engine, docs/scale.md)",
          Double.toString(databasePerDay)});
    }
    if (known(statementsPerLifecycle)) {
      double peak = statementsPerLifecycle * MIX_FACTOR * peakPerSecond;
      figures.add("capacity.statements", section, "SQL statements a second at the national peak hour",
          f0(peak) + " (" + f0(statementsPerLifecycle) + " per lifecycle × the mix)");
    }
    if (known(historyRowsPerLifecycle)) {
      double rowsPerYear = historyRowsPerLifecycle * MIX_FACTOR * perYear;
      double kept = rowsPerYear * RETENTION_YEARS;
      String bytes = known(historyBytesPerRow) ? String.format(Locale.ROOT, "; %.0f GiB at %.0f bytes a row, "
          + "indexes included", kept * historyBytesPerRow / (1L << 30), historyBytesPerRow) : "";
      figures.add("capacity.history", section, "History rows a year; kept at " + RETENTION_YEARS + " years' retention",
          String.format(Locale.ROOT, "%.2f billion; %.2f billion%s", rowsPerYear / 1e9, kept / 1e9, bytes));
      if (known(cleanupRowsPerSecond)) {
        double rowsPerDay = rowsPerYear / 365;
        double hours = rowsPerDay / cleanupRowsPerSecond / 3600;
        figures.add("capacity.cleanup", section, "History cleanup: a day's rows removed (once the retention has run)",
            f0(rowsPerDay) + " rows at " + f0(cleanupRowsPerSecond) + " rows/s: " + f1(hours)
                + " h of the 8-hour window 22:00–06:00");
        double cleanupPerDay = 8 * 3600 * cleanupRowsPerSecond / (historyRowsPerLifecycle * MIX_FACTOR)
            * 365.0 / workingDaysPerYear;
        limits.add(new String[] {"the history cleanup window (8 h a night)", Double.toString(cleanupPerDay)});
      }
    }
    if (known(deadlineJobsPerSecond)) {
      // The worst day for timers: after a long holiday a working day's deadlines fall due at once.
      double seconds = perDay / deadlineJobsPerSecond;
      figures.add("capacity.timers", section, "A working day's statutory deadlines falling due at once, one node",
          f0(seconds) + " s at " + f0(deadlineJobsPerSecond) + " jobs/s");
      double timersPerDay = deadlineJobsPerSecond * 900;
      limits.add(new String[] {"deadline timers due at once (drained within 15 minutes on one node)",
          Double.toString(timersPerDay)});
    }
    if (known(slaReportMillisAt100k)) {
      double retained = perYear * RETENTION_YEARS;
      double millis = slaReportMillisAt100k * retained / 100_000;
      figures.add("capacity.sla", section, "The whole SLA report over the retention's " + f0(retained)
          + " applications (linear from 100,000)", f0(millis) + " ms");
      // The report answers within 2 s up to this many applications kept.
      double keptAt2s = 100_000 * 2000 / slaReportMillisAt100k;
      limits.add(new String[] {"the SLA report over every kept application (2 s)",
          Double.toString(keptAt2s / RETENTION_YEARS / workingDaysPerYear)});
    }
    if (!limits.isEmpty()) {
      limits.sort(Comparator.comparingDouble(l -> Double.parseDouble(l[1])));
      StringBuilder order = new StringBuilder();
      for (String[] limit : limits) {
        if (order.length() > 0) {
          order.append("; then ");
        }
        order.append(limit[0]).append(" at ").append(f0(Double.parseDouble(limit[1]))).append("/day");
      }
      figures.add("capacity.first", section, "What breaks first as the volume grows (applications a working day)",
          order.toString());
    }
  }

  /** Applications a working day that {@code cores} at {@link #UTILISATION} carry at the peak hour. */
  private static double perDayAt(int cores, double millisPerApplication) {
    double peakPerSecond = cores * UTILISATION * 1000 / millisPerApplication;
    return peakPerSecond * 3600 * WORKING_HOURS_PER_DAY / PEAK_HOUR_FACTOR;
  }
}
