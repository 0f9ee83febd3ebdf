package kz.qyzmet.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import kz.qyzmet.cluster.ClusterClient.Call;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The cluster's guarantees, proved on two real nodes (separate JVMs, the {@code cluster} profile,
 * real HTTP on their own ports) sharing one PostgreSQL database, {@code qyzmet_cluster}, emptied
 * first. Runs in the Maven execution {@code cluster-tests} of the profile {@code postgres-tests},
 * that is when {@code QYZMET_TEST_POSTGRES_URL} is set (.ci/run); the database restart needs root
 * (CI) and fails rather than skips when {@code CI=true}. Prints its figures (docs/cluster.md) and
 * writes them to {@code <build>/cluster/figures.md}; the nodes' logs are beside them.
 *
 * <p>In order: both nodes started at the same moment on the empty database deploy once; the same
 * externalId posted to both at once is one application; a calendar correction made on one node is
 * seen by the other; 1,000 deadlines falling due are escalated exactly once each and answered over
 * the engine REST API; PostgreSQL stopped and started mid-run; one node killed with {@code kill -9}
 * while it holds locked jobs.
 */
@Tag("cluster")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterFaultToleranceTest {

  /** The job lock time of the nodes under test (the profile's 60 s, shortened). */
  static final Duration LOCK_TIME = Duration.ofSeconds(15);
  static final int APPLICATIONS = 1000;
  static final int RACES = 40;
  static final int KILL_APPLICATIONS = 300;

  private final ClusterClient client = new ClusterClient();
  private final Map<String, Map<String, Object>> figures = new LinkedHashMap<>();
  private ClusterDatabase db;
  private Path work;
  private NodeProcess a;
  private NodeProcess b;

  // ---- the cluster ----

  @BeforeAll
  void startTwoNodesAtOnceOnAnEmptyDatabase() throws Exception {
    Optional<ClusterDatabase> database = ClusterDatabase.fromEnvironment();
    if (database.isEmpty()) {
      String why = "QYZMET_TEST_POSTGRES_URL is not set: the cluster test needs PostgreSQL (.ci/run sets it)";
      if (ci()) {
        fail(why);
      }
      Assumptions.abort(why);
    }
    db = database.get();
    work = Path.of(System.getProperty("qyzmet.cluster.work", "target/cluster")).toAbsolutePath();
    Files.createDirectories(work);
    db.recreateEmpty();
    List<String> arguments = List.of(
        "--camunda.bpm.job-execution.lock-time-in-millis=" + LOCK_TIME.toMillis(),
        "--qyzmet.calendar.refresh-interval=2s");
    // Both JVMs at the same moment, against a database without a single table.
    a = NodeProcess.start("node-a", work, db.url, db.user, db.password, arguments);
    b = NodeProcess.start("node-b", work, db.url, db.user, db.password, arguments);
    a.awaitReady(Duration.ofMinutes(4));
    b.awaitReady(Duration.ofMinutes(4));
    figure("start", "node-a ready after (s)", seconds(a.readyAfter()));
    figure("start", "node-b ready after (s)", seconds(b.readyAfter()));
    System.out.printf("Cluster up: %s (pid %d, log %s), %s (pid %d, log %s), database %s%n", a, a.pid(), a.log, b,
        b.pid(), b.log, db.url);
  }

  @AfterAll
  void stopTheNodesAndPrintTheFigures() {
    try {
      for (NodeProcess node : new NodeProcess[] {a, b}) {
        if (node != null) {
          node.stop(Duration.ofSeconds(30));
        }
      }
    } finally {
      printFigures();
    }
  }

  // ---- 0. deployment ----

  @Test
  @Order(1)
  void nodesStartedTogetherOnAnEmptyDatabaseDeployOnce() {
    long deployments = db.count("select count(*) from act_re_deployment");
    long definitions = db.count("select count(*) from act_re_procdef");
    long keys = db.count("select count(distinct key_) from act_re_procdef");
    long maxVersion = db.count("select max(version_) from act_re_procdef");
    long decisions = db.count("select count(*) from act_re_decision_def");
    long decisionKeys = db.count("select count(distinct key_) from act_re_decision_def");
    long forms = db.count("select count(*) from act_re_camformdef");
    long formKeys = db.count("select count(distinct key_) from act_re_camformdef");
    long groups = db.count("select count(*) from act_id_group");
    long migrations = db.count("select count(*) from flyway_schema_history where success");
    figure("start", "deployments", deployments);
    figure("start", "process definitions / keys / highest version", definitions + " / " + keys + " / " + maxVersion);
    figure("start", "decision definitions / keys", decisions + " / " + decisionKeys);
    figure("start", "startup lock taken after (ms), node-a / node-b", a.logValue("took the startup lock after ")
        + " / " + b.logValue("took the startup lock after "));

    assertThat(deployments).as("one deployment for two nodes starting together").isEqualTo(1);
    assertThat(keys).as("the models").isGreaterThanOrEqualTo(30);
    assertThat(definitions).as("one version of each process").isEqualTo(keys);
    assertThat(maxVersion).isEqualTo(1);
    assertThat(decisions).isEqualTo(decisionKeys);
    assertThat(forms).isEqualTo(formKeys);
    assertThat(groups).as("role groups").isPositive();
    List<String> created = new ArrayList<>(a.logLinesAfter("Created group "));
    created.addAll(b.logLinesAfter("Created group "));
    assertThat(created).as("each role group created by one node only").isNotEmpty().doesNotHaveDuplicates();
    assertThat(migrations).as("Flyway ran its migrations once").isGreaterThan(0);
    assertThat(db.count("select count(*) from flyway_schema_history where not success")).isZero();
    assertThat(a.countLogLines("took the startup lock") + b.countLogLines("took the startup lock")).isEqualTo(2);
  }

  // ---- 4. one externalId, two nodes, one moment ----

  @Test
  @Order(2)
  void theSameExternalIdOnBothNodesAtOnceIsOneApplication() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Call> calls = Collections.synchronizedList(new ArrayList<>());
    try {
      for (int race = 0; race < RACES; race++) {
        String externalId = "race-" + race;
        // Due in 30 minutes: long after the test; these applications only have to exist.
        Instant due = Instant.now().plus(ClusterClient.TERM);
        CountDownLatch ready = new CountDownLatch(2);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Call>> pair = new ArrayList<>();
        for (NodeProcess node : new NodeProcess[] {a, b}) {
          int number = race;
          pair.add(pool.submit(() -> {
            ready.countDown();
            go.await(10, TimeUnit.SECONDS);
            return client.submit(node, externalId, number, due);
          }));
        }
        ready.await(10, TimeUnit.SECONDS);
        go.countDown();
        for (Future<Call> call : pair) {
          calls.add(call.get(60, TimeUnit.SECONDS));
        }
      }
    } finally {
      pool.shutdownNow();
    }
    Map<String, List<Call>> byExternalId = calls.stream().collect(Collectors.groupingBy(Call::externalId));
    long created = calls.stream().filter(c -> c.status() == 201).count();
    long replays = calls.stream().filter(c -> c.status() == 200 && "true".equals(c.replay())).count();
    long rows = db.count("select count(*) from qz_application where external_id like 'race-%'");
    long instances = db.count("""
        select count(*) from act_hi_procinst p join qz_application a on a.process_instance_id = p.id_
        where a.external_id like 'race-%'""");
    long orphans = orphanProcessInstances();
    figure("idempotency", "externalIds posted to both nodes at once", RACES);
    figure("idempotency", "answers 201 / 200 replay / other", created + " / " + replays + " / "
        + (calls.size() - created - replays));
    figure("idempotency", "applications / process instances", rows + " / " + instances);
    figure("idempotency", "duplicated applications", rows - RACES);

    assertThat(calls).as("every call answered").allMatch(Call::ok);
    assertThat(calls).as("each answer names the node that gave it").allMatch(c -> c.node().equals(c.answeredBy()));
    byExternalId.forEach((externalId, pair) -> {
      assertThat(pair).hasSize(2);
      assertThat(pair.stream().map(Call::applicationId).distinct()).as(externalId + ": one id on both nodes")
          .hasSize(1);
      assertThat(pair.stream().filter(c -> c.status() == 201)).as(externalId + ": created once").hasSize(1);
    });
    assertThat(rows).isEqualTo(RACES);
    assertThat(instances).isEqualTo(RACES);
    assertThat(orphans).as("process instances without their application (a loser's that survived)").isZero();
  }

  // ---- calendar corrections on every node ----

  @Test
  @Order(3)
  void aCalendarCorrectionMadeOnOneNodeIsSeenByTheOther() {
    LocalDate saturday = LocalDate.of(2034, 10, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.SATURDAY));
    LocalDate monday = saturday.plusDays(2);
    assertThat(workingWeekendDays(b)).doesNotContain(saturday.toString());
    Call posted = client.post(a, "/api/v1/calendar/corrections", ClusterClient.ADMIN, ClusterClient.write(Map.of(
        "kind", "TRANSFER", "workingDay", saturday.toString(), "dayOff", monday.toString(),
        "legalSource", "Cluster test", "reason", "A correction made on node-a")), null);
    long postedAt = System.nanoTime();
    assertThat(posted.status()).as(posted.body()).isEqualTo(201);
    assertThat(workingWeekendDays(a)).as("the writing node at once").contains(saturday.toString());
    long seenAfter = -1;
    while (System.nanoTime() - postedAt < Duration.ofSeconds(30).toNanos()) {
      if (workingWeekendDays(b).contains(saturday.toString())) {
        seenAfter = (System.nanoTime() - postedAt) / 1_000_000;
        break;
      }
      NodeProcess.sleep(200);
    }
    figure("calendar", "correction posted to node-a, seen by node-b after (ms)", seenAfter);
    assertThat(seenAfter).as("node-b sees the correction within its refresh interval (2 s here)")
        .isBetween(0L, 10_000L);
  }

  private List<String> workingWeekendDays(NodeProcess node) {
    Call year = client.get(node, "/api/v1/calendar/2034", ClusterClient.SUBMITTER);
    assertThat(year.status()).as(year.body()).isEqualTo(200);
    List<String> days = new ArrayList<>();
    ClusterClient.read(year.body()).path("workingWeekendDays").forEach(day -> days.add(day.asText()));
    return days;
  }

  // ---- 1. a thousand deadlines, exactly once ----

  @Test
  @Order(4)
  void aThousandDeadlinesFallingDueAreEscalatedExactlyOnceAndAnswered() throws Exception {
    Instant start = Instant.now();
    Instant firstDue = start.plusSeconds(20);
    long spreadMillis = 40_000;
    List<Callable<Call>> submissions = new ArrayList<>();
    AtomicInteger retries = new AtomicInteger();
    for (int i = 0; i < APPLICATIONS; i++) {
      int number = i;
      NodeProcess node = i % 2 == 0 ? a : b;
      Instant due = firstDue.plusMillis(spreadMillis * i / APPLICATIONS);
      submissions.add(() -> submitWithRetries(node, "t1000-" + number, number, due, retries));
    }
    List<Call> calls = runAll(submissions, 8, Duration.ofMinutes(4));
    double submitSeconds = seconds(Duration.between(start, Instant.now()));
    List<String> ids = applicationIds(calls);
    figure("1000 deadlines", "applications submitted (node-a / node-b)", ids.size() + " ("
        + calls.stream().filter(c -> c.node().equals("node-a")).count() + " / "
        + calls.stream().filter(c -> c.node().equals("node-b")).count() + ")");
    figure("1000 deadlines", "submission time (s) / client retries", submitSeconds + " / " + retries.get());
    assertThat(calls).as("every submission answered").allMatch(Call::ok);
    assertThat(ids).hasSize(APPLICATIONS).doesNotHaveDuplicates();

    Instant lastDue = firstDue.plusMillis(spreadMillis);
    awaitCount("escalations of the 1,000", () -> breaches(ids), APPLICATIONS,
        Duration.between(Instant.now(), lastDue).plusMinutes(3));
    awaitCount("due timers of the 1,000 left", () -> dueJobs(ids), 0, Duration.ofMinutes(2));
    Instant escalated = Instant.now();
    double escalatedAfterLastDue = seconds(Duration.between(lastDue, escalated));
    double escalatedAfterSubmission = seconds(Duration.between(start.plusMillis((long) (submitSeconds * 1000)),
        escalated));
    Outcome outcome = outcome(ids);
    figure("1000 deadlines", "deadlines falling due over (s)", spreadMillis / 1000.0);
    figure("1000 deadlines", "all escalated, s after the last due time / after the last submission",
        escalatedAfterLastDue + " / " + escalatedAfterSubmission);
    figure("1000 deadlines", "breach records / head's tasks / deadline timers fired", outcome.breaches() + " / "
        + outcome.headTasks() + " / " + outcome.fired());
    figure("1000 deadlines", "timer jobs run by node-a / node-b", timersByNode(ids));
    figure("1000 deadlines", "lost / duplicated", outcome.lost() + " / " + outcome.duplicated());
    assertExactlyOnce(outcome, APPLICATIONS);
    assertThat(timersRunBy(ids, "node-a")).as("node-a ran timers").isPositive();
    assertThat(timersRunBy(ids, "node-b")).as("node-b ran timers").isPositive();

    // The end state: each department head's task answered over the engine REST API (an administrator's door:
    // heads use Tasklist), on both nodes.
    List<String> tasks = db.query("""
        select t.id_ from act_ru_task t join act_hi_taskinst h on h.id_ = t.id_
        join qz_application a on a.process_instance_id = h.root_proc_inst_id_
        where a.id = any(?) and t.task_def_key_ = 'UserTask_AnswerBreach'""", ids).stream()
        .map(row -> (String) row.get("id_")).toList();
    assertThat(tasks).hasSize(APPLICATIONS);
    Instant answering = Instant.now();
    List<Callable<Call>> completions = new ArrayList<>();
    for (int i = 0; i < tasks.size(); i++) {
      NodeProcess node = i % 2 == 0 ? a : b;
      String task = tasks.get(i);
      completions.add(() -> client.post(node, "/engine-rest/task/" + task + "/complete", ClusterClient.ADMIN,
          "{\"variables\":{}}", task));
    }
    List<Call> completed = runAll(completions, 8, Duration.ofMinutes(3));
    figure("1000 deadlines", "head's tasks completed over engine REST (s)",
        seconds(Duration.between(answering, Instant.now())));
    assertThat(completed).as("every completion answered 204").allMatch(c -> c.status() == 204);
    long answered = db.count("""
        select count(*) from act_hi_taskinst h join qz_application a on a.process_instance_id = h.root_proc_inst_id_
        where a.id = any(?) and h.task_def_key_ = 'UserTask_AnswerBreach' and h.end_time_ is not null
          and h.delete_reason_ = 'completed'""", ids);
    long reviewsOpen = db.count("""
        select count(*) from act_ru_task t join act_hi_taskinst h on h.id_ = t.id_
        join qz_application a on a.process_instance_id = h.root_proc_inst_id_
        where a.id = any(?) and t.task_def_key_ = 'UserTask_ReviewApplication'""", ids);
    long inReview = db.count("select count(*) from qz_application where id = any(?) and status = 'IN_REVIEW'", ids);
    figure("1000 deadlines", "end state: breaches answered / reviews still open / IN_REVIEW", answered + " / "
        + reviewsOpen + " / " + inReview);
    assertThat(answered).isEqualTo(APPLICATIONS);
    assertThat(reviewsOpen).as("the review goes on after a breach (non-interrupting)").isEqualTo(APPLICATIONS);
    assertThat(inReview).isEqualTo(APPLICATIONS);
    assertThat(incidents()).isZero();
  }

  // ---- 3. PostgreSQL restarted mid-run ----

  @Test
  @Order(5)
  void postgresRestartedMidRunNodesReconnectAndNothingAcknowledgedIsLost() throws Exception {
    Optional<String> why = db.whyNoRestart();
    if (why.isPresent()) {
      if (ci()) {
        fail("Cannot restart PostgreSQL: " + why.get());
      }
      Assumptions.abort("Cannot restart PostgreSQL: " + why.get());
    }
    List<Call> calls = Collections.synchronizedList(new ArrayList<>());
    AtomicBoolean load = new AtomicBoolean(true);
    AtomicInteger sequence = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    long stoppedAt;
    long startedAt;
    long[] recoveredAt = {-1, -1};
    try {
      for (int t = 0; t < 4; t++) {
        NodeProcess node = t % 2 == 0 ? a : b;
        pool.submit(() -> {
          while (load.get()) {
            int number = sequence.getAndIncrement();
            calls.add(client.submit(node, "pg-" + number, number, Instant.now().plusSeconds(30)));
            NodeProcess.sleep(150);
          }
          return null;
        });
      }
      NodeProcess.sleep(6_000);
      stoppedAt = System.currentTimeMillis();
      db.stopServer();
      NodeProcess.sleep(8_000);
      db.startServer();
      startedAt = System.currentTimeMillis();
      // Load goes on until each node has acknowledged a submission sent after the restart.
      long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
      while (System.nanoTime() < deadline && (recoveredAt[0] < 0 || recoveredAt[1] < 0)) {
        NodeProcess.sleep(100);
        synchronized (calls) {
          for (Call call : calls) {
            int i = call.node().equals("node-a") ? 0 : 1;
            if (call.status() == 201 && call.sentAtMillis() >= startedAt && recoveredAt[i] < 0) {
              recoveredAt[i] = call.sentAtMillis() + call.latencyMillis();
            }
          }
        }
      }
      NodeProcess.sleep(2_000);
    } finally {
      load.set(false);
      pool.shutdown();
      if (!pool.awaitTermination(60, TimeUnit.SECONDS)) {
        pool.shutdownNow();
      }
    }
    List<Call> run = List.copyOf(calls);
    List<Call> duringOutage = run.stream()
        .filter(c -> c.sentAtMillis() + c.latencyMillis() >= stoppedAt && c.sentAtMillis() <= startedAt).toList();
    List<Call> unavailable = run.stream().filter(c -> c.status() == 503).toList();
    List<Call> failed = run.stream().filter(c -> !c.ok() && c.status() != 503).toList();
    long slowest = run.stream().mapToLong(Call::latencyMillis).max().orElse(0);
    List<Call> acknowledgedBefore = run.stream().filter(c -> c.status() == 201 && c.sentAtMillis() < stoppedAt)
        .toList();

    // Whatever got no answer is sent again with its externalId: the idempotent retry of a client.
    List<Call> retried = new ArrayList<>();
    for (Call call : run.stream().filter(c -> !c.ok()).toList()) {
      int number = Integer.parseInt(call.externalId().substring(3));
      Call again = null;
      for (int attempt = 0; attempt < 10 && (again == null || !again.ok()); attempt++) {
        again = client.submit(attempt % 2 == 0 ? a : b, call.externalId(), number, Instant.now().plusSeconds(30));
        if (!again.ok()) {
          NodeProcess.sleep(1_000);
        }
      }
      retried.add(again);
    }
    Map<String, String> idByExternalId = new LinkedHashMap<>();
    run.stream().filter(Call::ok).forEach(c -> idByExternalId.put(c.externalId(), c.applicationId()));
    retried.stream().filter(Call::ok).forEach(c -> idByExternalId.put(c.externalId(), c.applicationId()));
    List<String> acknowledgedIds = acknowledgedBefore.stream().map(Call::applicationId).toList();
    long acknowledgedPresent = db.count("select count(*) from qz_application where id = any(?)", acknowledgedIds);
    long readable = acknowledgedIds.stream().limit(200).filter(id ->
        client.get(b, "/api/v1/applications/" + id, ClusterClient.SUBMITTER).status() == 200).count();
    long rows = db.count("select count(*) from qz_application where external_id like 'pg-%'");
    long distinctExternalIds = run.stream().map(Call::externalId).distinct().count();

    // The job executors resume: every one of these deadlines (due 30 s after submission, many during
    // or just after the outage) is escalated, exactly once.
    List<String> ids = List.copyOf(idByExternalId.values());
    awaitCount("escalations after the restart", () -> breaches(ids), ids.size(), Duration.ofMinutes(3));
    awaitCount("due timers after the restart left", () -> dueJobs(ids), 0, Duration.ofMinutes(2));
    Outcome outcome = outcome(ids);
    LocalDateTime restartUtc = LocalDateTime.ofInstant(Instant.ofEpochMilli(startedAt), ZoneOffset.UTC);
    Map<String, Object> firstJobAfterRestart = new LinkedHashMap<>();
    for (Map<String, Object> row : db.query("""
        select hostname_, min(timestamp_) as first from act_hi_job_log
        where job_state_ = 2 and timestamp_ > ? group by hostname_ order by hostname_""", restartUtc)) {
      LocalDateTime first = ((java.sql.Timestamp) row.get("first")).toLocalDateTime();
      firstJobAfterRestart.put((String) row.get("hostname_"), seconds(Duration.between(restartUtc, first)));
    }

    String section = "PostgreSQL restart";
    figure(section, "restarts / outage (s, stop to start)", "1 / " + seconds(Duration.ofMillis(startedAt - stoppedAt)));
    figure(section, "submissions during the run / during the outage", run.size() + " / " + duringOutage.size());
    figure(section, "answers 201 / 503 / other (500, none)", run.stream().filter(c -> c.status() == 201).count()
        + " / " + unavailable.size() + " / " + failed.size());
    figure(section, "slowest answer (ms)", slowest);
    figure(section, "node-a / node-b acknowledging again, s after the restart",
        seconds(Duration.ofMillis(recoveredAt[0] - startedAt)) + " / "
            + seconds(Duration.ofMillis(recoveredAt[1] - startedAt)));
    figure(section, "first job run after the restart, s (by node)", firstJobAfterRestart);
    figure(section, "acknowledged before the outage / found after it", acknowledgedIds.size() + " / "
        + acknowledgedPresent + " (read over the API on node-b: " + readable + ")");
    figure(section, "unanswered submissions retried with their externalId / ok", retried.size() + " / "
        + retried.stream().filter(Call::ok).count());
    figure(section, "applications / externalIds", rows + " / " + distinctExternalIds);
    figure(section, "breach records / head's tasks / deadline timers fired", outcome.breaches() + " / "
        + outcome.headTasks() + " / " + outcome.fired());
    figure(section, "lost / duplicated", (acknowledgedIds.size() - acknowledgedPresent + outcome.lost()) + " / "
        + (rows - distinctExternalIds + outcome.duplicated()));

    assertThat(unavailable).as("calls during the outage are answered 503").isNotEmpty();
    assertThat(failed).as("no 500, no hang, no reset: only 201 or 503")
        .extracting(c -> c.status() + " " + c.error() + " " + c.body()).isEmpty();
    assertThat(unavailable).allSatisfy(c -> {
      assertThat(c.contentType()).startsWith("application/problem+json");
      assertThat(c.retryAfter()).isNotNull();
      JsonNode problem = ClusterClient.read(c.body());
      assertThat(problem.path("status").asInt()).isEqualTo(503);
      assertThat(problem.path("reason").asText()).isEqualTo("database-unavailable");
    });
    assertThat(slowest).as("no call hangs").isLessThan(15_000);
    assertThat(recoveredAt[0]).as("node-a reconnects by itself").isPositive();
    assertThat(recoveredAt[1]).as("node-b reconnects by itself").isPositive();
    assertThat(acknowledgedPresent).as("every 201 before the restart is still there").isEqualTo(acknowledgedIds.size());
    assertThat(readable).isEqualTo(Math.min(200, acknowledgedIds.size()));
    assertThat(retried).allMatch(Call::ok);
    assertThat(rows).as("one application per externalId, retries included").isEqualTo(distinctExternalIds);
    assertExactlyOnce(outcome, ids.size());
    assertThat(firstJobAfterRestart).as("both job executors resumed").containsKeys("node-a", "node-b");
    assertThat(a.healthy(java.net.http.HttpClient.newHttpClient())).isTrue();
    assertThat(b.healthy(java.net.http.HttpClient.newHttpClient())).isTrue();
    assertThat(orphanProcessInstances()).isZero();
    assertThat(incidents()).isZero();
  }

  // ---- 2. kill -9 while holding locked jobs ----

  @Test
  @Order(6)
  void aNodeKilledWhileHoldingLockedJobsIsReplacedByTheOther() throws Exception {
    Instant due = Instant.now().plusSeconds(25);
    List<Callable<Call>> submissions = new ArrayList<>();
    AtomicInteger retries = new AtomicInteger();
    for (int i = 0; i < KILL_APPLICATIONS; i++) {
      int number = i;
      NodeProcess node = i % 2 == 0 ? a : b;
      Instant at = due.plusMillis(3_000L * i / KILL_APPLICATIONS);
      submissions.add(() -> submitWithRetries(node, "kill-" + number, number, at, retries));
    }
    List<Call> calls = runAll(submissions, 6, Duration.ofMinutes(3));
    List<String> ids = applicationIds(calls);
    assertThat(calls).allMatch(Call::ok);
    assertThat(ids).hasSize(KILL_APPLICATIONS);
    long acknowledgedByB = calls.stream().filter(c -> c.node().equals("node-b")).count();

    // A slow side effect, made certain: the test holds qz_breach locked (EXCLUSIVE: others may read
    // it, nobody may write it), so a deadline job that fires stops at its breach record with its job
    // locked and its transaction open, on both nodes, as if the write took long. Once the deadlines
    // have fallen due, the node holding locks on these applications' jobs (node-b if both are) is
    // frozen (SIGSTOP), what it holds is read, and it is killed with kill -9: its transactions die
    // with it, its locks stay until they expire. Then the table is released and the survivor goes on.
    List<String> heldJobs = List.of();
    NodeProcess victim = null;
    try (Connection gate = db.connect()) {
      gate.setAutoCommit(false);
      try (Statement lock = gate.createStatement()) {
        lock.execute("lock table qz_breach in exclusive mode");
      }
      // Every deadline is due 3 s after the first; by then both nodes hold what they could lock.
      NodeProcess.sleep(Math.max(0, Duration.between(Instant.now(), due.plusSeconds(5)).toMillis()));
      long watchUntil = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (System.nanoTime() < watchUntil && victim == null) {
        NodeProcess holder = !lockedBy("node-b", ids).isEmpty() ? b : !lockedBy("node-a", ids).isEmpty() ? a : null;
        if (holder == null) {
          NodeProcess.sleep(100);
          continue;
        }
        holder.freeze();
        NodeProcess.sleep(500);
        heldJobs = lockedBy(holder == b ? "node-b" : "node-a", ids);
        if (heldJobs.isEmpty()) {
          holder.thaw(); // it had only short jobs (reminders) in hand, and finished them
        } else {
          victim = holder;
        }
      }
      assertThat(victim).as("a node holding locked jobs of these applications once they fell due").isNotNull();
      victim.kill9();
      gate.rollback();
    }
    long killedAt = System.currentTimeMillis();
    assertThat(victim.alive()).isFalse();
    String victimName = victim == b ? "node-b" : "node-a";
    String survivorName = victim == b ? "node-a" : "node-b";
    List<String> held = heldJobs;

    awaitCount("jobs of the killed node left", () -> db.count("select count(*) from act_ru_job where id_ = any(?)",
        held), 0, LOCK_TIME.plusMinutes(2));
    long heldDoneAfter = System.currentTimeMillis() - killedAt;
    awaitCount("escalations after the kill", () -> breaches(ids), KILL_APPLICATIONS, Duration.ofMinutes(3));
    awaitCount("due timers after the kill left", () -> dueJobs(ids), 0, Duration.ofMinutes(2));
    long allDoneAfter = System.currentTimeMillis() - killedAt;
    Outcome outcome = outcome(ids);
    Map<String, Long> heldRunBy = new LinkedHashMap<>();
    for (Map<String, Object> row : db.query("""
        select hostname_, count(*) as n from act_hi_job_log where job_id_ = any(?) and job_state_ = 2
        group by hostname_""", held)) {
      heldRunBy.put((String) row.get("hostname_"), ((Number) row.get("n")).longValue());
    }

    String section = "kill -9";
    figure(section, "applications (acknowledged by node-b) / node killed", ids.size() + " (" + acknowledgedByB + ") / "
        + victimName);
    figure(section, "kills / job lock time (s)", "1 / " + LOCK_TIME.toSeconds());
    figure(section, "jobs the killed node held / run again by", heldJobs.size() + " / " + heldRunBy);
    figure(section, "held jobs done, s after the kill", seconds(Duration.ofMillis(heldDoneAfter)));
    figure(section, "all deadlines escalated, s after the kill", seconds(Duration.ofMillis(allDoneAfter)));
    figure(section, "breach records / head's tasks / deadline timers fired", outcome.breaches() + " / "
        + outcome.headTasks() + " / " + outcome.fired());
    figure(section, "lost / duplicated", outcome.lost() + " / " + outcome.duplicated());

    // The killed node comes back: it deploys nothing new and serves at once.
    NodeProcess restarted = NodeProcess.start(victimName, work, db.url, db.user, db.password, List.of(
        "--camunda.bpm.job-execution.lock-time-in-millis=" + LOCK_TIME.toMillis(),
        "--qyzmet.calendar.refresh-interval=2s"));
    if (victim == b) {
      b = restarted;
    } else {
      a = restarted;
    }
    restarted.awaitReady(Duration.ofMinutes(3));
    Call read = client.get(restarted, "/api/v1/applications/" + ids.get(0), ClusterClient.SUBMITTER);
    long deployments = db.count("select count(*) from act_re_deployment");
    long maxVersion = db.count("select max(version_) from act_re_procdef");
    figure(section, "killed node restarted: ready after (s) / deployments / highest version", seconds(restarted.readyAfter())
        + " / " + deployments + " / " + maxVersion);

    assertExactlyOnce(outcome, KILL_APPLICATIONS);
    assertThat(read.status()).isEqualTo(200);
    assertThat(deployments).as("a restarted node deploys nothing new").isEqualTo(1);
    assertThat(maxVersion).isEqualTo(1);
    assertThat(heldRunBy).as("each held job run once, by the survivor").containsOnlyKeys(survivorName);
    assertThat(heldRunBy.get(survivorName)).isEqualTo(heldJobs.size());
    assertThat(heldDoneAfter).as("taken over once the locks expired").isGreaterThanOrEqualTo(0);
    assertThat(orphanProcessInstances()).isZero();
    assertThat(incidents()).isZero();
  }

  // ---- what the database says ----

  /** Per application: the SERVICE_TERM breach rows, the head's tasks ever created, the deadline timer's runs. */
  record Outcome(long applications, long breaches, long headTasks, long fired, long lost, long duplicated,
      List<String> wrong) {}

  private Outcome outcome(List<String> ids) {
    List<Map<String, Object>> rows = db.query("""
        select a.id,
          (select count(*) from qz_breach b where b.application_id = a.id and b.kind = 'SERVICE_TERM') as breaches,
          (select count(*) from act_hi_taskinst t where t.root_proc_inst_id_ = a.process_instance_id
             and t.task_def_key_ = 'UserTask_AnswerBreach') as head_tasks,
          (select count(*) from act_hi_job_log l where l.root_proc_inst_id_ = a.process_instance_id
             and l.act_id_ = 'BoundaryEvent_StatutoryDeadline' and l.job_state_ = 2) as fired
        from qz_application a where a.id = any(?)""", ids);
    long breaches = 0;
    long headTasks = 0;
    long fired = 0;
    long lost = ids.size() - rows.size();
    long duplicated = 0;
    List<String> wrong = new ArrayList<>();
    for (Map<String, Object> row : rows) {
      long b1 = ((Number) row.get("breaches")).longValue();
      long h1 = ((Number) row.get("head_tasks")).longValue();
      long f1 = ((Number) row.get("fired")).longValue();
      breaches += b1;
      headTasks += h1;
      fired += f1;
      if (b1 == 0 || h1 == 0 || f1 == 0) {
        lost++;
      }
      if (b1 > 1 || h1 > 1 || f1 > 1) {
        duplicated++;
      }
      if (b1 != 1 || h1 != 1 || f1 != 1) {
        wrong.add(row.get("id") + " breaches=" + b1 + " headTasks=" + h1 + " fired=" + f1);
      }
    }
    return new Outcome(ids.size(), breaches, headTasks, fired, lost, duplicated, wrong);
  }

  private static void assertExactlyOnce(Outcome outcome, int applications) {
    assertThat(outcome.wrong()).as("applications without exactly one breach, head's task and timer run").isEmpty();
    assertThat(outcome.lost()).isZero();
    assertThat(outcome.duplicated()).isZero();
    assertThat(outcome.breaches()).isEqualTo(applications);
    assertThat(outcome.headTasks()).isEqualTo(applications);
    assertThat(outcome.fired()).isEqualTo(applications);
  }

  private long breaches(List<String> ids) {
    return db.count("select count(*) from qz_breach where application_id = any(?) and kind = 'SERVICE_TERM'", ids);
  }

  /**
   * Jobs of these applications that are due now and not yet done. Found through their process
   * instance's root: a job's own {@code root_proc_inst_id_} is empty once an acquisition has locked
   * it (the engine writes the acquired job back without it).
   */
  private long dueJobs(List<String> ids) {
    return db.count("""
        select count(*) from act_ru_job j join act_ru_execution e on e.id_ = j.process_instance_id_
          join qz_application a on a.process_instance_id = e.root_proc_inst_id_
        where a.id = any(?) and j.duedate_ <= (now() at time zone 'utc')""", ids);
  }

  /** The jobs of these applications that {@code node} holds locked. */
  private List<String> lockedBy(String node, List<String> ids) {
    return db.query("""
        select j.id_ from act_ru_job j join act_ru_execution e on e.id_ = j.process_instance_id_
          join qz_application a on a.process_instance_id = e.root_proc_inst_id_
        where a.id = any(?) and j.lock_owner_ = ?""", ids, node).stream().map(row -> (String) row.get("id_")).toList();
  }

  private long timersRunBy(List<String> ids, String node) {
    return db.count("""
        select count(*) from act_hi_job_log l join qz_application a on a.process_instance_id = l.root_proc_inst_id_
        where a.id = any(?) and l.job_state_ = 2 and l.job_def_type_ = 'timer-transition' and l.hostname_ = ?""",
        ids, node);
  }

  private String timersByNode(List<String> ids) {
    return timersRunBy(ids, "node-a") + " / " + timersRunBy(ids, "node-b");
  }

  /** Spines started for an application that has no row: what a rolled-back duplicate would leave. */
  private long orphanProcessInstances() {
    return db.count("""
        select count(*) from act_hi_procinst p where p.super_process_instance_id_ is null
          and p.proc_def_key_ like 's%' and not exists (select 1 from qz_application a where a.process_instance_id = p.id_)""");
  }

  private long incidents() {
    return db.count("select count(*) from act_ru_incident");
  }

  // ---- helpers ----

  /** A client's retry: an unanswered or 503 submission is sent again with its externalId (another node second). */
  private Call submitWithRetries(NodeProcess node, String externalId, int number, Instant due, AtomicInteger retries) {
    Call call = client.submit(node, externalId, number, due);
    for (int attempt = 1; attempt < 5 && (call.status() == -1 || call.status() == 503); attempt++) {
      retries.incrementAndGet();
      NodeProcess.sleep(500L * attempt);
      call = client.submit(attempt % 2 == 1 ? other(node) : node, externalId, number, due);
    }
    return call;
  }

  private NodeProcess other(NodeProcess node) {
    return node == a ? b : a;
  }

  private static List<Call> runAll(List<Callable<Call>> tasks, int threads, Duration timeout)
      throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Call>> futures = pool.invokeAll(tasks, timeout.toMillis(), TimeUnit.MILLISECONDS);
      List<Call> calls = new ArrayList<>();
      for (Future<Call> future : futures) {
        try {
          calls.add(future.get(0, TimeUnit.MILLISECONDS));
        } catch (ExecutionException | TimeoutException | java.util.concurrent.CancellationException e) {
          throw new AssertionError("A call did not finish within " + timeout, e);
        }
      }
      return calls;
    } finally {
      pool.shutdownNow();
    }
  }

  private static List<String> applicationIds(List<Call> calls) {
    return calls.stream().map(Call::applicationId).filter(java.util.Objects::nonNull).toList();
  }

  private static void awaitCount(String what, Supplier<Long> count, long expected, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    long last = -1;
    while (System.nanoTime() < deadline) {
      last = count.get();
      if (last == expected) {
        return;
      }
      NodeProcess.sleep(500);
    }
    throw new AssertionError(what + ": " + last + " after " + timeout + ", expected " + expected);
  }

  private void figure(String section, String name, Object value) {
    figures.computeIfAbsent(section, s -> new LinkedHashMap<>()).put(name, value);
    System.out.printf("[cluster] %s: %s = %s%n", section, name, value);
  }

  private void printFigures() {
    StringBuilder out = new StringBuilder("\n## Cluster test figures (" + Instant.now() + ")\n\n| test | figure | value |\n"
        + "|---|---|---|\n");
    figures.forEach((section, values) -> values.forEach((name, value) ->
        out.append("| ").append(section).append(" | ").append(name).append(" | ").append(value).append(" |\n")));
    System.out.println(out);
    if (work != null) {
      try {
        Files.writeString(work.resolve("figures.md"), out.toString());
      } catch (java.io.IOException e) {
        System.out.println("Cannot write the figures: " + e.getMessage());
      }
    }
  }

  private static double seconds(Duration duration) {
    return Math.round(duration.toMillis() / 100.0) / 10.0;
  }

  private static boolean ci() {
    return "true".equalsIgnoreCase(System.getenv("CI"));
  }
}
