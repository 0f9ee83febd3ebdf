package kz.qyzmet.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * CPU time spent on a piece of work: this JVM's (the application, the engine, an embedded H2, and
 * the benchmark's own client) and, on PostgreSQL, the server processes serving this database's
 * connections (read from {@code /proc}). On a machine shared with other work, wall-clock figures
 * swing with the load; the CPU a lifecycle or a job costs swings much less, and says what the same
 * work would need on idle cores.
 */
final class CpuMeter {

  /** CPU milliseconds, in the JVM and in the database server. */
  record Cpu(double jvmMillis, double databaseMillis) {
    double totalMillis() {
      return jvmMillis + databaseMillis;
    }

    Cpu minus(Cpu o) {
      return new Cpu(jvmMillis - o.jvmMillis, databaseMillis - o.databaseMillis);
    }
  }

  private static final double TICK_MILLIS = 10.0; // USER_HZ is 100 on Linux

  private final JdbcTemplate jdbc;
  private final boolean postgres;
  private final Map<Integer, Double> finishedBackends = new HashMap<>();

  CpuMeter(JdbcTemplate jdbc, boolean postgres) {
    this.jdbc = jdbc;
    this.postgres = postgres;
  }

  Cpu now() {
    var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    double jvm = os.getProcessCpuTime() / 1e6;
    return new Cpu(jvm, postgres ? databaseMillis() : 0);
  }

  /**
   * The CPU of the server processes of this database's sessions. A process that ended (a pool
   * connection closed) keeps the last CPU seen for it, so that the sum never goes back.
   */
  private double databaseMillis() {
    List<Integer> pids = jdbc.queryForList("select pid from pg_stat_activity where datname = current_database()",
        Integer.class);
    for (int pid : pids) {
      Double millis = processMillis(pid);
      if (millis != null) {
        finishedBackends.put(pid, millis);
      }
    }
    return finishedBackends.values().stream().mapToDouble(Double::doubleValue).sum();
  }

  private static Double processMillis(int pid) {
    try {
      String stat = Files.readString(Path.of("/proc", Integer.toString(pid), "stat"));
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      // After the command: state(0) ppid(1) ... utime(11) stime(12).
      return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * TICK_MILLIS;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }
}
