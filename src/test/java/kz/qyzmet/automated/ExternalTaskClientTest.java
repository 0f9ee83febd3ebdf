package kz.qyzmet.automated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import kz.qyzmet.HttpClientForTests;
import kz.qyzmet.QyzmetIntegrationTest;
import kz.qyzmet.TestIins;
import kz.qyzmet.process.ProcessScenario;
import org.camunda.bpm.client.ExternalTaskClient;
import org.camunda.bpm.client.interceptor.auth.BasicAuthProvider;
import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The ZTMO's information system as it would run: Camunda's own Java external-task client, signed in
 * with the system's account (HTTP Basic), against the running application's engine REST API. It
 * answers standard 8's statement requests on the topic {@code s08-depositor-statement}; the
 * applications are submitted and read over {@code /api/v1} as the e-government portal would.
 */
@QyzmetIntegrationTest
class ExternalTaskClientTest {

  static final String SYSTEM = "ztmo.system";
  static final String TOPIC = "s08-depositor-statement";
  static final String STATEMENT = "ZTMO-TRANSIT-2026-000777";
  static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired org.camunda.bpm.engine.HistoryService historyService;

  HttpClientForTests http;
  ExternalTaskClient client;
  final List<String> handled = new CopyOnWriteArrayList<>();

  @BeforeEach
  void onAWorkingMorning() {
    http = new HttpClientForTests(port);
    ProcessScenario.clockAt("2026-03-18T10:00");
  }

  @AfterEach
  void stopTheClient() {
    if (client != null) {
      client.stop();
    }
    ProcessScenario.resetClock();
  }

  /** Starts the system's worker: the real client, subscribed to its topic with the variables it reads. */
  void system(String user, Consumer2 answer) {
    client = ExternalTaskClient.create()
        .baseUrl("http://localhost:" + port + "/engine-rest")
        .addInterceptor(new BasicAuthProvider(user, "demo"))
        .workerId("ztmo-information-system")
        .maxTasks(5)
        .lockDuration(60_000)
        .build();
    client.subscribe(TOPIC).variables("applicationId", "applicantIin").handler((task, service) -> {
      handled.add(task.getVariable("applicationId"));
      answer.accept(task, service);
    }).open();
  }

  interface Consumer2 {
    void accept(ExternalTask task, ExternalTaskService service);
  }

  /** A standard 8 request on the portal, as the e-government portal submits it. */
  String submitOnThePortal(String iin) {
    ObjectNode body = JSON.createObjectNode();
    body.put("standard", 8);
    body.put("channel", "portal");
    ObjectNode applicant = body.putObject("applicant");
    applicant.put("iin", iin);
    applicant.put("fullName", "Сапарова Айгүл Маратқызы");
    body.putArray("documents").add("electronic_request");
    HttpResponse<String> response = http.post("/api/v1/applications", "integration.client", "demo", body.toString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return read(response.body()).get("id").asText();
  }

  JsonNode view(String id) {
    HttpResponse<String> response = http.get("/api/v1/applications/" + id, "integration.client", "demo");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return read(response.body());
  }

  /** Incidents of the application's processes, running or ended (history keeps every incident). */
  long incidents(String id) {
    return historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(id).list().stream()
        .mapToLong(p -> historyService.createHistoricIncidentQuery().processInstanceId(p.getId()).count()).sum();
  }

  List<String> steps(JsonNode view) {
    List<String> steps = new ArrayList<>();
    view.path("currentSteps").forEach(step -> steps.add(step.get("step").asText()));
    return steps;
  }

  @Test
  void theSystemAnswersWithTheStatement_whichBecomesTheResult_withinTheStatutoryTenMinutes() {
    String iin = TestIins.random("8501013");
    String id = submitOnThePortal(iin);
    JsonNode asked = view(id);
    assertThat(asked.get("status").asText()).isEqualTo("IN_REVIEW");
    // 10 minutes from the request (Standard 8, p. 4(1)), the timer on the system's task at the same moment.
    assertThat(asked.get("dueAt").asText()).isEqualTo("2026-03-18T10:10:00+05:00");
    Job timer = managementService.createJobQuery().timers().activityId("BoundaryEvent_AnswerTerm")
        .processInstanceId(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(id).singleResult().getId())
        .singleResult();
    assertThat(timer.getDuedate()).isEqualTo(ProcessScenario.at("2026-03-18T10:10"));

    List<String> iins = new CopyOnWriteArrayList<>();
    system(SYSTEM, (task, service) -> {
      iins.add(task.getVariable("applicantIin"));
      service.complete(task, Map.of("automatedResult", STATEMENT));
    });

    await().atMost(Duration.ofSeconds(30)).until(() -> "GRANTED".equals(view(id).get("status").asText()));
    JsonNode answered = view(id);
    assertThat(handled).contains(id);
    assertThat(iins).contains(iin);
    assertThat(answered.path("result").path("status").asText()).isEqualTo("GRANTED");
    assertThat(answered.path("result").path("decision").asText()).isEqualTo("grant");
    assertThat(answered.path("result").path("document").asText()).isEqualTo(STATEMENT);
    assertThat(answered.path("breaches")).isEmpty();
    List<String> path = new ArrayList<>();
    answered.path("history").forEach(step -> path.add(step.get("activityId").asText()));
    assertThat(path).contains("ServiceTask_RequestAnswer", "ServiceTask_AnswerReceived", "ServiceTask_PublishToCabinet")
        .doesNotContain("UserTask_ReviewApplication", "UserTask_AnswerByHand");
    assertThat(incidents(id)).isZero();
  }

  @Test
  void nobodyAnswers_theTermRunsOut_theBreachIsRecorded_andTheHeadEscalated_thenALateAnswerStillCounts() {
    String id = submitOnThePortal(TestIins.random("8501013"));
    ProcessScenario.clockAt("2026-03-18T10:10");
    String instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(id)
        .processDefinitionKey("s08-unified-pension-fund-depositor-funds-information").singleResult().getId();
    for (Job job : managementService.createJobQuery().processInstanceId(instance).timers()
        .duedateLowerThan(new java.util.Date(ClockUtil.getCurrentTime().getTime() + 1)).list()) {
      managementService.executeJob(job.getId());
    }
    JsonNode breached = view(id);
    assertThat(breached.path("breaches").toString()).isEqualTo("[\"SERVICE_TERM\"]");
    assertThat(steps(breached)).contains("UserTask_AnswerBreach");
    assertThat(incidents(id)).isZero();

    system(SYSTEM, (task, service) -> service.complete(task, Map.of("automatedResult", STATEMENT)));
    await().atMost(Duration.ofSeconds(30)).until(() -> "GRANTED".equals(view(id).get("status").asText()));
    assertThat(view(id).path("result").path("document").asText()).isEqualTo(STATEMENT);
  }

  @Test
  void theSystemReportsNoSuchDepositor_orFails_theReviewerAnswersByHand_andNoIncidentIsLeft() {
    String noDepositor = submitOnThePortal(TestIins.random("8501013"));
    String failing = submitOnThePortal(TestIins.random("8501013"));
    system(SYSTEM, (task, service) -> {
      if (noDepositor.equals(task.getVariable("applicationId"))) {
        service.handleBpmnError(task, "no-such-depositor", "No transit accounts for this IIN");
      } else if (failing.equals(task.getVariable("applicationId"))) {
        service.handleFailure(task, "Connection refused", "java.net.ConnectException", 0, 0);
      }
    });
    await().atMost(Duration.ofSeconds(30)).until(() -> steps(view(noDepositor)).contains("UserTask_AnswerByHand")
        && steps(view(failing)).contains("UserTask_AnswerByHand"));
    for (String id : List.of(noDepositor, failing)) {
      JsonNode waiting = view(id);
      assertThat(waiting.get("status").asText()).as(id).isEqualTo("IN_REVIEW");
      assertThat(waiting.path("currentSteps").get(0).path("candidateGroups").toString()).as(id)
          .isEqualTo("[\"ztmo-specialists\"]");
      assertThat(incidents(id)).as(id).isZero();
    }
  }

  static JsonNode read(String json) {
    try {
      return JSON.readTree(json);
    } catch (Exception e) {
      throw new IllegalArgumentException(json, e);
    }
  }
}
