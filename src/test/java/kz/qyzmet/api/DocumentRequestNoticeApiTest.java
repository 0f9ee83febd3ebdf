package kz.qyzmet.api;

import static kz.qyzmet.api.ApiClient.problem;
import static kz.qyzmet.api.ApiClient.read;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import kz.qyzmet.QyzmetIntegrationTest;
import kz.qyzmet.process.ProcessScenario;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * POST /api/v1/applications/{id}/document-request/notice: standard 6 applied for on the portal on
 * Wednesday 18 March 2026; ZTMO's specialist asks for a document on Friday 20 March (the applicant
 * must be told within 5 working days, p. 4(1): by 1 April, Nauryz 21-25 March off); the portal shows
 * the request in the personal cabinet and says so.
 */
@QyzmetIntegrationTest
class DocumentRequestNoticeApiTest extends ApiTestSupport.JustBeforeNauryz {

  static final String NOTIFY = "UserTask_NotifyApplicant";
  static final String RECEIVE = "UserTask_ReceiveDocuments";
  static final String OTHER_PORTAL = "notice.other.portal";

  @Autowired HistoryService historyService;
  @Autowired ManagementService managementService;
  @Autowired IdentityService identityService;
  @Autowired JdbcTemplate jdbc;

  /** The portal's subscription, so that the documents-requested event is written (no receiver listens). */
  private String subscription;

  private void portalSubscribes() {
    HttpResponse<String> created = api.post("/api/v1/subscriptions", "{\"callbackUrl\": \"http://localhost:9/notice\", "
        + "\"eventTypes\": [\"application.registered\", \"application.documents-requested\"], \"standards\": [6]}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    subscription = read(created.body()).get("id").asText();
  }

  @AfterEach
  void portalUnsubscribes() {
    if (subscription != null) {
      assertThat(api.delete("/api/v1/subscriptions/" + subscription).statusCode()).isEqualTo(204);
      subscription = null;
    }
  }

  private String eventOf(String id, String type) {
    return jdbc.queryForObject("select id from qz_event where application_id = ? and type = ?", String.class, id, type);
  }

  private long notificationDeadlineTimers(String id) {
    return managementService.createJobQuery().activityId("BoundaryEvent_NotificationDeadline").timers().list().stream()
        .filter(job -> historyService.createHistoricProcessInstanceQuery().processInstanceId(job.getProcessInstanceId())
            .processInstanceBusinessKey(id).count() == 1)
        .count();
  }

  @Test
  void portalConfirmsTheNotice_theNotifyStepCompletesByItself_andTheApplicationSaysHowAndWhen() {
    portalSubscribes();
    String id = portalApplicationAwaiting(anyDocumentOfStandard6());
    String event = eventOf(id, "application.documents-requested");
    JsonNode waiting = read(api.get("/api/v1/applications/" + id).body());
    assertThat(waiting.get("status").asText()).isEqualTo("AWAITING_DOCUMENTS");
    assertThat(waiting.get("documentRequest").get("noticeDueDate").asText()).isEqualTo("2026-04-01");
    assertThat(waiting.get("documentRequest").has("applicantNotified")).isFalse();
    assertThat(notificationDeadlineTimers(id)).isEqualTo(1);

    ProcessScenario.clockAt("2026-03-23T09:00");
    HttpResponse<String> told = api.post("/api/v1/applications/" + id + "/document-request/notice",
        "{\"toldAt\": \"2026-03-20T11:30:00+05:00\", \"eventId\": \"" + event + "\"}");
    assertThat(told.statusCode()).as(told.body()).isEqualTo(200);
    JsonNode recorded = read(told.body());
    assertThat(recorded.get("applicantNotifiedBy").asText()).isEqualTo("egov-cabinet");
    assertThat(recorded.get("applicantNotifiedAt").asText()).isEqualTo("2026-03-20T11:30:00+05:00");
    assertThat(recorded.get("acknowledgedBy").asText()).isEqualTo(ApiClient.CLIENT);
    assertThat(recorded.get("eventId").asText()).isEqualTo(event);
    assertThat(recorded.get("replay").asBoolean()).isFalse();

    // The notice step is done and its escalation timer gone; the documents are still awaited.
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(id).taskDefinitionKey(NOTIFY).count()).isZero();
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(id).taskDefinitionKey(RECEIVE).count())
        .isEqualTo(1);
    assertThat(notificationDeadlineTimers(id)).isZero();
    JsonNode after = read(api.get("/api/v1/applications/" + id).body());
    assertThat(after.get("status").asText()).isEqualTo("AWAITING_DOCUMENTS");
    JsonNode notified = after.get("documentRequest").get("applicantNotified");
    assertThat(notified.get("how").asText()).isEqualTo("egov-cabinet");
    assertThat(notified.get("at").asText()).isEqualTo("2026-03-20T11:30:00+05:00");
    assertThat(notified.get("acknowledgedBy").asText()).isEqualTo(ApiClient.CLIENT);
    assertThat(texts(after.get("currentSteps"), "step")).containsExactly(RECEIVE);

    // A retried call answers what was recorded; nothing changes.
    HttpResponse<String> again = api.post("/api/v1/applications/" + id + "/document-request/notice", "{}");
    assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
    assertThat(again.headers().firstValue("Idempotent-Replay")).contains("true");
    assertThat(read(again.body()).get("applicantNotifiedAt").asText()).isEqualTo("2026-03-20T11:30:00+05:00");
    assertThat(read(again.body()).get("eventId").asText()).isEqualTo(event);
  }

  @Test
  void badConfirmations_400_andTheNoticeStepWaitsOn() {
    portalSubscribes();
    String id = portalApplicationAwaiting(anyDocumentOfStandard6());
    String uri = "/api/v1/applications/" + id + "/document-request/notice";
    problem(api.post(uri, "{\"toldAt\": \"yesterday\"}"), 400, "toldAt");
    problem(api.post(uri, "{\"toldAt\": \"2026-03-20T10:59:00+05:00\"}"), 400, "toldAt");
    problem(api.post(uri, "{\"toldAt\": \"2026-03-20T11:01:00+05:00\"}"), 400, "toldAt");
    problem(api.post(uri, "{\"eventId\": \"" + "x".repeat(129) + "\"}"), 400, "eventId");
    problem(api.post(uri, "{\"toldBy\": \"phone\"}"), 400, "toldBy");
    // An eventId must be a documents-requested event Qyzmet sent about this application.
    assertThat(problem(api.post(uri, "{\"eventId\": \"b3f1c2de-0000-4000-8000-000000000001\"}"), 400, "eventId")
        .get("reason").asText()).isEqualTo("unknown");
    problem(api.post(uri, "{\"eventId\": \"" + eventOf(id, "application.registered") + "\"}"), 400, "eventId");
    String other = portalApplicationAwaiting(anyDocumentOfStandard6());
    problem(api.post(uri, "{\"eventId\": \"" + eventOf(other, "application.documents-requested") + "\"}"), 400,
        "eventId");
    // An event of the application's earlier request (written the day before this one) announced that one.
    jdbc.update("insert into qz_event (id, application_id, sequence, type, payload, occurred_at) values "
        + "('earlier-request-" + id + "', ?, 0, 'application.documents-requested', '{}', ?)", id,
        java.time.OffsetDateTime.parse("2026-03-19T11:00:00+05:00"));
    JsonNode stale = problem(api.post(uri, "{\"eventId\": \"earlier-request-" + id + "\"}"), 409, "eventId");
    assertThat(stale.get("detail").asText()).contains("earlier document request").contains("2026-03-20T11:00");
    problem(api.post("/api/v1/applications/no-such-application/document-request/notice", "{}"), 404, "id");

    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(id).taskDefinitionKey(NOTIFY).count())
        .isEqualTo(1);
    assertThat(notificationDeadlineTimers(id)).isEqualTo(1);
  }

  @Test
  void onlyThePortalThatSubmitted_andOnlyForAPortalApplication() {
    String id = portalApplicationAwaiting(anyDocumentOfStandard6());
    if (identityService.createUserQuery().userId(OTHER_PORTAL).count() == 0) {
      User user = identityService.newUser(OTHER_PORTAL);
      user.setPassword(ApiClient.PASSWORD);
      identityService.saveUser(user);
      identityService.createMembership(OTHER_PORTAL, "integration-clients");
    }
    problem(api.post("/api/v1/applications/" + id + "/document-request/notice", OTHER_PORTAL, "{}"), 403, null);
    problem(api.post("/api/v1/applications/" + id + "/document-request/notice", "ztmo.specialist", "{}"), 403, null);
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(id).taskDefinitionKey(NOTIFY).count())
        .isEqualTo(1);

    // Handed in at ZTMO: the specialist tells the applicant and records it in Tasklist.
    String atZtmo = awaitingDocuments("disability_certificate");
    JsonNode refused = problem(api.post("/api/v1/applications/" + atZtmo + "/document-request/notice", "{}"), 409, "id");
    assertThat(refused.get("detail").asText()).contains("not on the portal");

    // A worker's record shows in the application the same way, without the portal's name.
    String notifyId = taskService.createTaskQuery().processInstanceBusinessKey(atZtmo).taskDefinitionKey(NOTIFY)
        .singleResult().getId();
    taskService.claim(notifyId, "ztmo.specialist");
    taskService.complete(notifyId, Map.of("applicantNotifiedBy", "phone"));
    JsonNode notified = read(api.get("/api/v1/applications/" + atZtmo).body()).get("documentRequest")
        .get("applicantNotified");
    assertThat(notified.get("how").asText()).isEqualTo("phone");
    assertThat(notified.get("recordedBy").asText()).isEqualTo("ztmo.specialist");
    assertThat(notified.has("acknowledgedBy")).isFalse();
  }
}
