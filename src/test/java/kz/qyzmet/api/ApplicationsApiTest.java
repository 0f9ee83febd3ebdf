package kz.qyzmet.api;

import static kz.qyzmet.api.ApiClient.COMPLETE_PACKAGE;
import static kz.qyzmet.api.ApiClient.application;
import static kz.qyzmet.api.ApiClient.problem;
import static kz.qyzmet.api.ApiClient.read;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import kz.qyzmet.QyzmetIntegrationTest;
import kz.qyzmet.application.ApplicationRecords;
import kz.qyzmet.calendar.DeadlineService;
import kz.qyzmet.process.ProcessScenario;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * POST and GET /api/v1/applications over HTTP, standard 2, submitted on Wednesday 18 March 2026 at
 * 10:00 in Almaty, just before Nauryz (21-25 March off): ten working days end on Monday 6 April.
 */
@QyzmetIntegrationTest
class ApplicationsApiTest {

  @LocalServerPort int port;
  @Autowired DeadlineService deadlines;
  @Autowired ApplicationRecords records;

  ApiClient api;

  @BeforeEach
  void justBeforeNauryz() {
    api = new ApiClient(port);
    ProcessScenario.clockAt("2026-03-18T10:00");
  }

  @AfterEach
  void resetClock() {
    ProcessScenario.resetClock();
  }

  @Test
  void completePackageAtThePsc_isRegistered_dueOnTheTenthWorkingDay() {
    HttpResponse<String> response = api.post("/api/v1/applications", application("psc", COMPLETE_PACKAGE).toString());

    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    JsonNode body = read(response.body());
    String id = body.get("id").asText();
    assertThat(id).matches("S02-20260318-[0-9A-F]{8}");
    assertThat(response.headers().firstValue("Location")).contains("/api/v1/applications/" + id);
    assertThat(body.get("standard").asInt()).isEqualTo(2);
    assertThat(body.get("channel").asText()).isEqualTo("psc");
    assertThat(body.get("status").asText()).isEqualTo("REGISTERED");
    assertThat(body.get("submittedAt").asText()).startsWith("2026-03-18T10:00").endsWith("+05:00");
    assertThat(body.get("dueDate").asText()).isEqualTo("2026-04-06")
        .isEqualTo(deadlines.dueDay(LocalDate.of(2026, 3, 18), 10).toString());
    assertThat(body.get("missingDocuments")).isEmpty();
    assertThat(records.find(id).orElseThrow().createdBy()).isEqualTo("integration.client");
  }

  @Test
  void incompletePackageAtThePsc_isRefusedToAccept_namingTheMissingDocuments() {
    JsonNode body = api.submit(application("psc", "[\"application\",\"identity_document\"]"));
    assertThat(body.get("status").asText()).isEqualTo("REFUSED_TO_ACCEPT");
    assertThat(body.get("missingDocuments").toString())
        .isEqualTo("[\"residence_registration_proof\",\"bank_account_details\"]");
    assertThat(body.has("dueDate")).isFalse();

    JsonNode view = read(api.get("/api/v1/applications/" + body.get("id").asText()).body());
    assertThat(view.get("result").get("status").asText()).isEqualTo("REFUSED_TO_ACCEPT");
    assertThat(view.get("result").get("missingDocuments")).hasSize(2);
    assertThat(view.get("currentSteps")).isEmpty();
  }

  @Test
  void atZtmo_theReviewStartsAtOnce_soTheFirstStateIsInReview() {
    JsonNode body = api.submit(application("ztmo", COMPLETE_PACKAGE));
    assertThat(body.get("status").asText()).isEqualTo("IN_REVIEW");
    assertThat(body.get("dueDate").asText()).isEqualTo("2026-04-06");
  }

  @Test
  void anIncompletePackageAtZtmo_isRegisteredAllTheSame_andSaysWhatIsMissing() {
    JsonNode body = api.submit(application("ztmo", "[\"application\",\"identity_document\"]"));
    assertThat(body.get("status").asText()).isEqualTo("IN_REVIEW");
    assertThat(body.get("missingDocuments")).hasSize(2);
  }

  @Test
  void theInformationOnlyPortalChannel_isAnsweredAtOnce() {
    JsonNode body = api.submit(application("portal", "[\"electronic_request\"]"));
    assertThat(body.get("status").asText()).isEqualTo("ANSWERED");
    JsonNode view = read(api.get("/api/v1/applications/" + body.get("id").asText()).body());
    assertThat(view.get("result").get("informationAnswer").asText()).isEqualTo("NO_DECISION");
  }

  @Test
  void aPackageReceivedEarlier_countsFromItsReceipt() {
    ObjectNode withOffset = application("psc", COMPLETE_PACKAGE);
    withOffset.put("submittedAt", "2026-03-17T09:00:00+05:00");
    JsonNode body = api.submit(withOffset);
    String due = deadlines.dueDay(LocalDate.of(2026, 3, 17), 10).toString();
    assertThat(due).isEqualTo("2026-04-03");
    assertThat(body.get("dueDate").asText()).isEqualTo(due);
    assertThat(body.get("submittedAt").asText()).isEqualTo("2026-03-17T09:00:00+05:00");
    assertThat(body.get("id").asText()).startsWith("S02-20260317-");

    ObjectNode localTimeInUtc = application("psc", COMPLETE_PACKAGE);
    localTimeInUtc.put("submittedAt", "2026-03-17T04:00:00Z");
    assertThat(api.submit(localTimeInUtc).get("submittedAt").asText()).isEqualTo("2026-03-17T09:00:00+05:00");

    ObjectNode withoutOffset = application("psc", COMPLETE_PACKAGE);
    withoutOffset.put("submittedAt", "2026-03-18T08:30");
    JsonNode sameDay = api.submit(withoutOffset);
    assertThat(sameDay.get("submittedAt").asText()).isEqualTo("2026-03-18T08:30:00+05:00");
    assertThat(sameDay.get("dueDate").asText()).isEqualTo("2026-04-06");
  }

  @Test
  void representative_setsTheFlag_soThePowerOfAttorneyIsRequired() {
    ObjectNode body = application("psc", COMPLETE_PACKAGE);
    ObjectNode representative = body.putObject("representative");
    representative.put("iin", ApiClient.newIin());
    representative.put("fullName", "Сапаров Марат");
    JsonNode refused = api.submit(body);
    assertThat(refused.get("status").asText()).isEqualTo("REFUSED_TO_ACCEPT");
    assertThat(refused.get("missingDocuments").toString()).isEqualTo("[\"power_of_attorney\"]");

    ObjectNode withPower = body.deepCopy();
    withPower.withArray("documents").add("power_of_attorney");
    assertThat(api.submit(withPower).get("status").asText()).isEqualTo("REGISTERED");
  }

  @Test
  void get_showsTheOpenStepWhoHoldsItTheDueDatesAndTheHistory() {
    String id = api.submit(application("psc", COMPLETE_PACKAGE)).get("id").asText();

    HttpResponse<String> response = api.get("/api/v1/applications/" + id, "process.owner");
    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode view = read(response.body());
    assertThat(view.get("id").asText()).isEqualTo(id);
    assertThat(view.get("status").asText()).isEqualTo("REGISTERED");
    // A process owner reads the applicant masked (docs/security.md): the surname and initials.
    assertThat(view.get("applicant").get("fullName").asText()).isEqualTo("Сапарова А. М.");
    assertThat(view.get("dueDate").asText()).isEqualTo("2026-04-06");
    assertThat(view.get("originalDueDate").asText()).isEqualTo("2026-04-06");
    assertThat(view.get("dueAt").asText()).isEqualTo("2026-04-06T18:00:00+05:00");

    JsonNode step = view.get("currentSteps").get(0);
    assertThat(view.get("currentSteps")).hasSize(1);
    assertThat(step.get("step").asText()).isEqualTo("UserTask_ForwardPackage");
    assertThat(step.get("name").asText()).isEqualTo("S02 · Құжаттарды жіберу / Направить документы услугодателю · Сапарова А.");
    assertThat(step.get("process").asText()).isEqualTo("common-statutory-review");
    assertThat(step.get("candidateGroups").toString()).isEqualTo("[\"psc-operators\"]");
    assertThat(step.get("dueDate").asText()).isEqualTo("2026-04-06");

    assertThat(view.get("deadlineChanges").get(0).get("kind").asText()).isEqualTo("REGISTERED");
    assertThat(view.get("deadlineChanges").get(0).get("dueDate").asText()).isEqualTo("2026-04-06");
    List<String> path = new ArrayList<>();
    view.get("history").forEach(s -> path.add(s.get("activityId").asText()));
    assertThat(path).containsSubsequence("StartEvent_ApplicationSubmitted", "CallActivity_Intake",
        "StartEvent_PackageHandedIn", "ServiceTask_CheckPackage", "ServiceTask_RegisterApplication",
        "EndEvent_Registered", "CallActivity_Review", "UserTask_ForwardPackage");
    assertThat(path).doesNotContain("Gateway_PackageComplete");
    JsonNode first = view.get("history").get(0);
    assertThat(first.get("process").asText()).isEqualTo("s02-basic-pension-payment-assignment");
    assertThat(first.get("startedAt").asText()).startsWith("2026-03-18T10:00");
    assertThat(view.has("result")).isFalse();
  }

  @Test
  void unknownApplication_404() {
    problem(api.get("/api/v1/applications/S02-20260318-00000000"), 404, "id");
    problem(api.post("/api/v1/applications/S02-20260318-00000000/documents", "{\"documents\": [\"application\"]}"),
        404, "id");
    problem(api.post("/api/v1/applications/S02-20260318-00000000/complaints",
        "{\"level\": \"provider\", \"text\": \"Жауап жоқ\"}"), 404, "id");
  }

  @Test
  void aBodyThatIsNotJson_415() {
    HttpResponse<String> response = api.http.send(api.http.request("/api/v1/applications", ApiClient.CLIENT,
        ApiClient.PASSWORD).header("Content-Type", "text/plain")
        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("standard=2")).build());
    assertThat(response.statusCode()).isEqualTo(415);
    assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
  }

  @Test
  void theOpenApiDocumentDescribesTheApi_andSwaggerUiIsServed() {
    HttpResponse<String> docs = api.http.get("/v3/api-docs", null, null);
    assertThat(docs.statusCode()).isEqualTo(200);
    JsonNode openApi = read(docs.body());
    assertThat(openApi.get("paths").has("/api/v1/applications")).isTrue();
    assertThat(openApi.get("paths").has("/api/v1/applications/{id}/documents")).isTrue();
    assertThat(openApi.get("paths").has("/api/v1/complaints/{id}")).isTrue();
    assertThat(openApi.get("paths").has("/api/v1/standards/{number}/required-documents")).isTrue();
    JsonNode submit = openApi.get("paths").get("/api/v1/applications").get("post");
    assertThat(submit.get("requestBody").get("content").get("application/json").get("schema").get("$ref").asText())
        .endsWith("/SubmitApplicationRequest");
    assertThat(submit.get("responses").has("201")).isTrue();
    assertThat(submit.get("responses").has("409")).isTrue();
    assertThat(openApi.get("components").get("schemas").get("SubmitApplicationRequest").get("required").toString())
        .contains("standard", "channel", "applicant", "documents");
    assertThat(openApi.get("components").get("securitySchemes").get("basicAuth").get("scheme").asText())
        .isEqualTo("basic");
    assertThat(api.http.get("/swagger-ui/index.html", null, null).statusCode()).isEqualTo(200);
  }
}
