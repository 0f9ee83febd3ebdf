package kz.qyzmet.tasklist;

import static kz.qyzmet.process.ProcessScenario.clockAt;
import static kz.qyzmet.WebappSession.ENGINE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.qyzmet.HttpClientForTests;
import kz.qyzmet.QyzmetIntegrationTest;
import kz.qyzmet.TestIins;
import kz.qyzmet.WebappSession;
import kz.qyzmet.process.ProcessScenario;
import kz.qyzmet.security.Roles;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The workers' Tasklist: each role's filters, created once and readable by its group only, what
 * each filter selects, and that a worker sees, opens and completes the tasks of their own group
 * only. Everything a worker does is checked over the REST API Tasklist itself calls.
 */
@QyzmetIntegrationTest
class TasklistFiltersTest {

  static final String PROCESS = "s02-basic-pension-payment-assignment";
  static final String COMPLETE_PACKAGE = "application,identity_document,residence_registration_proof,bank_account_details";
  static final List<String> WORKER_FILTERS = List.of("Менің тапсырмаларым / Мои задачи", "Топ кезегі / Очередь группы",
      "Бүгін мерзімі бітетін / Срок истекает сегодня", "Мерзімі өткен / Просроченные");

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired TasklistFilters tasklistFilters;
  @Autowired FilterService filterService;
  @Autowired TaskService taskService;
  @Autowired AuthorizationService authorizationService;
  @Autowired ManagementService managementService;

  HttpClientForTests http;
  final ObjectMapper json = new ObjectMapper();
  /** Each test's applications have an applicant of their own, so its filters see only them. */
  /** A name of its own (letters only, as a name must be) to find this test's tasks by. */
  final String applicant = "Формова Гүлжан " + UUID.randomUUID().toString().substring(0, 8)
      .chars().mapToObj(c -> String.valueOf((char) (Character.isDigit(c) ? 'g' + c - '0' : c))).reduce("", String::concat);

  private final Map<String, WebappSession> sessions = new HashMap<>();

  @BeforeEach
  void client() {
    http = new HttpClientForTests(port);
  }

  @AfterEach
  void resetClock() {
    ProcessScenario.resetClock();
  }

  @ParameterizedTest(name = "{0} sees the filters of {1}")
  @CsvSource({"psc.operator, psc-operators", "ztmo.specialist, ztmo-specialists",
      "provider.specialist, provider-specialists", "department.head, department-heads", "psc.head, psc-heads",
      "quality.inspector, quality-inspectors", "process.owner, process-owners"})
  void everyRoleSeesItsOwnFiltersOnly(String user, String group) throws Exception {
    JsonNode filters = get(ENGINE + "/filter?resourceType=Task", user);
    List<String> expected = new ArrayList<>(WORKER_FILTERS);
    if (RoleFilter.ESCALATION_GROUPS.contains(group)) {
      expected.add("Эскалациялар / Эскалации");
    }
    if (group.equals("department-heads")) {
      expected.addAll(List.of("Мамандардың бүгін мерзімі бітетін тапсырмалары / Задачи специалистов со сроком сегодня",
          "Мамандардың мерзімі өткен тапсырмалары / Просроченные задачи специалистов"));
    }
    if (group.equals("psc-heads")) {
      expected.addAll(List.of("Операторлардың бүгін мерзімі бітетін тапсырмалары / Задачи операторов со сроком сегодня",
          "Операторлардың мерзімі өткен тапсырмалары / Просроченные задачи операторов"));
    }
    assertThat(filters).extracting(filter -> filter.path("name").asText()).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(filters).allSatisfy(filter ->
        assertThat(filter.path("properties").path(TasklistFilters.GROUP_MARKER).asText()).isEqualTo(group));
  }

  @Test
  void everyFilterIsReadableByItsGroupOnly() {
    for (String group : RoleFilter.GROUPS) {
      List<Filter> filters = tasklistFilters.filtersOf(group);
      assertThat(filters).hasSize(RoleFilter.forGroup(group).size());
      for (Filter filter : filters) {
        assertThat(authorizationService.createAuthorizationQuery().resourceType(Resources.FILTER)
            .resourceId(filter.getId()).list())
            .singleElement()
            .satisfies(grant -> {
              assertThat(grant.getGroupId()).isEqualTo(group);
              assertThat(grant.getPermissions(new Permissions[] {Permissions.READ})).containsExactly(Permissions.READ);
            });
      }
    }
  }

  @Test
  void aRestartChangesNothing() {
    long filters = filterService.createFilterQuery().count();
    long authorizations = authorizationService.createAuthorizationQuery().count();

    tasklistFilters.setUp();

    assertThat(filterService.createFilterQuery().count()).isEqualTo(filters);
    assertThat(authorizationService.createAuthorizationQuery().count()).isEqualTo(authorizations);
  }

  @Test
  void anAdministratorsEditsAreKept_renamedFiltersAreNotDuplicated_deletedOnesStayDeleted() {
    Filter overdue = filter(Roles.PSC_OPERATORS, "overdue");
    Filter dueToday = filter(Roles.PSC_OPERATORS, "due-today");
    String originalName = overdue.getName();
    long filters = filterService.createFilterQuery().count();
    try {
      overdue.setName("Кешіккен / Опоздавшие");
      overdue.getProperties().put("color", "#000000");
      filterService.saveFilter(overdue);
      filterService.deleteFilter(dueToday.getId());

      tasklistFilters.setUp();

      Filter kept = filterService.getFilter(overdue.getId());
      assertThat(kept.getName()).isEqualTo("Кешіккен / Опоздавшие");
      assertThat(kept.getProperties()).containsEntry("color", "#000000");
      assertThat(filterService.createFilterQuery().count()).isEqualTo(filters - 1);
      assertThat(tasklistFilters.filtersOf(Roles.PSC_OPERATORS)).extracting(Filter::getName)
          .doesNotContain("Бүгін мерзімі бітетін / Срок истекает сегодня");
    } finally {
      Filter restore = filterService.getFilter(overdue.getId());
      restore.setName(originalName);
      restore.getProperties().put("color", RoleFilter.OVERDUE.color());
      filterService.saveFilter(restore);
      managementService.deleteProperty(TasklistFilters.CREATED_PREFIX + Roles.PSC_OPERATORS + ".due-today");
      tasklistFilters.setUp();
    }
    assertThat(filterService.createFilterQuery().count()).isEqualTo(filters);
  }

  @Test
  void aFilterStillUnderItsFormerEnglishNameIsRenamed_inKazakhAndRussian() {
    Filter queue = filter(Roles.ZTMO_SPECIALISTS, "group-queue");
    queue.setName(RoleFilter.GROUP_QUEUE.formerName());
    queue.getProperties().put("description", "Топтың барлық тапсырмалары, мерзімі бойынша / All my groups' tasks");
    queue.getProperties().put("variables", List.of(Map.of("name", "applicantIin", "label", "ЖСН / IIN")));
    filterService.saveFilter(queue);

    tasklistFilters.setUp();

    Filter renamed = filterService.getFilter(queue.getId());
    assertThat(renamed.getName()).isEqualTo("Топ кезегі / Очередь группы");
    assertThat(renamed.getProperties()).containsEntry("description",
        "Топтың барлық тапсырмалары, мерзімі бойынша / Все задачи группы, по сроку");
    assertThat(((List<?>) renamed.getProperties().get("variables")).stream()
        .map(v -> (String) ((Map<?, ?>) v).get("label")).toList())
        .containsExactly("Өтініш / Заявление", "Өтініш беруші / Заявитель", "ЖСН / ИИН", "Арна / Канал");
  }

  @Test
  void filterNamesDescriptionsAndCardLabelsAreKazakhAndRussian() {
    for (String group : RoleFilter.GROUPS) {
      for (Filter filter : tasklistFilters.filtersOf(group)) {
        ScreenTexts.assertKazakhAndRussian(filter.getName());
        ScreenTexts.assertKazakhAndRussian((String) filter.getProperties().get("description"));
        for (Object variable : (List<?>) filter.getProperties().get("variables")) {
          ScreenTexts.assertKazakhAndRussian((String) ((Map<?, ?>) variable).get("label"));
        }
      }
    }
  }

  @Test
  void aWorkerSeesOpensAndCompletesTheTasksOfTheirGroupOnly() throws Exception {
    String application = submit("ztmo", "2026-03-18T10:00");
    Task review = task(application);
    String path = ENGINE + "/task?processInstanceBusinessKey=" + application;

    assertThat(get(path, "ztmo.specialist")).extracting(task -> task.path("id").asText()).containsExactly(review.getId());
    // The department head sees the specialists' tasks to reassign them (HeadsViewTest), and works none of them.
    for (String outsider : List.of("psc.operator", "provider.specialist", "psc.head", "quality.inspector")) {
      assertThat(get(path, outsider)).as(outsider).isEmpty();
      assertThat(session(outsider).get(ENGINE + "/task/" + review.getId()).statusCode()).as(outsider)
          .isNotEqualTo(200);
      assertThat(session(outsider).get(ENGINE + "/task/" + review.getId() + "/form-variables").statusCode())
          .as(outsider).isNotEqualTo(200);
      assertThat(session(outsider).post(ENGINE + "/task/" + review.getId() + "/claim",
          "{\"userId\":\"" + outsider + "\"}").statusCode()).as(outsider).isNotEqualTo(204);
    }

    // The specialist opens the task's Camunda Form and the case it shows, claims it and decides.
    var form = session("ztmo.specialist").get(ENGINE + "/task/" + review.getId() + "/deployed-form");
    assertThat(form.statusCode()).isEqualTo(200);
    assertThat(json.readTree(form.body()).path("id").asText()).isEqualTo("review-application");
    JsonNode variables = get(ENGINE + "/task/" + review.getId() + "/form-variables", "ztmo.specialist");
    assertThat(variables.path("applicantName").path("value").asText()).isEqualTo(applicant);
    assertThat(variables.path("requiredDocuments").path("value").asText()).contains("bank_account_details");
    assertThat(session("ztmo.specialist").post(ENGINE + "/task/" + review.getId() + "/claim",
        "{\"userId\":\"ztmo.specialist\"}").statusCode()).isEqualTo(204);
    assertThat(session("ztmo.specialist").post(ENGINE + "/task/" + review.getId() + "/submit-form",
        "{\"variables\":{\"decision\":{\"value\":\"grant\"}}}").statusCode()).isEqualTo(204);

    Task handOver = task(application);
    assertThat(handOver.getTaskDefinitionKey()).isEqualTo("UserTask_HandOverResult");
    assertThat(get(path, "ztmo.specialist")).extracting(task -> task.path("name").asText())
        .containsExactly("S02 · Нәтижені беру / Выдать результат заявителю · Формова Г.");
  }

  @Test
  void theStartFormIsOfferedToThoseWhoTakeApplications() throws Exception {
    String path = ENGINE + "/process-definition/key/" + PROCESS + "/deployed-start-form";
    for (String user : List.of("psc.operator", "ztmo.specialist")) {
      var form = session(user).get(path);
      assertThat(form.statusCode()).as(user).isEqualTo(200);
      assertThat(json.readTree(form.body()).path("id").asText()).isEqualTo("submit-application-s02");
    }
    String startable = ENGINE + "/process-definition?key=" + PROCESS
        + "&latestVersion=true&startableInTasklist=true&startablePermissionCheck=true";
    assertThat(get(startable, "psc.operator")).hasSize(1);
    assertThat(get(startable, "department.head")).isEmpty();
  }

  @Test
  void theGroupQueueListsTheEarliestDueFirst_evenWhenTasklistAsksForTheNewestFirst() throws Exception {
    String later = submit("ztmo", "2026-03-18T10:00");
    String earlier = submit("ztmo", "2026-03-02T10:00");
    Date laterDue = task(later).getDueDate();
    Date earlierDue = task(earlier).getDueDate();
    assertThat(earlierDue).isBefore(laterDue);

    JsonNode tasks = list("ztmo.specialist", "group-queue", Roles.ZTMO_SPECIALISTS);

    assertThat(tasks).extracting(task -> task.path("processInstanceId").asText()).containsExactly(
        task(earlier).getProcessInstanceId(), task(later).getProcessInstanceId());
  }

  @Test
  void dueTodayAndOverdue_followTheClock() throws Exception {
    String application = submit("ztmo", "2026-03-18T10:00");
    Task review = task(application);
    assertThat(review.getDueDate()).isEqualTo(ProcessScenario.at("2026-04-06T18:00"));
    String group = Roles.ZTMO_SPECIALISTS;

    clockAt("2026-04-03T12:00");
    assertThat(list("ztmo.specialist", "due-today", group)).isEmpty();
    assertThat(list("ztmo.specialist", "overdue", group)).isEmpty();

    clockAt("2026-04-06T09:00");
    assertThat(list("ztmo.specialist", "due-today", group)).hasSize(1);
    assertThat(list("ztmo.specialist", "overdue", group)).isEmpty();

    clockAt("2026-04-06T18:01");
    assertThat(list("ztmo.specialist", "due-today", group)).hasSize(1);
    assertThat(list("ztmo.specialist", "overdue", group)).hasSize(1);

    // My tasks: only once claimed.
    assertThat(list("ztmo.specialist", "my-tasks", group)).isEmpty();
    taskService.claim(review.getId(), "ztmo.specialist");
    assertThat(list("ztmo.specialist", "my-tasks", group)).hasSize(1);
    assertThat(list("ztmo.specialist", "group-queue", group)).as("claimed tasks stay in the queue")
        .hasSize(1);
  }

  @Test
  void escalationsListTheTasksRaisedByAMissedDeadline_forTheHeadsOnly() throws Exception {
    clockAt("2026-03-18T10:00");
    ProcessScenario scenario = new ProcessScenario(engine);
    scenario.start(PROCESS, Map.of("channel", "ztmo", "applicantName", applicant,
        "applicantIin", TestIins.random("8701014"), "documentsSubmitted", COMPLETE_PACKAGE));
    scenario.moveClockAndFireTimers("2026-04-06T18:00");

    assertThat(list("department.head", "escalations", Roles.DEPARTMENT_HEADS))
        .extracting(task -> task.path("taskDefinitionKey").asText()).containsExactly("UserTask_AnswerBreach");
    assertThat(list("ztmo.specialist", "group-queue", Roles.ZTMO_SPECIALISTS))
        .extracting(task -> task.path("taskDefinitionKey").asText()).containsExactly("UserTask_ReviewApplication");
    clockAt("2026-04-06T18:01");
    assertThat(list("ztmo.specialist", "overdue", Roles.ZTMO_SPECIALISTS))
        .extracting(task -> task.path("taskDefinitionKey").asText()).containsExactly("UserTask_ReviewApplication");
    assertThat(RoleFilter.forGroup(Roles.ZTMO_SPECIALISTS)).doesNotContain(RoleFilter.ESCALATIONS);
  }

  private String submit(String channel, String at) {
    clockAt(at);
    ProcessScenario scenario = new ProcessScenario(engine);
    scenario.start(PROCESS, Map.of("channel", channel, "applicantName", applicant,
        "applicantIin", TestIins.random("8701014"),
        "documentsSubmitted", COMPLETE_PACKAGE));
    return scenario.instance().getBusinessKey();
  }

  private Task task(String application) {
    List<Task> tasks = taskService.createTaskQuery().processInstanceBusinessKey(application).list();
    assertThat(tasks).hasSize(1);
    return tasks.get(0);
  }

  private Filter filter(String group, String key) {
    return tasklistFilters.filtersOf(group).stream()
        .filter(filter -> key.equals(filter.getProperties().get(TasklistFilters.KEY_MARKER)))
        .findFirst().orElseThrow();
  }

  /**
   * Runs a role's filter as Tasklist does (asking for the newest first, narrowed by a search on the
   * applicant's name, which is this test's own).
   */
  private JsonNode list(String user, String key, String group) throws Exception {
    String body = json.writeValueAsString(Map.of(
        "processVariables", List.of(Map.of("name", "applicantName", "operator", "eq", "value", applicant)),
        "sorting", List.of(Map.of("sortBy", "created", "sortOrder", "desc"))));
    var response = session(user).post(ENGINE + "/filter/" + filter(group, key).getId() + "/list", body);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return json.readTree(response.body());
  }

  /** The user's Tasklist session (process owners too: they use Tasklist for their own tasks). */
  private WebappSession session(String user) {
    return sessions.computeIfAbsent(user, u -> WebappSession.login(port, u, "demo", "tasklist"));
  }

  private JsonNode get(String path, String user) throws Exception {
    var response = session(user).get(path);
    assertThat(response.statusCode()).as("%s as %s: %s", path, user, response.body()).isEqualTo(200);
    return json.readTree(response.body());
  }
}
