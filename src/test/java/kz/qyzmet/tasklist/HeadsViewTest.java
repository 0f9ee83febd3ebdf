package kz.qyzmet.tasklist;

import static kz.qyzmet.WebappSession.ENGINE;
import static kz.qyzmet.process.ProcessScenario.clockAt;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.qyzmet.QyzmetIntegrationTest;
import kz.qyzmet.TestIins;
import kz.qyzmet.WebappSession;
import kz.qyzmet.identity.Supervision;
import kz.qyzmet.process.ProcessScenario;
import kz.qyzmet.security.Roles;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The department head's view of late work (issue #20): a standard 2 review 12 working days late is in
 * the head's "overdue" filter with who holds it, the head gives it to another specialist, and that
 * specialist finds it in "My tasks". Over the REST paths Tasklist uses, with a webapp session.
 */
@QyzmetIntegrationTest
class HeadsViewTest {

  static final String PROCESS = "s02-basic-pension-payment-assignment";
  final String applicant = "Кешова Әлия " + UUID.randomUUID().toString().substring(0, 6)
      .chars().mapToObj(c -> String.valueOf((char) (Character.isDigit(c) ? 'g' + c - '0' : c))).reduce("", String::concat);

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired TasklistFilters tasklistFilters;
  final ObjectMapper json = new ObjectMapper();
  private final Map<String, WebappSession> sessions = new HashMap<>();
  private String colleague;

  @AfterEach
  void cleanUp() {
    ProcessScenario.resetClock();
    if (colleague != null) {
      identityService.deleteUser(colleague);
    }
  }

  @Test
  void aReviewTwelveWorkingDaysLate_isInTheHeadsOverdueView_andTheHeadGivesItToAnotherSpecialist() throws Exception {
    clockAt("2026-03-18T10:00");
    ProcessScenario scenario = new ProcessScenario(engine);
    scenario.start(PROCESS, Map.of("channel", "ztmo", "applicantName", applicant,
        "applicantIin", TestIins.random("8701014"),
        "documentsSubmitted", "application,identity_document,residence_registration_proof,bank_account_details"));
    Task review = scenario.task("UserTask_ReviewApplication");
    assertThat(review.getDueDate()).isEqualTo(ProcessScenario.at("2026-04-06T18:00"));
    taskService.claim(review.getId(), "ztmo.specialist");

    // Due today, not yet late: in the head's "due today", not in "overdue".
    clockAt("2026-04-06T09:00");
    assertThat(list("department.head", "workers-due-today")).extracting(task -> task.path("id").asText())
        .containsExactly(review.getId());
    assertThat(list("department.head", "workers-overdue")).isEmpty();

    // 12 working days after the statutory date (7-10, 13-17, 20-22 April 2026); the deadline timer
    // has fired on the way and given the head the escalation too.
    scenario.moveClockAndFireTimers("2026-04-22T12:00");
    JsonNode overdue = list("department.head", "workers-overdue");
    assertThat(overdue).extracting(task -> task.path("id").asText()).containsExactly(review.getId());
    assertThat(overdue.get(0).path("assignee").asText()).isEqualTo("ztmo.specialist");
    assertThat(overdue.get(0).path("due").asText()).isEqualTo("2026-04-06T13:00:00.000+0000");
    assertThat(list("department.head", "workers-due-today")).isEmpty();
    assertThat(list("department.head", "escalations")).extracting(task -> task.path("taskDefinitionKey").asText())
        .containsExactly("UserTask_AnswerBreach");
    // The PSC's head and operator see none of it; the PSC head's view is of the operators' tasks.
    assertThat(list("psc.head", "workers-overdue")).isEmpty();
    assertThat(session("psc.operator").get(ENGINE + "/task/" + review.getId()).statusCode()).isIn(403, 404);

    // Opened, it shows the head why the case is not shown and what they can do, and nothing of the case:
    // the form is a text, its variables none (the engine refuses them: the head may not read them).
    HttpResponse<String> formRef = session("department.head").get(ENGINE + "/task/" + review.getId() + "/form");
    assertThat(formRef.statusCode()).isEqualTo(200);
    assertThat(json.readTree(formRef.body()).path("camundaFormRef").path("key").asText())
        .isEqualTo(SupervisedTaskForm.FORM_ID);
    HttpResponse<String> form = session("department.head").get(ENGINE + "/task/" + review.getId() + "/deployed-form");
    assertThat(form.statusCode()).isEqualTo(200);
    assertThat(json.readTree(form.body()).path("id").asText()).isEqualTo(SupervisedTaskForm.FORM_ID);
    assertThat(json.readTree(form.body()).path("components").get(0).path("text").asText())
        .contains("Дело по этой задаче видят только те, кто её выполняет", "нажмите на имя исполнителя выше");
    HttpResponse<String> variables = session("department.head").get(ENGINE + "/task/" + review.getId()
        + "/form-variables");
    assertThat(variables.statusCode()).isEqualTo(200);
    assertThat(variables.body()).isEqualTo("{}");
    assertThat(session("department.head").get(ENGINE + "/task/" + review.getId() + "/variables").statusCode())
        .isEqualTo(403);
    // The specialist who holds it gets the review's own form and the case; a worker of another office nothing.
    assertThat(json.readTree(session("ztmo.specialist").get(ENGINE + "/task/" + review.getId() + "/deployed-form")
        .body()).path("id").asText()).isEqualTo("review-application");
    assertThat(json.readTree(session("ztmo.specialist").get(ENGINE + "/task/" + review.getId() + "/form")
        .body()).path("camundaFormRef").path("key").asText()).isEqualTo("review-application");
    assertThat(session("ztmo.specialist").get(ENGINE + "/task/" + review.getId() + "/form-variables").body())
        .contains(applicant);
    assertThat(session("psc.operator").get(ENGINE + "/task/" + review.getId() + "/deployed-form").statusCode())
        .isIn(403, 404);
    assertThat(session("psc.operator").get(ENGINE + "/task/" + review.getId() + "/form-variables").statusCode())
        .isIn(403, 404);

    // The head gives it to another specialist of the pension centre.
    colleague = "ztmo.specialist." + UUID.randomUUID().toString().substring(0, 6);
    User user = identityService.newUser(colleague);
    user.setFirstName("Ержан");
    user.setLastName("Тапсырмаев");
    user.setPassword("demo");
    identityService.saveUser(user);
    identityService.createMembership(colleague, Roles.ZTMO_SPECIALISTS);
    HttpResponse<String> lookUp = session("department.head").get(ENGINE + "/user?id=" + colleague + "&maxResults=1");
    assertThat(lookUp.statusCode()).isEqualTo(200);
    assertThat(json.readTree(lookUp.body())).as("Tasklist checks the new assignee exists").hasSize(1);
    HttpResponse<String> reassigned = session("department.head").post(ENGINE + "/task/" + review.getId() + "/assignee",
        "{\"userId\": \"" + colleague + "\"}");
    assertThat(reassigned.statusCode()).as(reassigned.body()).isEqualTo(204);

    assertThat(list(colleague, "my-tasks", Roles.ZTMO_SPECIALISTS)).extracting(task -> task.path("id").asText())
        .containsExactly(review.getId());
    assertThat(list("ztmo.specialist", "my-tasks", Roles.ZTMO_SPECIALISTS)).isEmpty();
    assertThat(list("department.head", "workers-overdue").get(0).path("assignee").asText()).isEqualTo(colleague);
    // The new assignee works it: claims nothing, completes it.
    assertThat(session(colleague).post(ENGINE + "/task/" + review.getId() + "/submit-form",
        "{\"variables\": {\"decision\": {\"value\": \"grant\"}}}").statusCode()).isEqualTo(204);
    // The result's hand-over keeps the statutory date, so it is late too, and the head sees it next.
    assertThat(list("department.head", "workers-overdue")).extracting(task -> task.path("taskDefinitionKey").asText())
        .containsExactly("UserTask_HandOverResult");
  }

  @Test
  void everyHeadsFilterIsNamedInKazakhAndRussian_andOnlyHeadsHaveThem() {
    for (Supervision supervision : Supervision.ALL) {
      List<String> keys = tasklistFilters.filtersOf(supervision.headGroup()).stream()
          .map(filter -> (String) filter.getProperties().get(TasklistFilters.KEY_MARKER)).toList();
      assertThat(keys).contains("workers-overdue", "workers-due-today");
      for (String worker : supervision.workerGroups()) {
        assertThat(tasklistFilters.filtersOf(worker)).extracting(Filter::getName)
            .noneMatch(name -> name.contains("Просроченные задачи специалистов"));
      }
    }
    assertThat(filter(Roles.DEPARTMENT_HEADS, "workers-overdue").getName())
        .isEqualTo("Мамандардың мерзімі өткен тапсырмалары / Просроченные задачи специалистов");
    assertThat(filter(Roles.DEPARTMENT_HEADS, "workers-due-today").getName())
        .isEqualTo("Мамандардың бүгін мерзімі бітетін тапсырмалары / Задачи специалистов со сроком сегодня");
  }

  private JsonNode list(String user, String key) throws Exception {
    return list(user, key, user.equals("psc.head") ? Roles.PSC_HEADS : Roles.DEPARTMENT_HEADS);
  }

  /** Runs the group's filter as Tasklist does, narrowed to this test's applicant. */
  private JsonNode list(String user, String key, String group) throws Exception {
    String body = json.writeValueAsString(Map.of(
        "processVariables", List.of(Map.of("name", "applicantName", "operator", "eq", "value", applicant)),
        "sorting", List.of(Map.of("sortBy", "created", "sortOrder", "desc"))));
    HttpResponse<String> response = session(user).post(ENGINE + "/filter/" + filter(group, key).getId() + "/list", body);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return json.readTree(response.body());
  }

  private Filter filter(String group, String key) {
    return tasklistFilters.filtersOf(group).stream()
        .filter(filter -> key.equals(filter.getProperties().get(TasklistFilters.KEY_MARKER)))
        .findFirst().orElseThrow();
  }

  private WebappSession session(String user) {
    return sessions.computeIfAbsent(user, u -> WebappSession.login(port, u, "demo", "tasklist"));
  }
}
