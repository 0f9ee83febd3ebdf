package kz.qyzmet.sla;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Function;
import kz.qyzmet.QyzmetApplication;
import kz.qyzmet.QyzmetIntegrationTest;
import kz.qyzmet.calendar.DeadlineService;
import kz.qyzmet.sla.SlaQueries.Query;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How fast the SLA report and the metrics refresh are on 100,000 historic applications (three years
 * of submissions over 30 standards, about 3% of them open, 10% breached): seeds them, prints each
 * query's plan and timings, and the whole report's, then removes them again. Prints figures and
 * asserts nothing (a timing assertion fails on a busy machine and proves nothing on a fast one).
 *
 * <p>Tagged {@code benchmark}, which surefire leaves out of the normal run. Run it (H2, in memory, as
 * the tests) with
 *
 * <pre>
 * ./mvnw -q -o test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-cp.txt \
 *   &amp;&amp; java -cp target/test-classes:target/classes:$(cat target/test-cp.txt) kz.qyzmet.sla.SlaBenchmark
 * </pre>
 *
 * and against PostgreSQL by adding {@code --spring.datasource.url=jdbc:postgresql://localhost:5432/<db>
 * --spring.datasource.username=... --spring.datasource.password=...} (an empty database of its own).
 */
@QyzmetIntegrationTest
@Tag("benchmark")
public class SlaBenchmark {

  static final int APPLICATIONS = 100_000;
  static final int FIRST_STANDARD = 101;
  static final int STANDARDS = 30;
  static final int ROUNDS = 25;
  static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
  static final Instant NOW = LocalDateTime.parse("2026-03-20T10:00").atZone(ALMATY).toInstant();

  @Autowired JdbcTemplate jdbc;
  @Autowired SlaService sla;
  @Autowired SlaQueries queries;
  @Autowired SlaMetrics metrics;
  @Autowired DeadlineService deadlines;
  @Autowired OpenComplaints complaints;

  private long clockTick;

  public static void main(String[] args) {
    try (ConfigurableApplicationContext context = new SpringApplicationBuilder(QyzmetApplication.class)
        .profiles("demo", "test").properties("server.port=0").run(args)) {
      SlaBenchmark benchmark = new SlaBenchmark();
      benchmark.jdbc = context.getBean(JdbcTemplate.class);
      benchmark.sla = context.getBean(SlaService.class);
      benchmark.queries = context.getBean(SlaQueries.class);
      benchmark.metrics = context.getBean(SlaMetrics.class);
      benchmark.deadlines = context.getBean(DeadlineService.class);
      benchmark.complaints = context.getBean(OpenComplaints.class);
      benchmark.run();
    }
  }

  @Test
  void run() {
    clear();
    try {
      ClockUtil.setCurrentTime(Date.from(NOW));
      long start = System.nanoTime();
      int[] seeded = seed();
      out("Seeded %,d applications (%,d open, %,d overdue) and %,d breaches in %.1f s", APPLICATIONS, seeded[0],
          seeded[1], seeded[2], (System.nanoTime() - start) / 1e9);
      // What a database has in steady state: statistics, and on PostgreSQL (autovacuum) the dead rows of
      // an earlier run gone and the visibility map set, so that it may read from an index alone.
      jdbc.execute(database().startsWith("PostgreSQL") ? "vacuum analyze" : "analyze");
      out("Database: %s; rows in qz_application: %,d, in qz_breach: %,d", database(), count("qz_application"),
          count("qz_breach"));
      boolean h2 = database().startsWith("H2");
      if (h2) {
        // H2 hands back the last result of a statement whose parameters and tables did not change;
        // a real report never repeats itself like that, so measure without.
        jdbc.execute("set optimize_reuse_results 0");
      }
      try {
        measure();
      } finally {
        if (h2) {
          jdbc.execute("set optimize_reuse_results 1");
        }
      }
    } finally {
      ClockUtil.reset();
      clear();
    }
  }

  private void measure() {
    SlaHorizon h = SlaHorizon.at(deadlines);
    out("");
    out("Plans:");
    for (Query q : queries.all(h, null, 200)) {
      out("-- %s", q.name());
      queries.explain(q).forEach(line -> Arrays.stream(line.split("\n")).forEach(l -> out("   %s", l)));
    }
    out("");
    out("%-34s %10s %10s %10s %8s", "timings over " + ROUNDS + " rounds (ms)", "median", "min", "max", "rows");
    time("open counts (standard, channel)", t -> queries.openCounts(t).size());
    time("terms ended, breached (30 d)", t -> queries.termsEnded(t).size());
    time("breaches in window (30 d)", t -> queries.breachesInWindow(t).size());
    time("breaches total", t -> queries.breachesTotal().size());
    time("durations (30 d)", t -> queries.durations(t).size());
    time("overdue list (200)", t -> queries.overdue(t, null, 200).size());
    time("overdue list, one standard", t -> queries.overdue(t, FIRST_STANDARD + 4, 200).size());
    time("open complaints (engine)", t -> complaints.list().size());
    time("whole report, every standard", t -> sla.report(SlaReport.Scope.all()).standards().size());
    time("whole report, one standard", t -> sla.report(sla.scopeOfStandard(FIRST_STANDARD + 4)).standards().size());
    time("metrics refresh", t -> {
      metrics.refresh();
      return 0;
    });
  }

  /**
   * Runs {@code work} 5 times to warm up, then {@link #ROUNDS} times, each a second later on the
   * engine clock: the parameters change from run to run, as they do between real reports, so no
   * database serves a result it kept from the run before.
   */
  private void time(String name, Function<SlaHorizon, Integer> work) {
    double[] millis = new double[ROUNDS];
    int rows = 0;
    for (int i = -5; i < ROUNDS; i++) {
      ClockUtil.setCurrentTime(Date.from(NOW.plusSeconds(clockTick++)));
      SlaHorizon h = SlaHorizon.at(deadlines);
      long start = System.nanoTime();
      rows = work.apply(h);
      if (i >= 0) {
        millis[i] = (System.nanoTime() - start) / 1e6;
      }
    }
    ClockUtil.setCurrentTime(Date.from(NOW));
    Arrays.sort(millis);
    out("%-34s %10.2f %10.2f %10.2f %8d", name, millis[ROUNDS / 2], millis[0], millis[ROUNDS - 1], rows);
  }

  /** Three years of applications: returns {open, overdue, breaches}. */
  private int[] seed() {
    Random random = new Random(217);
    String[] channels = {"psc", "psc", "psc", "psc", "portal", "portal", "portal", "ztmo", "ztmo", "akimat"};
    String[] openStatuses = {"REGISTERED", "IN_REVIEW", "IN_REVIEW", "AWAITING_DOCUMENTS", "RESULT_READY"};
    long first = NOW.minusSeconds(3L * 365 * 24 * 3600).toEpochMilli();
    long span = NOW.toEpochMilli() - first;
    List<Object[]> applications = new ArrayList<>();
    List<Object[]> breaches = new ArrayList<>();
    int open = 0;
    int overdue = 0;
    for (int i = 0; i < APPLICATIONS; i++) {
      String id = "BENCH-" + i;
      String pi = "bench-pi-" + i;
      int standard = FIRST_STANDARD + random.nextInt(STANDARDS);
      Instant submitted = Instant.ofEpochMilli(first + (long) (random.nextDouble() * span));
      int term = 5 + random.nextInt(26);
      Instant due = deadlines.workingDays(Date.from(submitted), term).toInstant();
      String status;
      Instant closed = null;
      double kind = random.nextDouble();
      if (kind < 0.02) {
        status = "REFUSED_TO_ACCEPT";
        due = null;
        closed = submitted.plusSeconds(1800);
      } else {
        // Most results come before the due date; one in ten after it.
        double share = random.nextDouble() < 0.9 ? 0.2 + 0.8 * random.nextDouble() : 1.02 + 0.5 * random.nextDouble();
        Instant result = submitted.plusMillis((long) ((due.toEpochMilli() - submitted.toEpochMilli()) * share));
        if (result.isBefore(NOW)) {
          closed = result;
          double r = random.nextDouble();
          status = r < 0.80 ? "GRANTED" : r < 0.92 ? "REFUSED" : r < 0.97 ? "WITHDRAWN" : "ANSWERED";
        } else {
          status = openStatuses[random.nextInt(openStatuses.length)];
          open++;
        }
        if (due.isBefore(closed == null ? NOW : closed) && !"WITHDRAWN".equals(status)) {
          if (closed == null) {
            overdue++;
          }
          // The deadline timer recorded it (unless, for an open one, it has not run yet).
          if (closed != null || random.nextDouble() < 0.9) {
            breaches.add(new Object[] {id, pi, standard, "SERVICE_TERM", ts(due), ts(due)});
          }
        }
        if (random.nextDouble() < 0.01) {
          Instant notify = submitted.plusSeconds(3 * 24 * 3600L);
          breaches.add(new Object[] {id, pi, standard, "APPLICANT_NOTIFICATION", ts(notify), ts(notify)});
        }
      }
      applications.add(new Object[] {id, standard, "bench-" + standard, channels[random.nextInt(channels.length)],
          "default", status, ts(submitted), ts(due), ts(due), ts(closed), pi, ts(submitted), "benchmark"});
      if (applications.size() == 2_000) {
        insertApplications(applications);
      }
    }
    insertApplications(applications);
    for (int i = 0; i < breaches.size(); i += 2_000) {
      jdbc.batchUpdate("""
          insert into qz_breach (application_id, process_instance_id, standard_number, kind, due_at, recorded_at)
          values (?, ?, ?, ?, ?, ?)""", breaches.subList(i, Math.min(breaches.size(), i + 2_000)));
    }
    return new int[] {open, overdue, breaches.size()};
  }

  private void insertApplications(List<Object[]> rows) {
    jdbc.batchUpdate("""
        insert into qz_application (id, standard_number, process_key, channel, case_type, status, submitted_at,
          due_at, original_due_at, closed_at, process_instance_id, created_at, created_by)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
    rows.clear();
  }

  private void clear() {
    jdbc.update("delete from qz_breach where standard_number between ? and ?", FIRST_STANDARD,
        FIRST_STANDARD + STANDARDS - 1);
    jdbc.update("delete from qz_application where standard_number between ? and ?", FIRST_STANDARD,
        FIRST_STANDARD + STANDARDS - 1);
  }

  private long count(String table) {
    Long n = jdbc.queryForObject("select count(*) from " + table, Long.class);
    return n == null ? 0 : n;
  }

  private static OffsetDateTime ts(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }

  private String database() {
    return jdbc.execute((ConnectionCallback<String>) connection -> connection.getMetaData().getDatabaseProductName()
        + " " + connection.getMetaData().getDatabaseProductVersion());
  }

  private static void out(String format, Object... args) {
    System.out.println(String.format(Locale.ROOT, format, args));
  }
}
