package kz.qyzmet.benchmark;

import static kz.qyzmet.benchmark.Figures.atLeast;
import static kz.qyzmet.benchmark.Figures.atMost;
import static kz.qyzmet.benchmark.Figures.bothAtMost;
import static kz.qyzmet.benchmark.Figures.f0;
import static kz.qyzmet.benchmark.Figures.f1;
import static kz.qyzmet.benchmark.Figures.f2;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import kz.qyzmet.QyzmetApplication;
import kz.qyzmet.application.ApplicationRecords;
import kz.qyzmet.calendar.CalendarSource;
import kz.qyzmet.engine.JobAcquisitionIndexes;
import kz.qyzmet.process.RequiredDocuments;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 13's benchmark: starts the real application (profiles {@code demo} on a fresh H2 file
 * database, or {@code postgres,demo} on a fresh PostgreSQL database) and measures, in this order:
 * start-up; the lifecycle of a standard-2 application against plain Camunda models in the same
 * engine ({@link LifecycleComparison}); {@code POST /api/v1/applications} at a fixed rate and at a
 * few concurrency levels ({@link ApiLoad}); deadline timers falling due at once ({@link TimerDrain});
 * 100,000 deadline computations and the SLA report over 100,000 historic applications (the existing
 * benchmarks, {@link ReusedBenchmarks}); the heap left in use. With {@code benchmark.mode=startup}
 * it only starts the application on the database a full run left (a restart) and stops.
 *
 * <p>It reports and never fails on a figure: the targets are printed beside the figures.
 * Run by {@code ./mvnw -Pbenchmark verify} (docs/performance.md), one JVM per database and mode;
 * {@link BenchmarkReport} joins their figures into one table. Settings are system properties
 * {@code benchmark.*} (see {@link Options}).
 */
public final class PerformanceBenchmark {

  /** Every knob, from system properties, with defaults sized for a 2-core machine and ~10 minutes. */
  record Options(String database, String mode, Path out, String postgresUrl, String postgresUser,
      String postgresPassword, Set<String> sections, int lifecycleWarmUp, int lifecycleRounds, int lifecycleBatch,
      int rowsSample, double apiRate, int apiCount, List<Integer> apiClients, double apiSeconds, double apiWarmUpSeconds,
      int timers, int seedThreads) {

    static Options fromSystemProperties() {
      return new Options(
          get("benchmark.database", "h2"),
          get("benchmark.mode", "full"),
          Paths.get(get("benchmark.out", "target/benchmark")).toAbsolutePath(),
          get("benchmark.postgres.url", "jdbc:postgresql://localhost:5432/qyzmet_bench"),
          get("benchmark.postgres.user", "qyzmet"),
          get("benchmark.postgres.password", "qyzmet"),
          Set.of(get("benchmark.sections", "lifecycle,api,timers,deadlines,sla,cleanup").split(",")),
          Integer.parseInt(get("benchmark.lifecycle.warmup", "100")),
          Integer.parseInt(get("benchmark.lifecycle.rounds", "10")),
          Integer.parseInt(get("benchmark.lifecycle.batch", "50")),
          Integer.parseInt(get("benchmark.lifecycle.rows", "50")),
          Double.parseDouble(get("benchmark.api.rate", "50")),
          Integer.parseInt(get("benchmark.api.count", "1500")),
          Arrays.stream(get("benchmark.api.clients", "1,4,16").split(",")).map(String::trim).map(Integer::valueOf)
              .toList(),
          Double.parseDouble(get("benchmark.api.seconds", "15")),
          Double.parseDouble(get("benchmark.api.warmup", "10")),
          Integer.parseInt(get("benchmark.timers", "10000")),
          Integer.parseInt(get("benchmark.timers.seed-threads", "4")));
    }

    private static String get(String name, String fallback) {
      String value = System.getProperty(name);
      return value == null || value.isBlank() ? fallback : value.trim();
    }

    boolean postgres() {
      return database.equals("postgres");
    }

    String tag() {
      return database + "-" + mode;
    }
  }

  private final Options options;
  private final Figures figures = new Figures();
  private final CapacityModel capacity = new CapacityModel();
  private final StringBuilder detail = new StringBuilder();
  private final AtomicLong maxHeapUsed = new AtomicLong();
  private CpuMeter cpuMeter;
  private JdbcTemplate jdbcTemplate;

  private PerformanceBenchmark(Options options) {
    this.options = options;
  }

  public static void main(String[] args) throws Exception {
    Options options = Options.fromSystemProperties();
    PerformanceBenchmark benchmark = new PerformanceBenchmark(options);
    try {
      benchmark.run();
    } finally {
      benchmark.finish();
    }
    // The engine and the web server have been closed; leave no non-daemon thread behind.
    System.exit(0);
  }

  private void run() throws Exception {
    System.out.printf(Locale.ROOT, "%n=== Qyzmet benchmark: %s, %s ===%n", options.database(), options.mode());
    machine();
    startHeapSampler();
    if (options.mode().equals("full") && !options.postgres()) {
      deleteH2Files();
    }
    long runStart = System.nanoTime();
    ConfigurableApplicationContext context = application().run(arguments());
    double contextSeconds = (System.nanoTime() - runStart) / 1e9;
    double jvmSeconds = ManagementFactory.getRuntimeMXBean().getUptime() / 1e3;
    String key = options.mode().equals("full") ? "startup.fresh" : "startup.restart";
    String label = options.mode().equals("full") ? "Start-up on an empty database (JVM start to ready)"
        : "Start-up on the database of the run (restart: JVM start to ready)";
    figures.add(key, "6. Heap and start-up", label, f1(jvmSeconds) + " s (context " + f1(contextSeconds) + " s)",
        "< 20 s", atMost(jvmSeconds, 20));
    try {
      database(context);
      // What-if experiments on the database (an index, a setting), e.g.
      // -Dbenchmark.sql.after-start="create index x on act_ru_job (duedate_)"; recorded in the figures.
      String sql = System.getProperty("benchmark.sql.after-start", "").trim();
      if (!sql.isEmpty()) {
        for (String statement : sql.split(";")) {
          if (!statement.isBlank()) {
            context.getBean(JdbcTemplate.class).execute(statement.trim());
          }
        }
        figures.add("machine.sql", "0. Machine", "SQL run after start-up for this run", sql);
      }
      if (options.mode().equals("full")) {
        measure(context);
      }
    } finally {
      ClockUtil.reset();
      context.close();
    }
  }

  /**
   * The application as it is deployed, on the benchmark's database: the settings are given as
   * command-line arguments, which take precedence over application.yaml (a profile's own datasource
   * or port would otherwise win).
   */
  private SpringApplicationBuilder application() {
    return new SpringApplicationBuilder(QyzmetApplication.class)
        .profiles(options.postgres() ? new String[] {"postgres", "demo"} : new String[] {"demo"})
        .initializers(context -> context.getBeanFactory().addBeanPostProcessor(StatementCounter.postProcessor()));
  }

  private String[] arguments() {
    List<String> args = new ArrayList<>();
    args.add("--server.port=0");
    args.add("--spring.main.banner-mode=off");
    // The application's log goes to a file beside the figures; the console shows the benchmark.
    args.add("--logging.file.name=" + options.out().resolve("app-" + options.tag() + ".log"));
    args.add("--logging.threshold.console=OFF");
    // Settings to try without editing application.yaml, e.g. -Dbenchmark.app.args=--camunda.bpm.job-execution.core-pool-size=4
    for (String extra : System.getProperty("benchmark.app.args", "").trim().split("\\s+")) {
      if (!extra.isEmpty()) {
        args.add(extra);
      }
    }
    if (options.postgres()) {
      args.add("--spring.datasource.url=" + options.postgresUrl());
      args.add("--spring.datasource.username=" + options.postgresUser());
      args.add("--spring.datasource.password=" + options.postgresPassword());
    } else {
      args.add("--spring.datasource.url=jdbc:h2:file:" + h2Base() + ";DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000");
      args.add("--spring.datasource.username=sa");
      args.add("--spring.datasource.password=");
    }
    return args.toArray(String[]::new);
  }

  private Path h2Base() {
    return options.out().resolve("h2").resolve("qyzmet");
  }

  private void deleteH2Files() throws IOException {
    Path dir = h2Base().getParent();
    if (Files.isDirectory(dir)) {
      try (var files = Files.list(dir)) {
        for (Path file : files.toList()) {
          Files.delete(file);
        }
      }
    }
  }

  // ---- the machine ----

  private void machine() {
    Runtime rt = Runtime.getRuntime();
    var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    String section = "0. Machine";
    figures.add("machine.cpu", section, "CPU", cpuModel() + ", " + rt.availableProcessors() + " cores");
    figures.add("machine.memory", section, "Memory", f1(os.getTotalMemorySize() / 1024.0 / 1024 / 1024) + " GiB");
    figures.add("machine.jvm", section, "JVM", System.getProperty("java.vm.name") + " "
        + System.getProperty("java.runtime.version") + ", max heap " + f0(rt.maxMemory() / 1024.0 / 1024) + " MiB, "
        + ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
        .filter(a -> a.startsWith("-X") || a.startsWith("-XX")).collect(Collectors.joining(" ")));
    figures.add("machine.load.start", section, "Load average at start (1, 5, 15 min)", loadAverage());
    figures.add("machine.when", section, "Run at", Instant.now().toString().substring(0, 16) + "Z");
    String appArgs = System.getProperty("benchmark.app.args", "").trim();
    if (!appArgs.isEmpty()) {
      figures.add("machine.appargs", section, "Application settings given to this run", appArgs);
    }
  }

  private void database(ConfigurableApplicationContext context) {
    JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
    String product = jdbc.execute((ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName() + " "
        + c.getMetaData().getDatabaseProductVersion());
    var jobs = context.getBean(CamundaBpmProperties.class).getJobExecution();
    figures.add("machine.database", "0. Machine", "Database", product);
    figures.add("machine.jobexecutor", "0. Machine", "Job executor (application settings)", String.format(Locale.ROOT,
        "core %d, max %d threads, queue %d, %s jobs per acquisition; history level %s; pool %s connections",
        jobs.getCorePoolSize(), jobs.getMaxPoolSize(), jobs.getQueueCapacity(),
        value(jobs.getMaxJobsPerAcquisition(), 3), context.getEnvironment().getProperty("camunda.bpm.history-level"),
        context.getEnvironment().getProperty("spring.datasource.hikari.maximum-pool-size", "10")));
  }

  private static Object value(Object value, Object fallback) {
    return value == null ? fallback + " (engine default)" : value;
  }

  private static String cpuModel() {
    try {
      return Files.readAllLines(Paths.get("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
          .findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse(System.getProperty("os.arch"));
    } catch (IOException e) {
      return System.getProperty("os.arch");
    }
  }

  static String loadAverage() {
    try {
      String[] parts = Files.readString(Paths.get("/proc/loadavg")).trim().split("\\s+");
      return parts[0] + ", " + parts[1] + ", " + parts[2];
    } catch (IOException e) {
      return f2(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
  }

  private void startHeapSampler() {
    var memory = ManagementFactory.getMemoryMXBean();
    Thread sampler = new Thread(() -> {
      while (true) {
        maxHeapUsed.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
        try {
          Thread.sleep(200);
        } catch (InterruptedException e) {
          return;
        }
      }
    }, "heap-sampler");
    sampler.setDaemon(true);
    sampler.start();
  }

  // ---- the measurements ----

  private void measure(ConfigurableApplicationContext context) throws Exception {
    ProcessEngine engine = context.getBean(ProcessEngine.class);
    DataSource dataSource = context.getBean(DataSource.class);
    Iins iins = new Iins();
    LifecycleComparison lifecycles = new LifecycleComparison(engine, context.getBean(ApplicationRecords.class),
        dataSource, iins);
    lifecycles.deployPlainModels();
    jdbcTemplate = context.getBean(JdbcTemplate.class);
    cpuMeter = new CpuMeter(jdbcTemplate, options.postgres());
    int port = ((WebServerApplicationContext) context).getWebServer().getPort();

    if (options.sections().contains("lifecycle")) {
      section("lifecycle", () -> lifecycle(context, lifecycles));
    }
    if (options.sections().contains("api")) {
      section("api", () -> api(port, iins));
    }
    if (options.sections().contains("timers")) {
      section("timers", () -> timers(engine, lifecycles, dataSource));
    }
    if (options.sections().contains("deadlines")) {
      section("deadlines", this::deadlines, true);
    }
    if (options.sections().contains("sla")) {
      section("sla", () -> sla(context), true);
    }
    capacity.workingDaysPerYear = context.getBean(CalendarSource.class).current()
        .workingDaysBetween(LocalDate.of(2025, 12, 31), LocalDate.of(2026, 12, 31));
    if (options.sections().contains("cleanup")) {
      section("cleanup", () -> cleanup(engine));
    }
    heap();
    capacity.report(figures, Runtime.getRuntime().availableProcessors());
  }

  private interface Section {
    void run() throws Exception;
  }

  private void section(String name, Section section) {
    section(name, section, false);
  }

  /**
   * Runs one part; a failure is noted and the next part runs. A part that may simply be run again
   * ({@code repeatable}: it cleans up after itself) is, once, after a failure: on a shared machine
   * the database may be restarted under a run (another engineer's cluster test does that).
   */
  private void section(String name, Section section, boolean repeatable) {
    System.out.printf(Locale.ROOT, "%n-- %s (load average %s)%n", name, loadAverage());
    detail("== " + name + " (load average " + loadAverage() + ")");
    long start = System.nanoTime();
    for (int attempt = 1; attempt <= (repeatable ? 2 : 1); attempt++) {
      String serverStart = databaseStart();
      try {
        section.run();
        if (!serverStart.equals(databaseStart())) {
          figures.note(name + ": PostgreSQL was restarted during this part (at " + databaseStart()
              + "): its figures are not valid");
        }
        break;
      } catch (Exception | AssertionError e) {
        figures.note(name + (attempt == 1 && repeatable ? " failed, run again: " : " failed: ") + e);
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        detail(trace.toString());
        e.printStackTrace();
        sleepQuietly(10_000);
      } finally {
        ClockUtil.reset();
      }
    }
    detail(String.format(Locale.ROOT, "== %s took %.1f s; load average %s", name, (System.nanoTime() - start) / 1e9,
        loadAverage()));
  }

  private void lifecycle(ConfigurableApplicationContext context, LifecycleComparison lifecycles) {
    String section = "1. Lifecycle against plain Camunda";
    dmn(context);
    System.out.printf(Locale.ROOT, "    %d warm-up lifecycles of each model, then %d rounds of %d each%n",
        options.lifecycleWarmUp(), options.lifecycleRounds(), options.lifecycleBatch());
    String only = System.getProperty("benchmark.lifecycle.variants", "").trim();
    List<LifecycleComparison.Variant> variants = only.isEmpty() ? LifecycleComparison.VARIANTS
        : Arrays.stream(only.split(",")).map(String::trim).map(LifecycleComparison::variant).toList();
    LifecycleComparison.Result r = lifecycles.run(variants, options.lifecycleWarmUp(), options.lifecycleRounds(),
        options.lifecycleBatch(), cpuMeter);
    for (LifecycleComparison.Variant v : variants) {
      double rate = LifecycleComparison.median(r.ratesPerRound().get(v.key()));
      long n = r.counts().get(v.key());
      long[] steps = r.stepNanos().get(v.key());
      String stepText = v.reference() ? "" : ": " + String.join(", ", java.util.stream.IntStream.range(0, steps.length)
          .mapToObj(i -> LifecycleComparison.STEPS[i] + " " + f2(steps[i] / 1e6 / n)).toList());
      figures.add("lifecycle.rate." + v.key(), section, "Lifecycles/s, " + v.label(),
          f1(rate) + "/s (" + f2(1000 / rate) + " ms each" + stepText + ")");
      detail(v.key() + " per round: " + Arrays.toString(r.ratesPerRound().get(v.key())));
    }
    boolean compared = r.counts().containsKey(LifecycleComparison.PLAIN)
        && r.counts().containsKey(LifecycleComparison.QYZMET);
    double ratio = LifecycleComparison.median(r.ratioPerRound());
    Arrays.sort(r.ratioPerRound());
    if (compared) {
      figures.add("lifecycle.ratio", section, "Lifecycle cost, Qyzmet ÷ plain 3-task model (time)", f2(ratio)
              + " (rounds " + f2(r.ratioPerRound()[0]) + "–" + f2(r.ratioPerRound()[r.ratioPerRound().length - 1])
              + ")", "≤ 2.0", atMost(ratio, 2.0));
    }
    for (LifecycleComparison.Variant v : variants) {
      CpuMeter.Cpu c = r.cpu().get(v.key());
      double n = r.counts().get(v.key());
      figures.add("lifecycle.cpu." + v.key(), section, "CPU per lifecycle, " + v.label(),
          f2(c.totalMillis() / n) + " ms (JVM " + f2(c.jvmMillis() / n) + (options.postgres()
              ? " + PostgreSQL " + f2(c.databaseMillis() / n) : "") + ")");
    }
    if (compared) {
      CpuMeter.Cpu plainCpu = r.cpu().get(LifecycleComparison.PLAIN);
      CpuMeter.Cpu qyzmetCpu = r.cpu().get(LifecycleComparison.QYZMET);
      double cpuRatio = (qyzmetCpu.totalMillis() / r.counts().get(LifecycleComparison.QYZMET))
          / (plainCpu.totalMillis() / r.counts().get(LifecycleComparison.PLAIN));
      figures.add("lifecycle.cpuratio", section, "Lifecycle CPU cost, Qyzmet ÷ plain 3-task model", f2(cpuRatio),
          "≤ 2.0", atMost(cpuRatio, 2.0));
      capacity.cpuPerLifecycle = qyzmetCpu.totalMillis() / r.counts().get(LifecycleComparison.QYZMET);
      capacity.databaseCpuPerLifecycle = qyzmetCpu.databaseMillis() / r.counts().get(LifecycleComparison.QYZMET);
      long[] steps = r.stepNanos().get(LifecycleComparison.QYZMET);
      capacity.startShare = steps[0] / (double) java.util.Arrays.stream(steps).sum();
    }
    if (r.counts().containsKey(LifecycleComparison.PLAIN_BLOCKS) && r.counts().containsKey(LifecycleComparison.QYZMET)) {
      // What Qyzmet's code adds over the engine's cost of the same shape (timers, called processes).
      double shapeRatio = LifecycleComparison.median(r.ratesPerRound().get(LifecycleComparison.PLAIN_BLOCKS))
          / LifecycleComparison.median(r.ratesPerRound().get(LifecycleComparison.QYZMET));
      CpuMeter.Cpu shapeCpu = r.cpu().get(LifecycleComparison.PLAIN_BLOCKS);
      CpuMeter.Cpu qyzmetCpu = r.cpu().get(LifecycleComparison.QYZMET);
      double shapeCpuRatio = (qyzmetCpu.totalMillis() / r.counts().get(LifecycleComparison.QYZMET))
          / (shapeCpu.totalMillis() / r.counts().get(LifecycleComparison.PLAIN_BLOCKS));
      figures.add("lifecycle.shaperatio", section,
          "Lifecycle cost, Qyzmet ÷ plain with the same timers and called processes (time; CPU)",
          f2(shapeRatio) + "; " + f2(shapeCpuRatio), "≤ 1.15 (both)", bothAtMost(shapeRatio, shapeCpuRatio, 1.15));
    }
    for (LifecycleComparison.Variant v : variants) {
      double statements = r.statements().get(v.key()).statements() / (double) r.counts().get(v.key());
      boolean qyzmet = v.key().equals(LifecycleComparison.QYZMET);
      if (qyzmet) {
        capacity.statementsPerLifecycle = statements;
      }
      figures.add("lifecycle.sql." + v.key(), section, "SQL per lifecycle, " + v.label(),
          r.statements().get(v.key()).perUnit(r.counts().get(v.key())), qyzmet ? "≤ 350" : "",
          qyzmet ? atMost(statements, 350) : "");
    }
    for (String key : List.of(LifecycleComparison.PLAIN, LifecycleComparison.QYZMET)) {
      if (!r.counts().containsKey(key)) {
        continue;
      }
      Map<String, Double> rows = lifecycles.rowsLeftPerLifecycle(key, options.rowsSample());
      double history = rows.entrySet().stream().filter(e -> e.getKey().startsWith("act_hi_"))
          .mapToDouble(Map.Entry::getValue).sum();
      String top = rows.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(4)
          .map(e -> e.getKey() + " " + f1(e.getValue())).collect(Collectors.joining(", "));
      boolean qyzmet = key.equals(LifecycleComparison.QYZMET);
      if (qyzmet) {
        capacity.historyRowsPerLifecycle = history;
      }
      figures.add("lifecycle.history." + key, section, "History rows left per lifecycle, " + (qyzmet ? "Qyzmet"
          : "plain 3 tasks"), f1(history) + " (" + top + ")", qyzmet ? "≤ 100" : "", qyzmet ? atMost(history, 100) : "");
      detail("rows per lifecycle " + key + ": " + rows);
      detail("statements per lifecycle " + key + " (statement count, text):");
      lifecycles.statementsPerLifecycle(key, options.rowsSample()).forEach(this::detail);
    }
  }

  /** The DMN check as the intake calls it, alone: what one evaluation of standard 2's table costs. */
  private void dmn(ConfigurableApplicationContext context) {
    RequiredDocuments documents = context.getBean(RequiredDocuments.class);
    String definition = context.getBean(ProcessEngine.class).getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey("common-intake").latestVersion().singleResult().getId();
    StatementCounter.Counts before = StatementCounter.now();
    int n = 2_000;
    for (int i = 0; i < 500; i++) {
      documents.evaluate(2, "psc", "", List.of(), definition);
    }
    long start = System.nanoTime();
    for (int i = 0; i < n; i++) {
      documents.evaluate(2, "psc", "", List.of(), definition);
    }
    double micros = (System.nanoTime() - start) / 1e3 / n;
    StatementCounter.Counts used = StatementCounter.now().minus(before);
    figures.add("lifecycle.dmn", "1. Lifecycle against plain Camunda",
        "DMN check of the intake alone (RequiredDocuments.evaluate)", f0(micros) + " µs, "
            + f1(used.selects() / (double) (n + 500)) + " SQL selects each");
  }

  private void api(int port, Iins iins) throws Exception {
    String section = "2. POST /api/v1/applications over loopback";
    ApiLoad load = new ApiLoad(port, iins, Long.toString(System.currentTimeMillis(), 36));
    ApiLoad.Phase warmUp = load.concurrent(2, options.apiWarmUpSeconds());
    detail("api warm-up: " + warmUp.describe());
    System.out.println("    warm-up: " + warmUp.describe());
    CpuMeter.Cpu cpuBefore = cpuMeter.now();
    StatementCounter.Counts sqlBefore = StatementCounter.now();
    ApiLoad.Phase fixed = load.fixedRate(options.apiRate(), options.apiCount());
    StatementCounter.Counts sql = StatementCounter.now().minus(sqlBefore);
    CpuMeter.Cpu cpu = cpuMeter.now().minus(cpuBefore);
    detail("api " + fixed.describe());
    figures.add("api.rate", section, String.format(Locale.ROOT, "Fixed rate %.0f/s, %,d requests: p50 / p95 / p99",
            options.apiRate(), options.apiCount()),
        f1(fixed.percentile(50)) + " / " + f1(fixed.percentile(95)) + " / " + f1(fixed.percentile(99)) + " ms ("
            + f1(fixed.throughput()) + "/s, max " + f0(fixed.percentile(100)) + " ms, " + fixed.errors() + " errors)",
        options.apiRate() == 50 ? "p99 < 50 ms" : "", options.apiRate() == 50 ? (fixed.errors() > 0 ? "missed: " + fixed.errors() + " errors"
            : atMost(fixed.percentile(99), 50)) : "");
    if (fixed.firstError() != null) {
      figures.note("api fixed rate, first error: " + fixed.firstError());
    }
    double cpuPerRequest = cpu.totalMillis() / fixed.sent();
    double sqlPerRequest = sql.statements() / (double) fixed.sent();
    capacity.cpuPerSubmission = cpuPerRequest;
    figures.add("api.cpu", section, "CPU per request (fixed-rate phase, server and client)",
        cpuText(cpu, fixed.sent()), "≤ 15 ms", atMost(cpuPerRequest, 15));
    figures.add("api.sql", section, "SQL per request", sql.perUnit(fixed.sent()), "≤ 100", atMost(sqlPerRequest, 100));
    // What a submission's statements are, by text (as the lifecycle's are): where the rest of the work is.
    int traced = 100;
    StatementCounter.trace(true);
    try {
      ApiLoad.Phase sample = load.fixedRate(options.apiRate(), traced);
      detail("statements per API submission (statement count, text; " + sample.sent() + " sent):");
      StatementCounter.traced().forEach(e -> detail(String.format(Locale.ROOT, "%6.1f  %s",
          e.getValue() / (double) sample.sent(), e.getKey())));
    } finally {
      StatementCounter.trace(false);
    }
    for (int clients : options.apiClients()) {
      ApiLoad.Phase phase = load.concurrent(clients, options.apiSeconds());
      detail("api " + phase.describe());
      figures.add("api.clients." + clients, section, clients + (clients == 1 ? " client" : " clients")
              + " back to back: throughput, p50 / p95 / p99",
          f1(phase.throughput()) + "/s, " + f1(phase.percentile(50)) + " / " + f1(phase.percentile(95)) + " / "
              + f1(phase.percentile(99)) + " ms (" + phase.errors() + " errors)");
      if (phase.firstError() != null) {
        figures.note("api " + clients + " clients, first error: " + phase.firstError());
      }
    }
  }

  private void timers(ProcessEngine engine, LifecycleComparison lifecycles, DataSource dataSource) throws Exception {
    String section = "3. Deadline timers falling due at once";
    TimerDrain drain = new TimerDrain(engine, lifecycles);
    long seedStart = System.nanoTime();
    long waiting = drain.prepare(options.timers(), options.seedThreads());
    detail(String.format(Locale.ROOT, "timers: %,d applications waiting (seeded up to %,d in %.1f s)", waiting,
        options.timers(), (System.nanoTime() - seedStart) / 1e9));
    System.out.printf(Locale.ROOT, "    %,d applications waiting with their timers (%.0f s to seed)%n", waiting,
        (System.nanoTime() - seedStart) / 1e9);
    detail("job executor: " + TimerDrain.settings(engine));
    // The acquisition query with the indexes kz.qyzmet.engine.JobAcquisitionIndexes creates and
    // without them; the job table is left as the application had it before the timers fall due.
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    boolean indexed = acquisitionIndexes(jdbc);
    double[] asRun = drain.idleAcquisitionMillis();
    if (indexed) {
      JobAcquisitionIndexes.INDEXES.keySet().forEach(name -> jdbc.execute("drop index " + name));
    } else {
      JobAcquisitionIndexes.INDEXES.values().forEach(jdbc::execute);
    }
    double[] other = drain.idleAcquisitionMillis();
    if (indexed) {
      JobAcquisitionIndexes.INDEXES.values().forEach(jdbc::execute);
    } else {
      JobAcquisitionIndexes.INDEXES.keySet().forEach(name -> jdbc.execute("drop index " + name));
    }
    double with = indexed ? asRun[0] : other[0];
    double without = indexed ? other[0] : asRun[0];
    figures.add("timers.acquisition", section, String.format(Locale.ROOT,
        "Job acquisition with %,.0f jobs waiting, none due: with the indexes / without", asRun[1]),
        f2(with) + " ms / " + f2(without) + " ms" + (indexed ? "" : " (this build creates no indexes)"));
    for (String activity : List.of(TimerDrain.REMINDER, TimerDrain.DEADLINE)) {
      StatementCounter.Counts before = StatementCounter.now();
      StatementCounter.trace(true);
      CpuMeter.Cpu cpuBefore = cpuMeter.now();
      TimerDrain.Drain d = drain.drain(activity);
      CpuMeter.Cpu cpu = cpuMeter.now().minus(cpuBefore);
      StatementCounter.Counts used = StatementCounter.now().minus(before);
      detail("statements per " + activity + " job (count, text):");
      StatementCounter.traced().stream().limit(60).forEach(e -> detail(String.format(Locale.ROOT, "%8.2f  %s",
          e.getValue() / (double) d.jobs(), e.getKey())));
      StatementCounter.trace(false);
      boolean deadline = activity.equals(TimerDrain.DEADLINE);
      figures.add(deadline ? "timers.deadline" : "timers.reminder", section, deadline
              ? String.format(Locale.ROOT, "%,d statutory-deadline timers (breach + head's task): jobs/s", d.jobs())
              : String.format(Locale.ROOT, "%,d reminder timers: jobs/s", d.jobs()),
          f0(d.perSecond()) + "/s (" + f1(d.seconds()) + " s; " + d.failed() + " failed; "
              + used.perUnit(d.jobs()).replace("statements", "SQL") + " per job)",
          deadline ? "≥ 300/s" : "", deadline ? atLeast(d.perSecond(), 300) : "");
      if (deadline) {
        capacity.deadlineJobsPerSecond = d.perSecond();
      }
      figures.add(deadline ? "timers.deadline.cpu" : "timers.reminder.cpu", section, "CPU per "
          + (deadline ? "deadline" : "reminder") + " job", cpuText(cpu, d.jobs()));
      detail("drain " + d + "; sql " + used);
    }
    detail("breach tasks: " + drain.breachTasks());
  }

  /** Whether this build's application created the acquisition indexes. */
  private static boolean acquisitionIndexes(JdbcTemplate jdbc) {
    return Boolean.TRUE.equals(jdbc.execute((ConnectionCallback<Boolean>) connection -> {
      int found = 0;
      for (String table : new String[] {"ACT_RU_JOB", "act_ru_job"}) {
        try (var rs = connection.getMetaData().getIndexInfo(connection.getCatalog(), null, table, false, false)) {
          while (rs.next()) {
            String name = rs.getString("INDEX_NAME");
            if (name != null && JobAcquisitionIndexes.INDEXES.containsKey(name.toLowerCase(Locale.ROOT))) {
              found++;
            }
          }
        }
      }
      return found == JobAcquisitionIndexes.INDEXES.size();
    }));
  }

  private void deadlines() {
    ReusedBenchmarks.Deadlines d = ReusedBenchmarks.deadlines();
    detail(d.output());
    List<Double> rounds = d.roundMillis();
    if (rounds.isEmpty()) {
      figures.note("DeadlineBenchmark printed no rounds");
      return;
    }
    List<Double> warm = new ArrayList<>(rounds.subList(Math.min(1, rounds.size() - 1), rounds.size()));
    warm.sort(Double::compare);
    double median = warm.get(warm.size() / 2);
    figures.add("deadlines.100k", "4. Calendar", "100,000 deadline computations (DeadlineBenchmark, warm median)",
        f1(median) + " ms (first, cold round " + f1(rounds.get(0)) + " ms)", "< 1 s", atMost(median, 1000));
  }

  private void sla(ConfigurableApplicationContext context) {
    ReusedBenchmarks.Sla s = ReusedBenchmarks.sla(context);
    detail(s.output());
    var report = s.timings().get("whole report, every standard");
    if (report == null) {
      figures.note("SlaBenchmark printed no timing of the whole report");
      return;
    }
    figures.add("sla.report", "5. SLA", "SLA report over 100,000 applications (SlaBenchmark, median, all standards)",
        f1(report.median()) + " ms (max " + f1(report.max()) + " ms)", "< 300 ms", atMost(report.median(), 300));
    capacity.slaReportMillisAt100k = report.median();
    s.timings().values().stream()
        .filter(t -> !t.name().startsWith("whole report") && !t.name().equals("metrics refresh"))
        .max((a, b) -> Double.compare(a.median(), b.median()))
        .ifPresent(t -> figures.add("sla.slowest", "5. SLA", "Slowest single SLA query (median)",
            f1(t.median()) + " ms (" + t.name() + ")"));
    var refresh = s.timings().get("metrics refresh");
    if (refresh != null) {
      figures.add("sla.metrics", "5. SLA", "SLA metrics refresh (median)", f1(refresh.median()) + " ms");
    }
  }

  /**
   * The history cleanup as the engine runs it: the job executor stopped, the engine clock moved past
   * the retention period of every application ended in this run, and the engine's own cleanup job
   * run back to back until they are gone. Gives the rows removed a second, which sizes the nightly
   * cleanup window (docs/scale.md), and on PostgreSQL the bytes a history row takes on disk.
   */
  private void cleanup(ProcessEngine engine) {
    String section = "8. History cleanup";
    ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor().shutdown();
    String historyTables = options.postgres()
        ? "select table_name from information_schema.tables where table_schema = current_schema() "
            + "and table_name like 'act\\_hi\\_%'"
        : "select lower(table_name) from information_schema.tables where table_schema = 'PUBLIC' "
            + "and table_name like 'ACT\\_HI\\_%'";
    // The cleanup job's own log (act_hi_job_log) grows by its runs: not counted as history removed.
    List<String> tables = jdbcTemplate.queryForList(historyTables, String.class).stream()
        .filter(t -> !t.equalsIgnoreCase("act_hi_job_log")).toList();
    java.util.function.LongSupplier rows = () -> tables.stream()
        .mapToLong(t -> jdbcTemplate.queryForObject("select count(*) from " + t, Long.class)).sum();
    long before = rows.getAsLong();
    if (options.postgres()) {
      Long bytes = jdbcTemplate.queryForObject("select sum(pg_total_relation_size(table_name::regclass)) from "
          + "information_schema.tables where table_schema = current_schema() and table_name like 'act\\_hi\\_%'",
          Long.class);
      long all = before + jdbcTemplate.queryForObject("select count(*) from act_hi_job_log", Long.class);
      capacity.historyBytesPerRow = bytes / (double) all;
      figures.add("cleanup.bytes", section, "History on disk, indexes included: bytes a row",
          f0(capacity.historyBytesPerRow) + " (" + f0(bytes / 1024.0 / 1024) + " MiB for " + f0(all) + " rows)");
    }
    long ended = engine.getHistoryService().createHistoricProcessInstanceQuery().finished().count();
    ClockUtil.setCurrentTime(Date.from(Instant.now().plus(java.time.Duration.ofDays(366L * 6))));
    org.camunda.bpm.engine.runtime.Job job = engine.getHistoryService().cleanUpHistoryAsync(true);
    long start = System.nanoTime();
    long runs = 0;
    long last = before;
    while (System.nanoTime() - start < 180e9) {
      engine.getManagementService().executeJob(job.getId());
      runs++;
      long now = rows.getAsLong();
      boolean removedNothing = now == last;
      last = now;
      if (removedNothing || engine.getManagementService().createJobQuery().jobId(job.getId()).count() == 0) {
        break;
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    capacity.cleanupRowsPerSecond = (before - last) / seconds;
    figures.add("cleanup.rate", section, "History cleanup past the retention (the engine's job, back to back)",
        f0(capacity.cleanupRowsPerSecond) + " rows/s (" + f0(before - last) + " rows of " + f0(ended)
            + " ended process instances in " + f1(seconds) + " s, " + runs + " job runs; " + f0(last)
            + " rows left, of the instances still running; the job log not counted)");
  }

  private void heap() throws InterruptedException {
    var memory = ManagementFactory.getMemoryMXBean();
    long before = memory.getHeapMemoryUsage().getUsed();
    for (int i = 0; i < 2; i++) {
      System.gc();
      Thread.sleep(500);
    }
    long live = memory.getHeapMemoryUsage().getUsed();
    long gcCount = 0;
    long gcMillis = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      gcCount += Math.max(0, gc.getCollectionCount());
      gcMillis += Math.max(0, gc.getCollectionTime());
    }
    double liveMb = live / 1024.0 / 1024;
    double uptime = ManagementFactory.getRuntimeMXBean().getUptime() / 1e3;
    figures.add("heap.live", "6. Heap and start-up", "Heap in use after the load (after a full GC)",
        f0(liveMb) + " MiB (before it " + f0(before / 1024.0 / 1024) + " MiB; highest sampled "
            + f0(maxHeapUsed.get() / 1024.0 / 1024) + " MiB; committed "
            + f0(memory.getHeapMemoryUsage().getCommitted() / 1024.0 / 1024) + " MiB)",
        "< 512 MiB", atMost(liveMb, 512));
    figures.add("heap.gc", "6. Heap and start-up", "Garbage collection over the run",
        gcCount + " collections, " + f1(gcMillis / 1e3) + " s of " + f0(uptime) + " s ("
            + f1(100.0 * gcMillis / 1e3 / uptime) + " %)");
  }

  /**
   * CPU per unit of work and what two idle cores could do at that cost: the throughput the machine
   * would reach if nothing else ran and the work spread over both cores (an upper bound).
   */
  private String cpuText(CpuMeter.Cpu cpu, long units) {
    double perUnit = cpu.totalMillis() / units;
    int cores = Runtime.getRuntime().availableProcessors();
    return f2(perUnit) + " ms (JVM " + f2(cpu.jvmMillis() / units) + (options.postgres()
        ? " + PostgreSQL " + f2(cpu.databaseMillis() / units) : "") + "): at most " + f0(cores * 1000 / perUnit)
        + "/s on " + cores + " idle cores";
  }

  /** When the database server started (PostgreSQL), to notice a restart under a part; "" elsewhere. */
  private String databaseStart() {
    if (!options.postgres() || jdbcTemplate == null) {
      return "";
    }
    try {
      return String.valueOf(jdbcTemplate.queryForObject("select pg_postmaster_start_time()", Object.class));
    } catch (RuntimeException e) {
      return "unreachable";
    }
  }

  private static void sleepQuietly(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  // ---- output ----

  private void detail(String text) {
    detail.append(text).append('\n');
  }

  private void finish() throws IOException {
    figures.add("machine.load.end", "0. Machine", "Load average at the end (1, 5, 15 min)", loadAverage());
    Files.createDirectories(options.out());
    figures.write(options.out().resolve("figures-" + options.tag() + ".tsv"));
    Files.writeString(options.out().resolve("benchmark-" + options.tag() + ".log"), detail.toString(),
        StandardCharsets.UTF_8);
    System.out.printf(Locale.ROOT, "%nFigures: %s; details: %s%n", options.out().resolve("figures-" + options.tag()
        + ".tsv"), options.out().resolve("benchmark-" + options.tag() + ".log"));
  }
}
