package kz.qyzmet.sla;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs the Node script of src/test/browser-sla (playwright-core driving Debian's headless Chromium)
 * from a copy in the build directory ({@code <build>/browser-sla}), installing its one package with
 * {@code npm ci} when the lock file changed. Without Chromium, Node or npm the test is skipped with a
 * message, except when the environment variable CI is set: then it fails.
 */
final class BrowserRun {

  static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("QYZMET_CHROMIUM", "/usr/bin/chromium"));
  private static final String SOURCE = "src/test/browser-sla";
  private static final List<String> FILES = List.of("package.json", "package-lock.json");

  private final Path source;
  private final Path work;

  private BrowserRun(Path source, Path work) {
    this.source = source;
    this.work = work;
  }

  static BrowserRun prepare() {
    requireTools();
    BrowserRun run = new BrowserRun(projectDirectory().resolve(SOURCE), buildDirectory().resolve("browser-sla"));
    run.install();
    return run;
  }

  /** The build directory ({@code qyzmet.build.directory}): where the test classes are compiled to, one up. */
  static Path buildDirectory() {
    try {
      return Path.of(BrowserRun.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static Path projectDirectory() {
    return Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).toAbsolutePath();
  }

  static boolean inCi() {
    String ci = System.getenv("CI");
    return ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false") && !ci.equals("0");
  }

  private static void requireTools() {
    List<String> missing = new ArrayList<>();
    if (!Files.isExecutable(CHROMIUM)) {
      missing.add("Chromium at " + CHROMIUM + " (apt-get install -y chromium)");
    }
    if (!works("node", "--version")) {
      missing.add("Node.js 20+ (node)");
    }
    if (!works("npm", "--version")) {
      missing.add("npm");
    }
    if (missing.isEmpty()) {
      return;
    }
    String message = "The SLA dashboard browser test needs " + String.join(", ", missing);
    if (inCi()) {
      fail(message + ". CI is set, so the test fails instead of being skipped.");
    }
    Assumptions.abort(message + ". Skipped because CI is not set.");
  }

  private static boolean works(String... command) {
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private void install() {
    try {
      Files.createDirectories(work);
      Path installedLock = work.resolve("node_modules/.qyzmet-package-lock.json");
      boolean installed = Files.exists(work.resolve("node_modules/playwright-core/package.json"))
          && Files.exists(installedLock)
          && Arrays.equals(Files.readAllBytes(installedLock), Files.readAllBytes(source.resolve("package-lock.json")));
      for (String file : FILES) {
        Files.copy(source.resolve(file), work.resolve(file), StandardCopyOption.REPLACE_EXISTING);
      }
      if (installed) {
        return;
      }
      Path log = work.resolve("npm-ci.log");
      int exit = run(List.of("npm", "ci", "--no-audit", "--no-fund", "--prefer-offline"), Map.of(), log, 5);
      if (exit != 0) {
        fail("npm ci in " + work + " failed (exit " + exit + "):\n" + tail(log));
      }
      Files.copy(source.resolve("package-lock.json"), installedLock, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new IllegalStateException("Could not prepare the browser script in " + work, e);
    }
  }

  /** Runs one script of the folder with the given environment; returns its exit code (-1: timed out). */
  int script(String script, Map<String, String> environment, Path log, long timeoutMinutes) {
    try {
      Files.copy(source.resolve(script), work.resolve(script), StandardCopyOption.REPLACE_EXISTING);
      return run(List.of("node", script), environment, log, timeoutMinutes);
    } catch (IOException e) {
      throw new IllegalStateException("Could not run " + script, e);
    }
  }

  private int run(List<String> command, Map<String, String> environment, Path log, long timeoutMinutes)
      throws IOException {
    Files.createDirectories(log.getParent());
    ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile())
        .redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().putAll(environment);
    builder.environment().put("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
    Process process = builder.start();
    try {
      if (!process.waitFor(timeoutMinutes, TimeUnit.MINUTES)) {
        // The script and the browser it launched: all started here.
        try (Stream<ProcessHandle> children = process.descendants()) {
          children.forEach(ProcessHandle::destroyForcibly);
        }
        process.destroyForcibly();
        return -1;
      }
      return process.exitValue();
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static String tail(Path log) {
    try {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    } catch (IOException e) {
      return "(no output: " + e.getMessage() + ")";
    }
  }
}
