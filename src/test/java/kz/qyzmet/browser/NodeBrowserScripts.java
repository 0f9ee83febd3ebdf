package kz.qyzmet.browser;

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
 * Runs the Node scripts of a folder of the project (playwright-core driving Debian's headless
 * Chromium) from a copy in the build directory ({@code <build>/<folder's name>}), so that builds of
 * one checkout with different {@code -Dqyzmet.build.directory} never share node_modules. Installs
 * the folder's packages with {@code npm ci} when the lock file changed. Without Chromium, Node or npm
 * the test is skipped with a message, except when the environment variable CI is set: then it fails
 * (in CI, .ci/browser.sh installs them).
 */
public final class NodeBrowserScripts {

  /** The scripts of the browser tests: src/test/browser, one npm project. */
  public static final String BROWSER_TESTS = "src/test/browser";
  public static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("QYZMET_CHROMIUM", "/usr/bin/chromium"));
  private static final List<String> PACKAGE_FILES = List.of("package.json", "package-lock.json");
  private static final long INSTALL_MINUTES = 5;

  private final Path source;
  private final Path work;

  private NodeBrowserScripts(Path source, Path work) {
    this.source = source;
    this.work = work;
  }

  /**
   * The scripts of {@code folder} (relative to the project), copied to {build directory}/{folder's
   * name}, their packages installed; {@code test} names the test in the message when a tool is missing.
   */
  public static NodeBrowserScripts prepare(String folder, String test) {
    return prepare(folder, test, true);
  }

  /**
   * As {@link #prepare(String, String)}; {@code browser} false for scripts that need Node and npm but
   * no Chromium (the OpenAPI lint).
   */
  public static NodeBrowserScripts prepare(String folder, String test, boolean browser) {
    requireTools(test, browser);
    Path source = projectDirectory().resolve(folder);
    NodeBrowserScripts scripts = new NodeBrowserScripts(source, buildDirectory().resolve(source.getFileName()));
    scripts.install();
    return scripts;
  }

  /** The build directory ({@code qyzmet.build.directory}): the parent of the test classes. */
  public static Path buildDirectory() {
    try {
      return Path.of(NodeBrowserScripts.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Where a browser test keeps its screenshots and what the browser read: {build directory}/browser-artifacts/{name}. */
  public static Path artifactsDirectory(String name) {
    return buildDirectory().resolve("browser-artifacts").resolve(name);
  }

  static Path projectDirectory() {
    return Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).toAbsolutePath();
  }

  static boolean inCi() {
    String ci = System.getenv("CI");
    return ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false") && !ci.equals("0");
  }

  private static void requireTools(String test, boolean browser) {
    List<String> missing = new ArrayList<>();
    if (browser && !Files.isExecutable(CHROMIUM)) {
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
    String message = "The " + test + " needs " + String.join(", ", missing) + "; .ci/browser.sh installs them";
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

  /** Copies the package files and runs {@code npm ci} unless the same lock file is installed. */
  private void install() {
    try {
      Files.createDirectories(work);
      Path installedLock = work.resolve("node_modules/.qyzmet-package-lock.json");
      // The lock file is copied into node_modules after a successful npm ci: the same one there, the same packages.
      boolean installed = Files.exists(installedLock)
          && Arrays.equals(Files.readAllBytes(installedLock), Files.readAllBytes(source.resolve("package-lock.json")));
      for (String file : PACKAGE_FILES) {
        Files.copy(source.resolve(file), work.resolve(file), StandardCopyOption.REPLACE_EXISTING);
      }
      if (installed) {
        return;
      }
      Path log = work.resolve("npm-ci.log");
      int exit = run(List.of("npm", "ci", "--no-audit", "--no-fund", "--prefer-offline"), Map.of(), log,
          INSTALL_MINUTES);
      if (exit != 0) {
        fail("npm ci in " + work + " failed (exit " + exit + "):\n" + tail(log));
      }
      Files.copy(source.resolve("package-lock.json"), installedLock, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new IllegalStateException("Could not prepare the browser scripts in " + work, e);
    }
  }

  /**
   * Runs one script of the folder (with the folder's other scripts, the modules it may require) and
   * the given environment; its output goes to {@code log}. Returns its exit code (-1 when it timed out).
   */
  public int run(String script, Map<String, String> environment, Path log, long timeoutMinutes) {
    try {
      copyScripts();
      return run(List.of("node", script), environment, log, timeoutMinutes);
    } catch (IOException e) {
      throw new IllegalStateException("Could not run " + script, e);
    }
  }

  private void copyScripts() throws IOException {
    try (Stream<Path> files = Files.list(source)) {
      for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".js") && Files.isRegularFile(f)).toList()) {
        Files.copy(file, work.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
      }
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
        // The script and the browsers it launched: all started here.
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

  /** The last 60 lines of a log, for a failure's message. */
  public static String tail(Path log) {
    try {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    } catch (IOException e) {
      return "(no output: " + e.getMessage() + ")";
    }
  }
}
