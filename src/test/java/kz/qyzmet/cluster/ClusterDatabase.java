package kz.qyzmet.cluster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The PostgreSQL database the cluster shares, as the test sees it: plain JDBC on a fresh connection
 * per question (a connection would not survive the restart), and the local server's
 * {@code pg_ctlcluster} to restart it.
 */
public final class ClusterDatabase {

  private static final Pattern URL = Pattern.compile("jdbc:postgresql://([^/:]+)(?::(\\d+))?/([^?]+)(\\?.*)?");

  public final String url;
  public final String user;
  public final String password;
  final String host;
  final int port;
  final String name;

  private ClusterDatabase(String url, String user, String password) {
    Matcher m = URL.matcher(url);
    if (!m.matches()) {
      throw new IllegalArgumentException("Not a PostgreSQL JDBC URL: " + url);
    }
    this.url = url;
    this.user = user;
    this.password = password;
    this.host = m.group(1);
    this.port = m.group(2) == null ? 5432 : Integer.parseInt(m.group(2));
    this.name = m.group(3);
  }

  /**
   * The database {@code qyzmet_cluster} on the server of {@code QYZMET_TEST_POSTGRES_URL} (or
   * {@code QYZMET_TEST_CLUSTER_URL}), with the same role; empty if neither is set.
   */
  static Optional<ClusterDatabase> fromEnvironment() {
    return named("qyzmet_cluster", "QYZMET_TEST_CLUSTER_URL");
  }

  /**
   * The database {@code name} on the server of {@code QYZMET_TEST_POSTGRES_URL} (or the whole URL in
   * the variable {@code urlVariable}), with the same role; empty if neither is set.
   */
  public static Optional<ClusterDatabase> named(String name, String urlVariable) {
    String testUrl = System.getenv("QYZMET_TEST_POSTGRES_URL");
    String clusterUrl = System.getenv(urlVariable);
    if (clusterUrl == null && testUrl == null) {
      return Optional.empty();
    }
    if (clusterUrl == null) {
      clusterUrl = testUrl.replaceFirst("/[^/?]+(\\?.*)?$", "/" + name + "$1");
    }
    String user = Optional.ofNullable(System.getenv("QYZMET_TEST_POSTGRES_USER")).orElse("qyzmet");
    String password = Optional.ofNullable(System.getenv("QYZMET_TEST_POSTGRES_PASSWORD")).orElse("qyzmet");
    return Optional.of(new ClusterDatabase(clusterUrl, user, password));
  }

  Connection connect() throws SQLException {
    DriverManager.setLoginTimeout(5);
    return DriverManager.getConnection(url, user, password);
  }

  /**
   * An empty database: created (by the postgres superuser, as .ci/postgres.sh does) if it does not
   * exist, emptied if it does.
   */
  public void recreateEmpty() {
    try (Connection c = connect()) {
      empty(c);
      return;
    } catch (SQLException e) {
      if (!"3D000".equals(e.getSQLState())) {
        throw new IllegalStateException("Cannot reach " + url, e);
      }
    }
    run(Duration.ofSeconds(60), "su", "postgres", "-c", "psql -q -v ON_ERROR_STOP=1 -p " + port
        + " -c 'CREATE DATABASE " + name + " OWNER " + user + "'");
    try (Connection c = connect()) {
      empty(c);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot reach " + url + " after creating it", e);
    }
  }

  private static void empty(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("drop schema if exists public cascade");
      s.execute("create schema public");
    }
  }

  public long count(String sql, Object... parameters) {
    return query(sql, parameters).stream().findFirst().map(row -> ((Number) row.values().iterator().next())
        .longValue()).orElse(0L);
  }

  /** Rows as ordered maps; a Collection parameter is bound as a text[] (use {@code = any(?)}). */
  public List<Map<String, Object>> query(String sql, Object... parameters) {
    try (Connection c = connect(); PreparedStatement statement = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        Object parameter = parameters[i];
        if (parameter instanceof Collection<?> values) {
          Array array = c.createArrayOf("text", values.toArray());
          statement.setArray(i + 1, array);
        } else {
          statement.setObject(i + 1, parameter);
        }
      }
      statement.setQueryTimeout(60);
      try (ResultSet rs = statement.executeQuery()) {
        List<Map<String, Object>> rows = new ArrayList<>();
        int columns = rs.getMetaData().getColumnCount();
        while (rs.next()) {
          Map<String, Object> row = new LinkedHashMap<>();
          for (int column = 1; column <= columns; column++) {
            row.put(rs.getMetaData().getColumnLabel(column), rs.getObject(column));
          }
          rows.add(row);
        }
        return rows;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Query failed: " + sql, e);
    }
  }

  // ---- the server ----

  /** The local server's cluster ({@code pg_lsclusters}: version and name) that listens on our port. */
  Optional<String[]> localCluster() {
    if (!host.equals("localhost") && !host.startsWith("127.")) {
      return Optional.empty();
    }
    try {
      String listing = run(Duration.ofSeconds(30), "pg_lsclusters", "-h");
      for (String line : listing.split("\n")) {
        String[] fields = line.trim().split("\\s+");
        if (fields.length >= 3 && fields[2].equals(Integer.toString(port))) {
          return Optional.of(new String[] {fields[0], fields[1]});
        }
      }
      return Optional.empty();
    } catch (IllegalStateException e) {
      return Optional.empty();
    }
  }

  /** Why the test cannot restart the server, or empty if it can. */
  Optional<String> whyNoRestart() {
    if (localCluster().isEmpty()) {
      return Optional.of("no local PostgreSQL cluster listens on port " + port + " (pg_lsclusters)");
    }
    String userName = System.getProperty("user.name");
    if (!"root".equals(userName) && !"postgres".equals(userName)) {
      return Optional.of("pg_ctlcluster needs root or postgres, and the test runs as " + userName);
    }
    return Optional.empty();
  }

  void stopServer() {
    String[] cluster = localCluster().orElseThrow();
    run(Duration.ofSeconds(60), "pg_ctlcluster", cluster[0], cluster[1], "stop", "-m", "fast");
  }

  void startServer() {
    String[] cluster = localCluster().orElseThrow();
    run(Duration.ofSeconds(60), "pg_ctlcluster", cluster[0], cluster[1], "start");
  }

  /** Whether a new connection succeeds now. */
  boolean reachable() {
    try (Connection c = connect(); Statement s = c.createStatement()) {
      s.execute("select 1");
      return true;
    } catch (SQLException e) {
      return false;
    }
  }

  static String run(Duration timeout, String... command) {
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException(String.join(" ", command) + " did not end within " + timeout);
      }
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (process.exitValue() != 0) {
        throw new IllegalStateException(String.join(" ", command) + " failed (" + process.exitValue() + "): "
            + output);
      }
      return output;
    } catch (IOException e) {
      throw new IllegalStateException("Cannot run " + String.join(" ", command), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
