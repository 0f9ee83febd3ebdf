package kz.qyzmet.benchmark;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import kz.qyzmet.application.ApplicationRecords;
import kz.qyzmet.application.ApplicationStatus;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaIn;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaOut;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Part 1: the full lifecycle of a standard-2 application taken at a PSC (intake with its DMN check,
 * forwarding, review, grant, hand-over) against plain Camunda models with the same three wait states
 * and no Qyzmet code, built here with the fluent API and deployed into the same engine. One client
 * thread drives every lifecycle through the engine's Java API, as a worker's clicks would: start,
 * then for each of the three tasks find it by business key and complete it.
 *
 * <p>The plain models form a ladder, so that the difference between two neighbours is what one
 * feature costs:
 * <ol>
 *   <li>{@value #PLAIN}: start, three user tasks with a candidate group each, end;
 *   <li>{@value #PLAIN_TIMERS}: the same with Qyzmet's four timers (two on an embedded sub-process
 *       around forwarding and review, one on the review, one on the hand-over);
 *   <li>{@value #PLAIN_BLOCKS}: the same split like Qyzmet's spine into three called processes
 *       (intake with a service task, review, delivery), all variables passed in and out;
 *   <li>{@value #QYZMET}: the real thing.
 * </ol>
 * Rounds alternate the models (in a rotating order), so that a burst of load from another process
 * on the machine falls on all of them alike; the ratio is the median of the per-round ratios.
 */
final class LifecycleComparison {

  static final String PLAIN = "bench-plain-3-tasks";
  static final String PLAIN_TIMERS = "bench-plain-timers";
  static final String PLAIN_BLOCKS = "bench-plain-blocks";
  static final String QYZMET = "s02-basic-pension-payment-assignment";
  static final String COMPLETE_PACKAGE = "application,identity_document,residence_registration_proof,bank_account_details";
  static final String[] STEPS = {"start", "forward", "review", "hand-over"};
  static final String[] TASKS = {"UserTask_ForwardPackage", "UserTask_ReviewApplication", "UserTask_HandOverResult"};

  static final String REF_START_END = "bench-ref-start-end";
  static final String REF_SERVICE_TIMER = "bench-ref-service-user-timer";

  /** A model measured; {@code tasks} are completed in order after the start. */
  record Variant(String key, String label, List<String> tasks, boolean reference) {}

  static final List<Variant> VARIANTS = List.of(
      new Variant(PLAIN, "plain: 3 user tasks", List.of(TASKS), false),
      new Variant(PLAIN_TIMERS, "plain + the 4 timers", List.of(TASKS), false),
      new Variant(PLAIN_BLOCKS, "plain + timers + 3 called processes", List.of(TASKS), false),
      new Variant(QYZMET, "Qyzmet standard 2 at a PSC", List.of(TASKS), false),
      // The reference figures for vanilla Camunda, to place this machine and this run against
      // them: start-to-end instances, and a service task, a user task with a timer, completion.
      new Variant(REF_START_END, "reference: vanilla start → end (issue: ~400/s)", List.of(), true),
      new Variant(REF_SERVICE_TIMER, "reference: vanilla service task, user task with timer (issue: ~110/s)",
          List.of("UserTask_Work"), true));

  static Variant variant(String key) {
    return VARIANTS.stream().filter(v -> v.key().equals(key)).findFirst().orElseThrow();
  }

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final HistoryService history;
  private final RepositoryService repository;
  private final ApplicationRecords records;
  private final DataSource dataSource;
  private final JdbcTemplate jdbc;
  private final Iins iins;
  private long sequence;

  LifecycleComparison(ProcessEngine engine, ApplicationRecords records, DataSource dataSource, Iins iins) {
    this.runtime = engine.getRuntimeService();
    this.tasks = engine.getTaskService();
    this.history = engine.getHistoryService();
    this.repository = engine.getRepositoryService();
    this.records = records;
    this.dataSource = dataSource;
    this.jdbc = new JdbcTemplate(dataSource);
    this.iins = iins;
  }

  void deployPlainModels() {
    repository.createDeployment().name("benchmark-plain-models")
        .addModelInstance(PLAIN + ".bpmn", plain())
        .addModelInstance(PLAIN_TIMERS + ".bpmn", plainWithTimers(PLAIN_TIMERS, true))
        .addModelInstance(PLAIN_BLOCKS + ".bpmn", blocksSpine())
        .addModelInstance("bench-plain-intake.bpmn", blocksIntake())
        .addModelInstance("bench-plain-review.bpmn", plainWithTimers("bench-plain-review", false))
        .addModelInstance("bench-plain-delivery.bpmn", blocksDelivery())
        .addModelInstance(REF_START_END + ".bpmn", Bpmn.createExecutableProcess(REF_START_END)
            .camundaHistoryTimeToLive(1825).startEvent("start").endEvent("end").done())
        .addModelInstance(REF_SERVICE_TIMER + ".bpmn", referenceServiceUserTimer())
        .deploy();
  }

  /** The second reference: a service task, a user task with a timer, end. */
  static BpmnModelInstance referenceServiceUserTimer() {
    BpmnModelInstance model = Bpmn.createExecutableProcess(REF_SERVICE_TIMER).camundaHistoryTimeToLive(1825)
        .startEvent("start")
        .serviceTask("service").camundaExpression("${execution.setVariable('serviced', true)}")
        .userTask("UserTask_Work")
        .endEvent("end")
        .done();
    boundaryTimer(model, "UserTask_Work", "timer", "P1D");
    return model;
  }

  /** Start, the three user tasks, end. */
  static BpmnModelInstance plain() {
    return Bpmn.createExecutableProcess(PLAIN).camundaHistoryTimeToLive(1825)
        .startEvent("start")
        .userTask(TASKS[0]).camundaCandidateGroups("psc-operators")
        .userTask(TASKS[1]).camundaCandidateGroups("ztmo-specialists")
        .userTask(TASKS[2]).camundaCandidateGroups("psc-operators")
        .endEvent("end")
        .done();
  }

  /**
   * Forwarding and review in an embedded sub-process carrying a reminder and a deadline timer, a
   * stage timer on the review, and (when {@code withHandOver}) the hand-over with its own timer: the
   * timers Qyzmet's blocks create, without their expressions.
   */
  static BpmnModelInstance plainWithTimers(String key, boolean withHandOver) {
    var afterTerm = Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1825)
        .startEvent("start")
        .subProcess("SubProcess_Term").embeddedSubProcess()
        .startEvent("termStart")
        .userTask(TASKS[0]).camundaCandidateGroups("psc-operators")
        .userTask(TASKS[1]).camundaCandidateGroups("ztmo-specialists")
        .endEvent("termEnd")
        .subProcessDone();
    BpmnModelInstance model = withHandOver
        ? afterTerm.userTask(TASKS[2]).camundaCandidateGroups("psc-operators").endEvent("end").done()
        : afterTerm.endEvent("end").done();
    boundaryTimer(model, "SubProcess_Term", "reminder", "P8D");
    boundaryTimer(model, "SubProcess_Term", "deadline", "P10D");
    boundaryTimer(model, TASKS[1], "stage", "P10D");
    if (withHandOver) {
      boundaryTimer(model, TASKS[2], "handOverTerm", "P10D");
    }
    return model;
  }

  private static void boundaryTimer(BpmnModelInstance model, String attachedTo, String id, String duration) {
    org.camunda.bpm.model.bpmn.instance.Activity activity = model.getModelElementById(attachedTo);
    ((org.camunda.bpm.model.bpmn.builder.AbstractActivityBuilder<?, ?>) activity.builder())
        .boundaryEvent(id).cancelActivity(false).timerWithDuration(duration)
        .endEvent(id + "End");
  }

  /** The spine: three call activities passing the business key and every variable in and out. */
  static BpmnModelInstance blocksSpine() {
    BpmnModelInstance model = Bpmn.createExecutableProcess(PLAIN_BLOCKS).camundaHistoryTimeToLive(1825)
        .startEvent("start")
        .callActivity("intake").calledElement("bench-plain-intake")
        .callActivity("review").calledElement("bench-plain-review")
        .callActivity("delivery").calledElement("bench-plain-delivery")
        .endEvent("end")
        .done();
    for (String id : List.of("intake", "review", "delivery")) {
      CallActivity call = model.getModelElementById(id);
      call.builder().camundaInBusinessKey("#{execution.processBusinessKey}");
      CamundaIn in = model.newInstance(CamundaIn.class);
      in.setCamundaVariables("all");
      CamundaOut out = model.newInstance(CamundaOut.class);
      out.setCamundaVariables("all");
      call.builder().addExtensionElement(in).addExtensionElement(out);
    }
    return model;
  }

  static BpmnModelInstance blocksIntake() {
    return Bpmn.createExecutableProcess("bench-plain-intake").camundaHistoryTimeToLive(1825)
        .startEvent("start")
        .serviceTask("check").camundaExpression("${execution.setVariable('packageComplete', true)}")
        .endEvent("end")
        .done();
  }

  static BpmnModelInstance blocksDelivery() {
    BpmnModelInstance model = Bpmn.createExecutableProcess("bench-plain-delivery").camundaHistoryTimeToLive(1825)
        .startEvent("start")
        .userTask(TASKS[2]).camundaCandidateGroups("psc-operators")
        .endEvent("end")
        .done();
    boundaryTimer(model, TASKS[2], "handOverTerm", "P10D");
    return model;
  }

  /** One lifecycle; adds the time of each step to {@code stepNanos}. Returns the process instance id. */
  String lifecycle(String key, long[] stepNanos) {
    Variant variant = variant(key);
    Map<String, Object> variables = new LinkedHashMap<>();
    if (!variant.reference()) {
      variables.put("channel", "psc");
      variables.put("applicantName", "Сапарова Айгүл Маратқызы");
      variables.put("applicantIin", iins.next());
      variables.put("documentsSubmitted", COMPLETE_PACKAGE);
    }
    long t = System.nanoTime();
    var instance = QYZMET.equals(key) ? runtime.startProcessInstanceByKey(key, variables)
        : runtime.startProcessInstanceByKey(key, "BENCH-" + key + "-" + (++sequence), variables);
    String businessKey = instance.getBusinessKey();
    long now = System.nanoTime();
    stepNanos[0] += now - t;
    List<String> steps = variant.tasks();
    for (int i = 0; i < steps.size(); i++) {
      t = now;
      Task task = tasks.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(steps.get(i))
          .singleResult();
      if (task == null) {
        throw new IllegalStateException(key + ": no task " + steps.get(i) + " for " + businessKey);
      }
      tasks.complete(task.getId(), i == 1 ? Map.of("decision", "grant") : Map.of());
      now = System.nanoTime();
      stepNanos[i + 1] += now - t;
    }
    return instance.getId();
  }

  /** Starts a standard-2 application at a PSC and leaves it waiting at forwarding, with its timers. */
  String startOnly() {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("channel", "psc");
    variables.put("applicantName", "Сапарова Айгүл Маратқызы");
    variables.put("applicantIin", iins.next());
    variables.put("documentsSubmitted", COMPLETE_PACKAGE);
    return runtime.startProcessInstanceByKey(QYZMET, variables).getId();
  }

  /** Checks, outside the timing, that a lifecycle really ended as it should. */
  void verify(String key, String processInstanceId) {
    var ended = history.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId).singleResult();
    if (ended == null || ended.getEndTime() == null) {
      throw new IllegalStateException(key + ": instance " + processInstanceId + " did not end");
    }
    if (QYZMET.equals(key)) {
      var status = records.find(ended.getBusinessKey()).map(r -> r.status()).orElse(null);
      if (status != ApplicationStatus.GRANTED) {
        throw new IllegalStateException(key + ": application " + ended.getBusinessKey() + " ended " + status);
      }
    }
  }

  record Result(Map<String, double[]> ratesPerRound, Map<String, long[]> stepNanos, Map<String, Long> counts,
      Map<String, StatementCounter.Counts> statements, Map<String, CpuMeter.Cpu> cpu, double[] ratioPerRound) {}

  Result run(List<Variant> variants, int warmUp, int rounds, int batch, CpuMeter meter) {
    for (Variant v : variants) {
      String last = null;
      long[] ignored = new long[STEPS.length];
      for (int i = 0; i < warmUp; i++) {
        last = lifecycle(v.key(), ignored);
      }
      verify(v.key(), last);
    }
    Map<String, double[]> rates = new LinkedHashMap<>();
    Map<String, long[]> steps = new LinkedHashMap<>();
    Map<String, Long> counts = new LinkedHashMap<>();
    Map<String, StatementCounter.Counts> statements = new LinkedHashMap<>();
    Map<String, CpuMeter.Cpu> cpu = new LinkedHashMap<>();
    for (Variant v : variants) {
      cpu.put(v.key(), new CpuMeter.Cpu(0, 0));
      rates.put(v.key(), new double[rounds]);
      steps.put(v.key(), new long[STEPS.length]);
      counts.put(v.key(), 0L);
      statements.put(v.key(), new StatementCounter.Counts(0, 0, 0, 0, 0, 0, 0));
    }
    double[] ratio = new double[rounds];
    for (int round = 0; round < rounds; round++) {
      for (int j = 0; j < variants.size(); j++) {
        Variant v = variants.get((round + j) % variants.size());
        CpuMeter.Cpu cpuBefore = meter.now();
        StatementCounter.Counts before = StatementCounter.now();
        long start = System.nanoTime();
        String last = null;
        for (int i = 0; i < batch; i++) {
          last = lifecycle(v.key(), steps.get(v.key()));
        }
        long elapsed = System.nanoTime() - start;
        StatementCounter.Counts used = StatementCounter.now().minus(before);
        CpuMeter.Cpu cpuUsed = meter.now().minus(cpuBefore);
        CpuMeter.Cpu cpuSum = cpu.get(v.key());
        cpu.put(v.key(), new CpuMeter.Cpu(cpuSum.jvmMillis() + cpuUsed.jvmMillis(),
            cpuSum.databaseMillis() + cpuUsed.databaseMillis()));
        StatementCounter.Counts sum = statements.get(v.key());
        statements.put(v.key(), new StatementCounter.Counts(sum.selects() + used.selects(),
            sum.inserts() + used.inserts(), sum.updates() + used.updates(), sum.deletes() + used.deletes(),
            sum.other() + used.other(), sum.batches() + used.batches(), sum.commits() + used.commits()));
        rates.get(v.key())[round] = batch / (elapsed / 1e9);
        counts.merge(v.key(), (long) batch, Long::sum);
        verify(v.key(), last);
      }
      ratio[round] = rates.containsKey(PLAIN) && rates.containsKey(QYZMET)
          ? rates.get(PLAIN)[round] / rates.get(QYZMET)[round] : Double.NaN;
      int r = round;
      System.out.printf(Locale.ROOT, "    round %d: %s; Qyzmet/plain cost %.2f%n", round + 1,
          String.join(", ", variants.stream().map(v -> String.format(Locale.ROOT, "%s %.1f/s", v.key(),
              rates.get(v.key())[r])).toList()), ratio[round]);
    }
    return new Result(rates, steps, counts, statements, cpu, ratio);
  }

  /**
   * Rows each lifecycle leaves in the history and application tables, per table, over {@code n}
   * untimed lifecycles of one model (the runtime rows are gone when the instance ends).
   */
  Map<String, Double> rowsLeftPerLifecycle(String key, int n) {
    Map<String, Long> before = tableCounts();
    long[] ignored = new long[STEPS.length];
    for (int i = 0; i < n; i++) {
      lifecycle(key, ignored);
    }
    Map<String, Long> after = tableCounts();
    Map<String, Double> perLifecycle = new TreeMap<>();
    after.forEach((table, count) -> {
      long delta = count - before.getOrDefault(table, 0L);
      if (delta != 0) {
        perLifecycle.put(table, delta / (double) n);
      }
    });
    return perLifecycle;
  }

  /** The statements of {@code n} untimed lifecycles of one model, by text, per lifecycle. */
  List<String> statementsPerLifecycle(String key, int n) {
    long[] ignored = new long[STEPS.length];
    StatementCounter.trace(true);
    try {
      for (int i = 0; i < n; i++) {
        lifecycle(key, ignored);
      }
      return StatementCounter.traced().stream()
          .map(e -> String.format(Locale.ROOT, "%6.1f  %s", e.getValue() / (double) n, e.getKey())).toList();
    } finally {
      StatementCounter.trace(false);
    }
  }

  private Map<String, Long> tableCounts() {
    List<String> tables = new ArrayList<>();
    try (Connection c = dataSource.getConnection()) {
      DatabaseMetaData meta = c.getMetaData();
      try (ResultSet rs = meta.getTables(c.getCatalog(), null, "%", new String[] {"TABLE"})) {
        while (rs.next()) {
          String schema = rs.getString("TABLE_SCHEM");
          String name = rs.getString("TABLE_NAME");
          String lower = name.toLowerCase(Locale.ROOT);
          boolean ours = lower.startsWith("act_hi_") || lower.startsWith("qz_");
          boolean systemSchema = schema != null && Arrays.asList("information_schema", "pg_catalog")
              .contains(schema.toLowerCase(Locale.ROOT));
          if (ours && !systemSchema) {
            tables.add(name);
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    Map<String, Long> counts = new TreeMap<>();
    for (String table : tables) {
      Long n = jdbc.queryForObject("select count(*) from " + table, Long.class);
      counts.put(table.toLowerCase(Locale.ROOT), n == null ? 0 : n);
    }
    return counts;
  }

  static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }
}
