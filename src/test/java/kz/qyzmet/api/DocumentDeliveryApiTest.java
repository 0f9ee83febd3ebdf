package kz.qyzmet.api;

import static kz.qyzmet.api.ApiClient.COMPLETE_PACKAGE;
import static kz.qyzmet.api.ApiClient.application;
import static kz.qyzmet.api.ApiClient.problem;
import static kz.qyzmet.api.ApiClient.read;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import kz.qyzmet.QyzmetIntegrationTest;
import kz.qyzmet.process.ProcessScenario;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/**
 * POST /api/v1/applications/{id}/documents: the reviewer asks for documents, they arrive over the
 * API, the review goes on with its due date counted from their arrival. Submitted at ZTMO on
 * Wednesday 18 March 2026 (no forwarding step), documents requested on Friday 20 March.
 */
@QyzmetIntegrationTest
class DocumentDeliveryApiTest extends ApiTestSupport.JustBeforeNauryz {

  static final String REVIEW = "UserTask_ReviewApplication";


  private Task reviewTask(String id) {
    return taskService.createTaskQuery().processInstanceBusinessKey(id).taskDefinitionKey(REVIEW).singleResult();
  }

  @Test
  void requestedDocumentsDelivered_theReviewGoesOnDueTenWorkingDaysAfterTheirArrival() {
    String id = awaitingDocuments("disability_certificate");

    JsonNode waiting = read(api.get("/api/v1/applications/" + id).body());
    assertThat(waiting.get("status").asText()).isEqualTo("AWAITING_DOCUMENTS");
    assertThat(waiting.get("documentRequest").get("requestedDocuments").toString())
        .isEqualTo("[\"disability_certificate\"]");
    assertThat(waiting.get("documentRequest").get("dueDate").asText()).isEqualTo("2026-05-05");
    assertThat(waiting.get("dueDate").asText()).isEqualTo("2026-05-05");
    assertThat(waiting.get("originalDueDate").asText()).isEqualTo("2026-04-06");
    List<String> steps = texts(waiting.get("currentSteps"), "step");
    assertThat(steps).containsExactlyInAnyOrder("UserTask_NotifyApplicant", "UserTask_ReceiveDocuments");

    ProcessScenario.clockAt("2026-04-10T12:00");
    HttpResponse<String> delivered = api.post("/api/v1/applications/" + id + "/documents",
        "{\"documents\": [\"disability_certificate\"]}");
    assertThat(delivered.statusCode()).as(delivered.body()).isEqualTo(200);
    JsonNode body = read(delivered.body());
    assertThat(body.get("status").asText()).isEqualTo("IN_REVIEW");
    assertThat(body.get("dueDate").asText()).isEqualTo("2026-04-24");
    assertThat(body.get("documentsDelivered").toString()).isEqualTo("[\"disability_certificate\"]");

    JsonNode after = read(api.get("/api/v1/applications/" + id).body());
    assertThat(after.get("currentSteps").get(0).get("step").asText()).isEqualTo(REVIEW);
    assertThat(after.get("currentSteps").get(0).get("candidateGroups").toString())
        .isEqualTo("[\"ztmo-specialists\"]");
    assertThat(after.has("documentRequest")).isFalse();
    List<String> kinds = texts(after.get("deadlineChanges"), "kind");
    assertThat(kinds).containsExactly("REGISTERED", "DOCUMENT_REQUEST", "DOCUMENTS_ARRIVED");
    List<String> path = texts(after.get("history"), "activityId");
    assertThat(path).containsSubsequence(REVIEW, "ServiceTask_DocumentsRequested", "CallActivity_DocumentRequest",
        "BoundaryEvent_DocumentsDelivered", "ServiceTask_DocumentsArrived", REVIEW);

    // Delivered already: nothing waits any more.
    problem(api.post("/api/v1/applications/" + id + "/documents", "{\"documents\": [\"disability_certificate\"]}"),
        409, "id");
  }

  @Test
  void documentsOfTheStandard_mayBeDeliveredBesidesThoseRequested() {
    String id = awaitingDocuments("disability_certificate");
    HttpResponse<String> delivered = api.post("/api/v1/applications/" + id + "/documents",
        "{\"documents\": [\"disability_certificate\", \"oralman_certificate\"]}");
    assertThat(delivered.statusCode()).as(delivered.body()).isEqualTo(200);
  }

  @Test
  void badDeliveries_400_andTheRequestWaitsOn() {
    String id = awaitingDocuments("disability_certificate");
    String path = "/api/v1/applications/" + id + "/documents";
    assertThat(problem(api.post(path, "{\"documents\": [\"passport\"]}"), 400, "documents[0]").get("reason").asText())
        .isEqualTo("unknown");
    assertThat(problem(api.post(path, "{\"documents\": []}"), 400, "documents").get("reason").asText())
        .isEqualTo("required");
    assertThat(problem(api.post(path, "{}"), 400, "documents").get("reason").asText()).isEqualTo("required");
    assertThat(problem(api.post(path, "{\"document\": \"x\"}"), 400, "document").get("reason").asText())
        .isEqualTo("unknown-field");
    problem(api.post(path, "{\"documents\": "), 400, "body");
    assertThat(read(api.get("/api/v1/applications/" + id).body()).get("status").asText())
        .isEqualTo("AWAITING_DOCUMENTS");
  }

  @Test
  void noDocumentRequestWaiting_409() {
    String id = api.submit(application("ztmo", COMPLETE_PACKAGE)).get("id").asText();
    var problem = problem(api.post("/api/v1/applications/" + id + "/documents",
        "{\"documents\": [\"application\"]}"), 409, "id");
    assertThat(problem.get("detail").asText()).contains(id).contains("waiting");
  }
}
