package kz.qyzmet.cluster;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One Qyzmet node: the application in a JVM of its own (the test's class path, so the code under
 * test), on its own loopback port, with the profiles {@code postgres,demo,cluster} and its own node
 * id, logging to a file. Started, waited for, stopped or killed with {@code kill -9}.
 */
public final class NodeProcess {

  private static final List<NodeProcess> ALL = new ArrayList<>();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      synchronized (ALL) {
        ALL.forEach(node -> node.process.destroyForcibly());
      }
    }, "cluster-test-node-reaper"));
  }

  public final String id;
  public final int port;
  final Path log;
  final long startedAtNanos;
  private final Process process;
  private volatile Duration readyAfter;

  private NodeProcess(String id, int port, Path log, Process process, long startedAtNanos) {
    this.id = id;
    this.port = port;
    this.log = log;
    this.process = process;
    this.startedAtNanos = startedAtNanos;
  }

  static NodeProcess start(String id, Path workDirectory, String jdbcUrl, String user, String password,
      List<String> extraArguments) {
    return start(id, workDirectory, freePort(), jdbcUrl, user, password, extraArguments);
  }

  /** A node on a port chosen beforehand (so that other nodes can be told where it is). */
  public static NodeProcess start(String id, Path workDirectory, int port, String jdbcUrl, String user,
      String password, List<String> extraArguments) {
    long earlier;
    synchronized (ALL) {
      earlier = ALL.stream().filter(node -> node.id.equals(id)).count();
    }
    // A node started again (after kill -9) keeps the log of its first life beside its new one.
    Path log = workDirectory.resolve(id + (earlier == 0 ? "" : "-" + (earlier + 1)) + ".log");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of("-Xms128m", "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
        "-Duser.timezone=UTC", "-Djava.awt.headless=true", "-cp", classPath(), "kz.qyzmet.QyzmetApplication",
        "--spring.profiles.active=postgres,demo,cluster",
        "--server.address=127.0.0.1",
        "--server.port=" + port,
        "--spring.datasource.url=" + jdbcUrl,
        "--spring.datasource.username=" + user,
        "--spring.datasource.password=" + password,
        "--qyzmet.cluster.node-id=" + id,
        "--spring.main.banner-mode=off"));
    command.addAll(extraArguments);
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(log.toFile()).directory(workDirectory.toFile());
    Map<String, String> environment = builder.environment();
    environment.keySet().removeIf(key -> key.startsWith("SPRING_") || key.startsWith("QYZMET_")
        || key.startsWith("CAMUNDA_") || key.equals("JAVA_TOOL_OPTIONS"));
    try {
      Files.createDirectories(workDirectory);
      NodeProcess node = new NodeProcess(id, port, log, builder.start(), System.nanoTime());
      synchronized (ALL) {
        ALL.add(node);
      }
      return node;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start node " + id, e);
    }
  }

  /** The test's own class path: target/classes, target/test-classes and the dependencies. */
  private static String classPath() {
    String surefire = System.getProperty("surefire.test.class.path");
    return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
  }

  public static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + port;
  }

  long pid() {
    return process.pid();
  }

  public boolean alive() {
    return process.isAlive();
  }

  Duration readyAfter() {
    return readyAfter;
  }

  /** Waits until {@code /actuator/health} says UP; fails at the deadline or if the JVM ended. */
  public void awaitReady(Duration timeout) {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("Node " + id + " ended with exit code " + process.exitValue()
            + " while starting; its log: " + log + "\n" + tail(60));
      }
      if (healthy(client)) {
        readyAfter = Duration.ofNanos(System.nanoTime() - startedAtNanos);
        return;
      }
      sleep(500);
    }
    throw new IllegalStateException("Node " + id + " not ready after " + timeout + "; its log: " + log + "\n"
        + tail(60));
  }

  boolean healthy(HttpClient client) {
    try {
      HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health"))
          .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
      return response.statusCode() == 200 && response.body().contains("UP");
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** {@code kill -9}: no shutdown hook, no rollback but the database's own. */
  void kill9() {
    if (!signal("KILL")) {
      process.destroyForcibly();
    }
    awaitExit(Duration.ofSeconds(10));
  }

  /**
   * Freezes the JVM (SIGSTOP): it runs nothing more, commits nothing more, and its database
   * connections stay open with whatever they had not committed, as at the instant of a crash.
   */
  void freeze() {
    if (!signal("STOP")) {
      throw new IllegalStateException("Could not SIGSTOP " + this);
    }
  }

  /** Lets a frozen JVM run on (SIGCONT). */
  void thaw() {
    if (!signal("CONT")) {
      throw new IllegalStateException("Could not SIGCONT " + this);
    }
  }

  private boolean signal(String name) {
    try {
      Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).inheritIO().start();
      return kill.waitFor(10, TimeUnit.SECONDS) && kill.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** SIGTERM, then SIGKILL if it has not ended within the timeout. */
  public void stop(Duration timeout) {
    if (!process.isAlive()) {
      return;
    }
    process.destroy();
    if (!awaitExit(timeout)) {
      process.destroyForcibly();
      awaitExit(Duration.ofSeconds(10));
    }
  }

  private boolean awaitExit(Duration timeout) {
    try {
      return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  public String tail(int lines) {
    try {
      List<String> all = Files.readAllLines(log);
      return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    } catch (IOException | UncheckedIOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  long countLogLines(String fragment) {
    try (var lines = Files.lines(log)) {
      return lines.filter(line -> line.contains(fragment)).count();
    } catch (IOException | UncheckedIOException e) {
      return -1;
    }
  }

  /** What follows {@code fragment} on each log line that has it, up to the next space. */
  List<String> logLinesAfter(String fragment) {
    try (var lines = Files.lines(log)) {
      return lines.filter(line -> line.contains(fragment))
          .map(line -> line.substring(line.indexOf(fragment) + fragment.length()).split(" ")[0]).toList();
    } catch (IOException | UncheckedIOException e) {
      return List.of();
    }
  }

  String logValue(String fragment) {
    List<String> values = logLinesAfter(fragment);
    return values.isEmpty() ? "-" : values.get(0);
  }

  File logFile() {
    return log.toFile();
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public String toString() {
    return id + "@" + port;
  }
}
