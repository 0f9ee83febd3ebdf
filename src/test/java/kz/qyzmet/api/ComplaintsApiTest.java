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
import java.util.Map;
import kz.qyzmet.QyzmetIntegrationTest;
import kz.qyzmet.calendar.DeadlineService;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Complaints registered on Wednesday 18 March 2026 at 10:00 in Almaty. Nauryz (21-25 March) lies in
 * the term: 5 working days at the provider end on Monday 30 March (19, 20, 26, 27, 30), 15 at the
 * quality authority on Monday 13 April.
 */
@QyzmetIntegrationTest
class ComplaintsApiTest extends ApiTestSupport.JustBeforeNauryz {

  @Autowired DeadlineService deadlines;
  @Autowired HistoryService historyService;

  String applicationId;

  @BeforeEach
  void anApplicationJustBeforeNauryz() {
    applicationId = api.submit(application("ztmo", COMPLETE_PACKAGE)).get("id").asText();
  }

  private JsonNode file(String level) {
    return file(applicationId, level);
  }

  private JsonNode file(String applicationId, String level) {
    HttpResponse<String> response = api.post("/api/v1/applications/" + applicationId + "/complaints",
        "{\"level\": \"" + level + "\", \"text\": \"Өтінішім әлі қаралмады\"}");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    JsonNode complaint = read(response.body());
    assertThat(response.headers().firstValue("Location")).contains("/api/v1/complaints/" + complaint.get("id").asText());
    return complaint;
  }

  @Test
  void providerLevel_dueFiveWorkingDaysAfterTheDayOfRegistration() {
    JsonNode complaint = file("provider");
    LocalDate due = deadlines.dueDay(LocalDate.of(2026, 3, 18), 5);
    assertThat(due).isEqualTo(LocalDate.of(2026, 3, 30));
    assertThat(complaint.get("dueDate").asText()).isEqualTo(due.toString());
    assertThat(complaint.get("id").asText()).matches("C-S02-20260318-[0-9A-F]{8}");
    assertThat(complaint.get("applicationId").asText()).isEqualTo(applicationId);
    assertThat(complaint.get("level").asText()).isEqualTo("provider");
    assertThat(complaint.get("registeredAt").asText()).startsWith("2026-03-18T10:00").endsWith("+05:00");
  }

  @Test
  void qualityAuthorityLevel_dueFifteenWorkingDaysAfterTheDayOfRegistration() {
    JsonNode complaint = file("quality-authority");
    LocalDate due = deadlines.dueDay(LocalDate.of(2026, 3, 18), 15);
    assertThat(due).isEqualTo(LocalDate.of(2026, 4, 13));
    assertThat(complaint.get("dueDate").asText()).isEqualTo(due.toString());
  }

  @Test
  void pscHeadLevel_aPscEmployeesActions_onAnApplicationHandedInAtAPsc_reviewedByThePscHeadsInFiveWorkingDays() {
    String atPsc = api.submit(application("psc", COMPLETE_PACKAGE)).get("id").asText();
    JsonNode complaint = file(atPsc, "psc-head");
    assertThat(complaint.get("level").asText()).isEqualTo("psc-head");
    assertThat(complaint.get("dueDate").asText()).isEqualTo("2026-03-30");

    JsonNode open = read(api.get("/api/v1/complaints/" + complaint.get("id").asText(), "psc.head").body());
    assertThat(open.get("reviewerGroup").asText()).isEqualTo("psc-heads");
    assertThat(open.get("currentSteps").get(0).get("candidateGroups").toString()).isEqualTo("[\"psc-heads\"]");
    assertThat(open.get("currentSteps").get(0).get("dueDate").asText()).isEqualTo("2026-03-30");
  }

  @Test
  void pscHeadLevel_onAnApplicationNotHandedInAtAPsc_422_andNothingIsRegistered() {
    long before = historyService.createHistoricProcessInstanceQuery().processDefinitionKey("complaint-review").count();
    JsonNode problem = problem(api.post("/api/v1/applications/" + applicationId + "/complaints",
        "{\"level\": \"psc-head\", \"text\": \"ХҚО қызметкері дөрекі сөйледі\"}"), 422, "level");
    assertThat(problem.get("reason").asText()).isEqualTo("not-through-psc");
    assertThat(problem.get("detail").asText()).contains("ztmo", "not at a PSC");
    assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey("complaint-review").count())
        .isEqualTo(before);
  }

  @Test
  void pscHeadLevel_whereTheDecreeProvidesNoComplaintToThePscHead_422() {
    ObjectNode body = application("ztmo", "[\"application\"]");
    body.put("standard", 1);
    String standard1 = api.submit(body).get("id").asText();
    JsonNode problem = problem(api.post("/api/v1/applications/" + standard1 + "/complaints",
        "{\"level\": \"psc-head\", \"text\": \"ХҚО қызметкері\"}"), 422, "level");
    assertThat(problem.get("reason").asText()).isEqualTo("not-provided");
    assertThat(problem.get("detail").asText()).contains("Standard 1 provides no complaint to the PSC's head");
  }

  @Test
  void get_followsTheComplaintToItsOutcome_andTheApplicationListsIt() {
    String id = file("provider").get("id").asText();

    JsonNode open = read(api.get("/api/v1/complaints/" + id, "department.head").body());
    assertThat(open.get("status").asText()).isEqualTo("UNDER_REVIEW");
    assertThat(open.get("applicationId").asText()).isEqualTo(applicationId);
    assertThat(open.get("standard").asInt()).isEqualTo(2);
    assertThat(open.get("text").asText()).isEqualTo("Өтінішім әлі қаралмады");
    assertThat(open.get("dueDate").asText()).isEqualTo("2026-03-30");
    assertThat(open.get("reviewerGroup").asText()).isEqualTo("department-heads");
    JsonNode step = open.get("currentSteps").get(0);
    assertThat(step.get("step").asText()).isEqualTo("UserTask_ReviewComplaint");
    assertThat(step.get("candidateGroups").toString()).isEqualTo("[\"department-heads\"]");
    assertThat(step.get("dueDate").asText()).isEqualTo("2026-03-30");
    assertThat(read(api.get("/api/v1/applications/" + applicationId).body()).get("complaints").toString())
        .isEqualTo("[\"" + id + "\"]");

    taskService.complete(step.get("taskId").asText(), Map.of("complaintOutcome", "upheld",
        "complaintReasons", "Мерзімі бұзылған"));
    JsonNode closed = read(api.get("/api/v1/complaints/" + id).body());
    assertThat(closed.get("status").asText()).isEqualTo("CLOSED");
    assertThat(closed.get("outcome").asText()).isEqualTo("upheld");
    assertThat(closed.get("reasons").asText()).isEqualTo("Мерзімі бұзылған");
    assertThat(closed.get("currentSteps")).isEmpty();
  }

  @Test
  void aRejectedComplaintTakenToTheQualityAuthority_isFollowedUnderItsOwnId() {
    String id = file("provider").get("id").asText();
    String task = read(api.get("/api/v1/complaints/" + id).body()).get("currentSteps").get(0).get("taskId").asText();
    taskService.complete(task, Map.of("complaintOutcome", "rejected", "complaintReasons", "Негізсіз",
        "appealToQualityAuthority", true));

    JsonNode original = read(api.get("/api/v1/complaints/" + id).body());
    String appealId = original.get("appealId").asText();
    assertThat(appealId).isEqualTo(id + "-QA");
    JsonNode appeal = read(api.get("/api/v1/complaints/" + appealId).body());
    assertThat(appeal.get("level").asText()).isEqualTo("quality-authority");
    assertThat(appeal.get("reviewerGroup").asText()).isEqualTo("quality-inspectors");
    assertThat(appeal.get("status").asText()).isEqualTo("UNDER_REVIEW");
  }

  @Test
  void badComplaints_400() {
    String path = "/api/v1/applications/" + applicationId + "/complaints";
    assertThat(problem(api.post(path, "{\"level\": \"ministry\", \"text\": \"x\"}"), 400, "level").get("reason")
        .asText()).isEqualTo("unknown");
    assertThat(problem(api.post(path, "{\"text\": \"x\"}"), 400, "level").get("reason").asText())
        .isEqualTo("required");
    assertThat(problem(api.post(path, "{\"level\": \"provider\", \"text\": \"  \"}"), 400, "text").get("reason")
        .asText()).isEqualTo("required");
    assertThat(problem(api.post(path, "{\"level\": \"provider\", \"text\": \"" + "ы".repeat(4001) + "\"}"), 400,
        "text").get("reason").asText()).isEqualTo("too-long");
    assertThat(problem(api.post(path, "{\"level\": \"provider\", \"text\": \"x\", \"urgent\": true}"), 400,
        "urgent").get("reason").asText()).isEqualTo("unknown-field");
    problem(api.post(path, "{\"level\": \"provider\""), 400, "body");
  }

  @Test
  void unknownComplaint_404() {
    problem(api.get("/api/v1/complaints/C-S02-20260318-00000000"), 404, "id");
  }
}
