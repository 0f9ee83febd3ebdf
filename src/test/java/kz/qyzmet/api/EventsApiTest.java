package kz.qyzmet.api;

import static kz.qyzmet.api.ApiClient.problem;
import static kz.qyzmet.api.ApiClient.read;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import kz.qyzmet.QyzmetIntegrationTest;
import kz.qyzmet.events.EventsProperties;
import kz.qyzmet.process.ProcessScenario;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Events pushed to a real receiving server over real HTTP (issue #21, items 1 and 6): in order per
 * application, signed with the subscription's secret, without personal data; a receiver down for a
 * while gets everything after, duplicates only as at-least-once; parked after the limit and
 * replayed by an administrator; a change that rolls back announces nothing.
 */
@QyzmetIntegrationTest
class EventsApiTest extends ApiTestSupport.JustBeforeNauryz {

  static final String ADMIN = "demo";
  static final String REVIEW = "UserTask_ReviewApplication";
  /** How long the receiver stays down (half answering 500, half refusing connections); -Dqyzmet.events.test.down-seconds. */
  static final int DOWN_SECONDS = Integer.getInteger("qyzmet.events.test.down-seconds", 60);

  @Autowired JdbcTemplate jdbc;
  @Autowired RuntimeService runtimeService;
  @Autowired org.camunda.bpm.engine.ManagementService managementService;
  @Autowired EventsProperties properties;
  @Autowired TransactionTemplate transactions;

  EventReceiver receiver;
  final List<String> subscriptions = new ArrayList<>();
  Duration initialBackoff;
  Duration maxBackoff;
  int maxAttempts;
  Duration requestTimeout;

  @BeforeEach
  void receiver() throws Exception {
    receiver = new EventReceiver();
    initialBackoff = properties.getInitialBackoff();
    maxBackoff = properties.getMaxBackoff();
    maxAttempts = properties.getMaxAttempts();
    requestTimeout = properties.getRequestTimeout();
  }

  @AfterEach
  void unsubscribe() {
    subscriptions.forEach(id -> api.http.send(api.http.request("/api/v1/subscriptions/" + id, ADMIN, "demo")
        .DELETE().build()));
    receiver.close();
    properties.setInitialBackoff(initialBackoff);
    properties.setMaxBackoff(maxBackoff);
    properties.setMaxAttempts(maxAttempts);
    properties.setRequestTimeout(requestTimeout);
  }

  // ---------------------------------------------------------------------------------------------

  @Test
  void anApplicationsLife_isPushedInOrder_signed_withoutPersonalData() throws Exception {
    JsonNode subscription = subscribe(ApiClient.CLIENT, receiver.url(), "[2]");
    String secret = subscription.get("secret").asText();
    ObjectNode submission = ApiClient.application("ztmo", ApiClient.COMPLETE_PACKAGE);
    String iin = submission.get("applicant").get("iin").asText();
    String id = api.submit(submission).get("id").asText();

    ProcessScenario.clockAt("2026-03-20T11:00");
    taskService.complete(review(id).getId(), Map.of("decision", "request-documents",
        "requestedDocuments", "power_of_attorney"));
    Task notice = taskService.createTaskQuery().processInstanceBusinessKey(id)
        .taskDefinitionKey("UserTask_NotifyApplicant").singleResult();
    ProcessScenario.clockAt("2026-04-10T12:00");
    HttpResponse<String> delivered = api.post("/api/v1/applications/" + id + "/documents",
        "{\"documents\": [\"power_of_attorney\"]}");
    assertThat(delivered.statusCode()).as(delivered.body()).isEqualTo(200);
    ProcessScenario.clockAt("2026-04-14T09:00");
    taskService.complete(review(id).getId(), Map.of("decision", "refuse", "refusalGround", "documents-not-provided"));
    taskService.complete(taskService.createTaskQuery().processInstanceBusinessKey(id)
        .taskDefinitionKey("UserTask_HandOverResult").singleResult().getId());

    List<String> written = jdbc.queryForList("select type from qz_event where application_id = ? order by sequence",
        String.class, id);
    awaitUntil(Duration.ofSeconds(30), () -> received(id).size() >= written.size());

    List<JsonNode> events = received(id);
    assertThat(events.stream().map(e -> e.get("type").asText()).toList()).as("types in the order received")
        .containsExactly("application.registered", "application.due-date-changed",
            "application.documents-requested", "application.due-date-changed", "application.documents-received",
            "application.decided", "application.result-ready", "application.handed-over")
        .isEqualTo(written);
    for (int i = 0; i < events.size(); i++) {
      assertThat(events.get(i).get("sequence").asLong()).as("sequence of event " + i).isEqualTo(i + 1);
    }
    for (EventReceiver.Attempt attempt : receiver.taken()) {
      assertThat(verify(secret, attempt.signature(), attempt.body())).as("signature of " + attempt.body()).isTrue();
      assertThat(verify("wrong-secret", attempt.signature(), attempt.body())).isFalse();
      assertThat(attempt.eventId()).isEqualTo(attempt.json().get("id").asText());
      assertThat(attempt.body()).doesNotContain(iin).doesNotContain("Сапарова").doesNotContain("Айгүл");
    }

    JsonNode registered = events.get(0);
    assertThat(registered.get("application").get("id").asText()).isEqualTo(id);
    assertThat(registered.get("application").get("standard").asInt()).isEqualTo(2);
    assertThat(registered.get("application").get("wording").asText()).isEqualTo("s02@2014-03-11");
    assertThat(registered.get("application").get("channel").asText()).isEqualTo("ztmo");
    assertThat(registered.get("application").get("status").asText()).isEqualTo("REGISTERED");
    assertThat(registered.get("application").get("dueDate").asText()).isEqualTo("2026-04-06");
    assertThat(registered.get("occurredAt").asText()).startsWith("2026-03-18T10:00");

    JsonNode extended = events.get(1).get("data");
    assertThat(extended.get("previousDueDate").asText()).isEqualTo("2026-04-06");
    assertThat(extended.get("dueDate").asText()).isEqualTo("2026-05-05");
    assertThat(extended.get("reason").get("kind").asText()).isEqualTo("DOCUMENT_REQUEST");
    assertThat(extended.get("reason").get("nameRu").asText()).isEqualTo("Запрошены дополнительные документы");

    JsonNode requested = events.get(2);
    assertThat(requested.get("application").get("status").asText()).isEqualTo("AWAITING_DOCUMENTS");
    JsonNode document = requested.get("data").get("requestedDocuments").get(0);
    assertThat(document.get("code").asText()).isEqualTo("power_of_attorney");
    assertThat(document.get("nameKk").asText()).as("the table's Kazakh name").isEqualTo("сенімхат");
    assertThat(document.get("nameRu").asText()).as("the table's Russian name").isEqualTo("доверенность");
    assertThat(requested.get("data").get("noticeDueDate").asText())
        .isEqualTo(day(notice));
    assertThat(requested.get("data").get("documentsDueDate").asText()).isEqualTo("2026-05-05");

    assertThat(events.get(3).get("data").get("dueDate").asText()).isEqualTo("2026-04-24");
    assertThat(events.get(4).get("data").get("documents").get(0).get("code").asText())
        .isEqualTo("power_of_attorney");
    JsonNode decided = events.get(5).get("data");
    assertThat(decided.get("decision").asText()).isEqualTo("refuse");
    assertThat(decided.get("refusalGround").get("code").asText()).isEqualTo("documents-not-provided");
    assertThat(decided.get("refusalGround").get("nameKk").asText()).isEqualTo("Сұратылған құжаттар берілмеді");
    assertThat(decided.get("refusalGround").get("nameRu").asText()).isEqualTo("Запрошенные документы не представлены");
    assertThat(events.get(6).get("application").get("status").asText()).isEqualTo("RESULT_READY");
    assertThat(events.get(7).get("data").get("outcome").asText()).isEqualTo("REFUSED");
    assertThat(events.get(7).get("application").get("status").asText()).isEqualTo("REFUSED");
    assertThat(receiver.taken()).as("one attempt per event: the receiver took each at once").hasSize(events.size());
  }

  @Test
  void aPackageRefusedAtThePsc_namesTheMissingDocuments_andAWithdrawalIsPushed() throws Exception {
    subscribe(ApiClient.CLIENT, receiver.url(), "[2]");
    JsonNode refused = api.submit(ApiClient.application("psc", "[\"application\",\"identity_document\"]"));
    assertThat(refused.get("status").asText()).isEqualTo("REFUSED_TO_ACCEPT");
    String refusedId = refused.get("id").asText();
    String withdrawnId = api.submit(ApiClient.application("ztmo", ApiClient.COMPLETE_PACKAGE)).get("id").asText();
    taskService.complete(review(withdrawnId).getId(), Map.of("decision", "withdraw"));

    awaitUntil(Duration.ofSeconds(30), () -> received(refusedId).size() >= 1 && received(withdrawnId).size() >= 2);
    JsonNode event = received(refusedId).get(0);
    assertThat(event.get("type").asText()).isEqualTo("application.refused-to-accept");
    assertThat(event.get("application").get("status").asText()).isEqualTo("REFUSED_TO_ACCEPT");
    assertThat(event.get("application").has("dueDate")).isFalse();
    JsonNode missing = event.get("data").get("missingDocuments");
    assertThat(ApiTestSupport.texts(missing, "code")).containsExactly("residence_registration_proof",
        "bank_account_details");
    assertThat(ApiTestSupport.texts(missing, "nameKk")).allMatch(name -> !name.isBlank() && !name.equals("null"));
    assertThat(ApiTestSupport.texts(missing, "nameRu")).allMatch(name -> !name.isBlank() && !name.equals("null"));
    assertThat(received(withdrawnId).stream().map(e -> e.get("type").asText()).toList())
        .containsExactly("application.registered", "application.withdrawn");
    assertThat(received(withdrawnId).get(1).get("application").get("status").asText()).isEqualTo("WITHDRAWN");
    assertThat(received(withdrawnId).get(1).get("application").has("closedAt")).isTrue();
  }

  @Test
  void complaintsAndABreachedTerm_arePushedToo() throws Exception {
    subscribe(ApiClient.CLIENT, receiver.url(), "[2]");
    String id = api.submit(ApiClient.application("ztmo", ApiClient.COMPLETE_PACKAGE)).get("id").asText();
    HttpResponse<String> filed = api.post("/api/v1/applications/" + id + "/complaints",
        "{\"level\": \"provider\", \"text\": \"Мерзімі өтті\"}");
    assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
    String complaintId = read(filed.body()).get("id").asText();
    Task complaintReview = taskService.createTaskQuery().processInstanceBusinessKey(complaintId)
        .taskDefinitionKey("UserTask_ReviewComplaint").singleResult();
    taskService.complete(complaintReview.getId(), Map.of("complaintOutcome", "rejected",
        "complaintReasons", "Негізсіз"));

    // The service term (6 April) passes with the review undone.
    ProcessScenario.clockAt("2026-04-07T09:00");
    for (var job : managementService.createJobQuery().timers()
        .duedateLowerThan(new java.util.Date(org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime().getTime() + 1))
        .list()) {
      if (runtimeService.createProcessInstanceQuery().processInstanceId(job.getProcessInstanceId())
          .processInstanceBusinessKey(id).count() > 0) {
        managementService.executeJob(job.getId());
      }
    }

    awaitUntil(Duration.ofSeconds(30), () -> received(id).stream()
        .anyMatch(e -> e.get("type").asText().equals("application.statutory-term-breached")));
    List<JsonNode> events = received(id);
    assertThat(events.stream().map(e -> e.get("type").asText()).toList()).containsExactly("application.registered",
        "complaint.registered", "complaint.answered", "application.statutory-term-breached");
    JsonNode registered = events.get(1).get("data");
    assertThat(registered.get("complaintId").asText()).isEqualTo(complaintId);
    assertThat(registered.get("level").asText()).isEqualTo("provider");
    assertThat(registered.get("levelNameRu").asText()).isNotBlank();
    assertThat(registered.get("dueDate").asText()).isEqualTo(read(api.get("/api/v1/complaints/" + complaintId)
        .body()).get("dueDate").asText());
    assertThat(events.get(2).get("data").get("outcome").asText()).isEqualTo("rejected");
    assertThat(events.get(2).get("data").get("complaintId").asText()).isEqualTo(complaintId);
    assertThat(events.get(2).toString()).as("the reasons are the reviewer's text: not sent").doesNotContain("Негізсіз");
    JsonNode breach = events.get(3).get("data");
    assertThat(breach.get("deadline").asText()).isEqualTo("SERVICE_TERM");
    assertThat(breach.get("dueDate").asText()).isEqualTo("2026-04-06");
  }

  @Test
  void aReceiverDown_getsEverythingAfter_inOrder_noLoss_duplicatesOnlyAsAtLeastOnce() throws Exception {
    properties.setInitialBackoff(Duration.ofSeconds(1));
    properties.setMaxBackoff(Duration.ofSeconds(8));
    properties.setMaxAttempts(1000);
    subscribe(ApiClient.CLIENT, receiver.url(), "[2]");
    receiver.failWith = 500;
    Instant downSince = Instant.now();

    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      ids.add(api.submit(ApiClient.application("ztmo", ApiClient.COMPLETE_PACKAGE)).get("id").asText());
    }
    awaitUntil(Duration.ofSeconds(20), () -> receiver.refused().size() >= 2);
    ProcessScenario.clockAt("2026-03-20T11:00");
    taskService.complete(review(ids.get(0)).getId(), Map.of("decision", "request-documents",
        "requestedDocuments", "disability_certificate"));
    sleepUntil(downSince.plusSeconds(DOWN_SECONDS / 2));
    receiver.stop(); // connections refused for the second half
    taskService.complete(review(ids.get(1)).getId(), Map.of("decision", "grant"));
    sleepUntil(downSince.plusSeconds(DOWN_SECONDS));
    receiver.failWith = 0;
    receiver.start();
    Instant upAt = Instant.now();

    Map<String, List<String>> written = new LinkedHashMap<>();
    for (String id : ids) {
      written.put(id, jdbc.queryForList("select id from qz_event where application_id = ? order by sequence",
          String.class, id));
    }
    int total = written.values().stream().mapToInt(List::size).sum();
    awaitUntil(Duration.ofSeconds(30), () -> distinctTaken(ids).size() >= total);
    Duration catchUp = Duration.between(upAt, Instant.now());

    for (String id : ids) {
      List<String> firstSeen = new ArrayList<>(new LinkedHashSet<>(receiver.taken().stream()
          .filter(a -> a.json().get("application").get("id").asText().equals(id)).map(EventReceiver.Attempt::eventId)
          .toList()));
      assertThat(firstSeen).as("events of " + id + " in the order written, none lost").isEqualTo(written.get(id));
    }
    List<String> taken = receiver.taken().stream().filter(a -> ids.contains(a.json().get("application").get("id")
        .asText())).map(EventReceiver.Attempt::eventId).toList();
    int duplicates = taken.size() - new LinkedHashSet<>(taken).size();
    assertThat(receiver.refused()).as("attempts while down").hasSizeGreaterThan(4);
    // This test's subscriptions only: another test's subscription may still be trying its own callback.
    assertThat(jdbc.queryForObject("select count(*) from qz_event_delivery d join qz_event e on e.id = d.event_id "
        + "where e.application_id in (?, ?, ?) and d.status <> 'DELIVERED' and d.subscription_id in ("
        + String.join(", ", java.util.Collections.nCopies(subscriptions.size(), "?")) + ")", Integer.class,
        java.util.stream.Stream.concat(ids.stream(), subscriptions.stream()).toArray()))
        .as("deliveries not delivered").isZero();
    System.out.println("events-receiver-down seconds=" + DOWN_SECONDS + " events=" + total + " delivered="
        + new LinkedHashSet<>(taken).size() + " lost=0 duplicates=" + duplicates + " failed-attempts="
        + receiver.refused().size() + " catch-up-ms=" + catchUp.toMillis());
  }

  @Test
  void aSlowReceiver_timesOut_andHoldsUpNoOtherReceiver() throws Exception {
    properties.setRequestTimeout(Duration.ofSeconds(1));
    properties.setInitialBackoff(Duration.ofSeconds(60)); // one attempt within the test
    try (EventReceiver slow = new EventReceiver()) {
      slow.delayMillis = 8_000;
      String slowSubscription = subscribe(ApiClient.CLIENT, slow.url(), "[2]").get("id").asText();
      subscribe(ApiClient.CLIENT, receiver.url(), "[2]");
      Instant submitted = Instant.now();
      String id = api.submit(ApiClient.application("ztmo", ApiClient.COMPLETE_PACKAGE)).get("id").asText();

      awaitUntil(Duration.ofSeconds(10), () -> received(id).size() == 1);
      Instant fastGotIt = receiver.taken().get(receiver.taken().size() - 1).at();
      awaitUntil(Duration.ofSeconds(10), () -> jdbc.queryForObject("select count(*) from qz_event_delivery "
          + "where subscription_id = ? and last_error is not null", Integer.class, slowSubscription) == 1);
      Map<String, Object> slowDelivery = jdbc.queryForMap("select status, attempts, last_error, last_status "
          + "from qz_event_delivery where subscription_id = ?", slowSubscription);
      assertThat(slowDelivery.get("status")).isEqualTo("PENDING");
      assertThat(((Number) slowDelivery.get("attempts")).intValue()).isEqualTo(1);
      assertThat((String) slowDelivery.get("last_error")).contains("Timeout");
      assertThat(slowDelivery.get("last_status")).isNull();
      assertThat(slow.attempts).hasSize(1);
      assertThat(Duration.between(submitted, fastGotIt)).as("the fast receiver did not wait for the slow one")
          .isLessThan(Duration.ofSeconds(8));
    }
  }

  @Test
  void afterTheLimit_aDeliveryIsParked_holdsBackItsApplication_andAnAdministratorReplaysIt() throws Exception {
    properties.setInitialBackoff(Duration.ofMillis(200));
    properties.setMaxBackoff(Duration.ofMillis(400));
    properties.setMaxAttempts(3);
    subscribe(ApiClient.CLIENT, receiver.url(), "[2]");
    receiver.failWith = 503;
    String id = api.submit(ApiClient.application("ztmo", ApiClient.COMPLETE_PACKAGE)).get("id").asText();

    awaitUntil(Duration.ofSeconds(20), () -> parked(id) != null);
    JsonNode parked = parked(id);
    assertThat(parked.get("attempts").asInt()).isEqualTo(3);
    assertThat(parked.get("lastStatus").asInt()).isEqualTo(503);
    assertThat(parked.get("eventType").asText()).isEqualTo("application.registered");
    assertThat(receiver.refused()).hasSize(3);
    problem(api.get("/api/v1/event-deliveries/dead-letters"), 403, null);
    problem(api.post("/api/v1/event-deliveries/" + parked.get("id").asText() + "/replay", "{}"), 403, null);

    // Later events of the application wait behind the parked one.
    ProcessScenario.clockAt("2026-03-20T11:00");
    taskService.complete(review(id).getId(), Map.of("decision", "request-documents",
        "requestedDocuments", "disability_certificate"));
    Thread.sleep(2_000); // several delivery passes; nothing may be attempted behind the parked delivery
    assertThat(receiver.attempts).hasSize(3);

    receiver.failWith = 0;
    HttpResponse<String> replay = api.http.post("/api/v1/event-deliveries/" + parked.get("id").asText() + "/replay",
        ADMIN, "demo", null);
    assertThat(replay.statusCode()).as(replay.body()).isEqualTo(202);
    assertThat(read(replay.body()).get("status").asText()).isEqualTo("PENDING");
    awaitUntil(Duration.ofSeconds(20), () -> received(id).size() >= 3);
    assertThat(received(id).stream().map(e -> e.get("sequence").asLong()).toList()).containsExactly(1L, 2L, 3L);
    assertThat(received(id).get(0).get("id").asText()).isEqualTo(parked.get("eventId").asText());

    problem(api.http.post("/api/v1/event-deliveries/" + parked.get("id").asText() + "/replay", ADMIN, "demo", null),
        409, "id");
    problem(api.http.post("/api/v1/event-deliveries/999999999/replay", ADMIN, "demo", null), 404, "id");
    problem(api.http.post("/api/v1/event-deliveries/x/replay", ADMIN, "demo", null), 404, "id");
  }

  @Test
  void aChangeThatRollsBack_announcesNothing_andARefusedSubmissionWritesNoEvent() {
    subscribe(ApiClient.CLIENT, receiver.url(), null);
    String id = api.submit(ApiClient.application("ztmo", ApiClient.COMPLETE_PACKAGE)).get("id").asText();
    int events = count("qz_event");
    int deliveries = count("qz_event_delivery");
    assertThat(jdbc.queryForObject("select count(*) from qz_event where application_id = ?", Integer.class, id))
        .isEqualTo(1);

    String review = review(id).getId();
    try {
      transactions.executeWithoutResult(status -> {
        taskService.complete(review, Map.of("decision", "refuse", "refusalGround", "documents-not-provided"));
        assertThat(count("qz_event")).as("inside the transaction: decided, result ready").isEqualTo(events + 2);
        throw new IllegalStateException("the change fails after the engine wrote it");
      });
    } catch (IllegalStateException expected) {
      // rolled back
    }
    assertThat(count("qz_event")).isEqualTo(events);
    assertThat(count("qz_event_delivery")).isEqualTo(deliveries);
    assertThat(review(id)).as("the review is still open").isNotNull();

    ObjectNode bad = ApiClient.application("ztmo", ApiClient.COMPLETE_PACKAGE);
    ((ObjectNode) bad.get("applicant")).put("iin", "850312300000");
    problem(api.post("/api/v1/applications", bad.toString()), 400, null);
    problem(api.post("/api/v1/applications/" + id + "/documents", "{\"documents\": [\"application\"]}"), 409, "id");
    assertThat(count("qz_event")).isEqualTo(events);
    assertThat(count("qz_event_delivery")).isEqualTo(deliveries);
  }

  @Test
  void subscriptions_belongToTheirClient_showTheSecretOnce_andRefuseBadInput() {
    JsonNode own = subscribe(ApiClient.CLIENT, "https://portal.example.kz/qyzmet/events", null);
    assertThat(own.get("secret").asText()).startsWith("qzs_").hasSizeGreaterThan(40);
    String id = own.get("id").asText();
    JsonNode read = read(api.get("/api/v1/subscriptions/" + id).body());
    assertThat(read.has("secret")).isFalse();
    assertThat(read.get("owner").asText()).isEqualTo(ApiClient.CLIENT);
    assertThat(read.get("pendingDeliveries").asInt()).isZero();
    JsonNode admins = subscribe(ADMIN, "http://127.0.0.1:9/admin", "[2, 3]");
    String adminsId = admins.get("id").asText();

    assertThat(ApiTestSupport.texts(read(api.get("/api/v1/subscriptions").body()), "id")).contains(id)
        .doesNotContain(adminsId);
    assertThat(ApiTestSupport.texts(read(api.get("/api/v1/subscriptions", ADMIN).body()), "id"))
        .contains(id, adminsId);
    problem(api.get("/api/v1/subscriptions/" + adminsId), 404, "id");
    problem(api.http.send(api.http.request("/api/v1/subscriptions/" + adminsId, ApiClient.CLIENT, "demo").DELETE()
        .build()), 404, "id");
    problem(api.get("/api/v1/subscriptions", "psc.operator"), 403, null);
    problem(api.post("/api/v1/subscriptions", "psc.operator", "{\"callbackUrl\": \"https://x.kz/e\"}"), 403, null);

    String path = "/api/v1/subscriptions";
    problem(api.post(path, "{}"), 400, "callbackUrl");
    problem(api.post(path, "{\"callbackUrl\": \"ftp://portal.kz/e\"}"), 400, "callbackUrl");
    assertThat(problem(api.post(path, "{\"callbackUrl\": \"http://portal.example.kz/e\"}"), 400, "callbackUrl")
        .get("reason").asText()).isEqualTo("https-required");
    problem(api.post(path, "{\"callbackUrl\": \"https://user:pw@portal.kz/e\"}"), 400, "callbackUrl");
    problem(api.post(path, "{\"callbackUrl\": \"not a url\"}"), 400, "callbackUrl");
    problem(api.post(path, "{\"callbackUrl\": \"https://portal.kz/e\", \"eventTypes\": [\"application.eaten\"]}"),
        400, "eventTypes");
    problem(api.post(path, "{\"callbackUrl\": \"https://portal.kz/e\", \"eventTypes\": []}"), 400, "eventTypes");
    problem(api.post(path, "{\"callbackUrl\": \"https://portal.kz/e\", \"standards\": [99]}"), 400, "standards");
    problem(api.post(path, "{\"callbackUrl\": \"https://portal.kz/e\", \"standards\": \"two\"}"), 400, "standards");
    problem(api.post(path, "{\"callbackUrl\": \"https://portal.kz/e\", \"secret\": \"mine\"}"), 400, "secret");
    problem(api.post(path, "[1]"), 400, null);

    HttpResponse<String> deleted = api.http.send(api.http.request("/api/v1/subscriptions/" + id, ApiClient.CLIENT,
        "demo").DELETE().build());
    assertThat(deleted.statusCode()).isEqualTo(204);
    problem(api.get("/api/v1/subscriptions/" + id), 404, "id");
  }

  // ---------------------------------------------------------------------------------------------

  JsonNode subscribe(String user, String url, String standards) {
    String body = "{\"callbackUrl\": \"" + url + "\", \"ownSubmissionsOnly\": true"
        + (standards == null ? "" : ", \"standards\": " + standards) + "}";
    HttpResponse<String> response = api.post("/api/v1/subscriptions", user, body);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    JsonNode created = read(response.body());
    assertThat(response.headers().firstValue("Location").orElse(""))
        .isEqualTo("/api/v1/subscriptions/" + created.get("id").asText());
    subscriptions.add(created.get("id").asText());
    return created;
  }

  Task review(String id) {
    return taskService.createTaskQuery().processInstanceBusinessKey(id).taskDefinitionKey(REVIEW).singleResult();
  }

  /** The events of the application the receiver took, first receipt of each, in the order received. */
  List<JsonNode> received(String applicationId) {
    Set<String> seen = new LinkedHashSet<>();
    List<JsonNode> events = new ArrayList<>();
    for (EventReceiver.Attempt attempt : receiver.taken()) {
      JsonNode json = attempt.json();
      if (json.get("application").get("id").asText().equals(applicationId) && seen.add(attempt.eventId())) {
        events.add(json);
      }
    }
    return events;
  }

  Set<String> distinctTaken(List<String> applicationIds) {
    Set<String> ids = new LinkedHashSet<>();
    receiver.taken().stream().filter(a -> applicationIds.contains(a.json().get("application").get("id").asText()))
        .forEach(a -> ids.add(a.eventId()));
    return ids;
  }

  JsonNode parked(String applicationId) {
    HttpResponse<String> response = api.get("/api/v1/event-deliveries/dead-letters", ADMIN);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    for (JsonNode delivery : read(response.body())) {
      if (delivery.get("applicationId").asText().equals(applicationId)
          && subscriptions.contains(delivery.get("subscriptionId").asText())) {
        return delivery;
      }
    }
    return null;
  }

  int count(String table) {
    return jdbc.queryForObject("select count(*) from " + table, Integer.class);
  }

  String day(Task task) {
    return task.getDueDate().toInstant().atZone(java.time.ZoneId.of("Asia/Almaty")).toLocalDate().toString();
  }

  /** What a receiver does: recompute HMAC-SHA256(secret, t + "." + body) and compare with v1. */
  static boolean verify(String secret, String header, String body) throws Exception {
    Map<String, String> parts = new LinkedHashMap<>();
    for (String part : header.split(",")) {
      String[] kv = part.split("=", 2);
      parts.put(kv[0], kv[1]);
    }
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    byte[] expected = mac.doFinal((parts.get("t") + "." + body).getBytes(StandardCharsets.UTF_8));
    long age = Math.abs(Instant.now().getEpochSecond() - Long.parseLong(parts.get("t")));
    return age < 300 && java.security.MessageDigest.isEqual(expected, HexFormat.of().parseHex(parts.get("v1")));
  }

  static void awaitUntil(Duration timeout, BooleanSupplier condition) throws InterruptedException {
    Instant end = Instant.now().plus(timeout);
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(end)) {
        throw new AssertionError("Not reached within " + timeout);
      }
      Thread.sleep(100);
    }
  }

  /** The receiver's down time is the scenario itself (a real minute), not a wait for a condition. */
  static void sleepUntil(Instant at) throws InterruptedException {
    long millis = Duration.between(Instant.now(), at).toMillis();
    if (millis > 0) {
      Thread.sleep(millis);
    }
  }
}
