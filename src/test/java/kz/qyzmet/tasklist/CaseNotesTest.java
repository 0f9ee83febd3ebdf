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
import kz.qyzmet.QyzmetIntegrationTest;
import kz.qyzmet.TestIins;
import kz.qyzmet.WebappSession;
import kz.qyzmet.identity.OpenTaskGrants;
import kz.qyzmet.security.Roles;
import org.camunda.bpm.engine.authorization.Resources;
import kz.qyzmet.process.ProcessScenario;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The case's notes: workers add and read comments on the tasks of their group and their own, over
 * the REST paths Tasklist uses, and nobody else does; every note of the application so far is in the
 * next task's {@code caseNotes}.
 */
@QyzmetIntegrationTest
class CaseNotesTest {

  static final String PROCESS = "s02-basic-pension-payment-assignment";
  static final String FORWARD_STEP = "Құжаттарды жіберу / Направить документы услугодателю";

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired TaskService taskService;
  @Autowired OpenTaskGrants openTaskGrants;
  final ObjectMapper json = new ObjectMapper();
  private final Map<String, WebappSession> sessions = new HashMap<>();

  @AfterEach
  void resetClock() {
    ProcessScenario.resetClock();
  }

  @Test
  void aNoteOnTheForwardTask_isReadOnTheReview_andOnlyTheTasksWorkersWriteAndReadNotes() throws Exception {
    clockAt("2026-03-18T10:00");
    ProcessScenario scenario = new ProcessScenario(engine);
    scenario.start(PROCESS, Map.of("channel", "psc", "applicantName", "Сапарова Айгүл Маратқызы",
        "applicantIin", TestIins.random("8701014"),
        "documentsSubmitted", "application,identity_document,residence_registration_proof,bank_account_details"));
    Task forward = scenario.task("UserTask_ForwardPackage");
    String task = ENGINE + "/task/" + forward.getId();
    assertThat(new TaskForms(port, engine).shown(forward.getId(), CaseNotes.VARIABLE)).as("no notes yet").isEqualTo("—");

    // A candidate of the task's group, before claiming it.
    clockAt("2026-03-18T10:25");
    HttpResponse<String> added = session("psc.operator").post(task + "/comment/create",
        "{\"message\": \"Анықтаманың *көшірмесі* анық емес [қайта] #1\\nтүпнұсқасы келеді\"}");
    assertThat(added.statusCode()).as(added.body()).isEqualTo(200);
    assertThat(comments(task, "psc.operator")).extracting(comment -> comment.path("userId").asText())
        .containsExactly("psc.operator");

    // Workers of another group, heads without the task and process owners neither write nor read them.
    for (String outsider : List.of("ztmo.specialist", "provider.specialist", "department.head", "psc.head",
        "quality.inspector", "process.owner")) {
      HttpResponse<String> comment = session(outsider).post(task + "/comment/create", "{\"message\": \"бөгде\"}");
      assertThat(comment.statusCode()).as("comment as %s: %s", outsider, comment.body()).isIn(400, 403, 404);
      HttpResponse<String> read = session(outsider).get(task + "/comment");
      assertThat(read.statusCode()).as("read as %s: %s", outsider, read.body()).isIn(403, 404);
      assertThat(read.body()).doesNotContain("түпнұсқасы");
    }
    // Notes are the case's record: not changed or deleted by the workers.
    String commentId = json.readTree(added.body()).path("id").asText();
    assertThat(session("psc.operator").put(task + "/comment", "{\"id\": \"" + commentId + "\", \"message\": \"x\"}")
        .statusCode()).isEqualTo(403);
    assertThat(session("psc.operator").delete(task + "/comment/" + commentId).statusCode()).isEqualTo(403);
    assertThat(taskService.getTaskComments(forward.getId())).hasSize(1);

    // The assignee, after claiming it.
    assertThat(session("psc.operator").post(task + "/claim", "{\"userId\": \"psc.operator\"}").statusCode())
        .isEqualTo(204);
    clockAt("2026-03-18T10:40");
    assertThat(session("psc.operator").post(task + "/comment/create", "{\"message\": \"Пакет жіберілді\"}")
        .statusCode()).isEqualTo(200);
    assertThat(session("psc.operator").post(task + "/submit-form",
        "{\"variables\": {\"packageForwarded\": {\"value\": true}}}").statusCode()).isEqualTo(204);

    Task review = scenario.task("UserTask_ReviewApplication");
    HttpResponse<String> variables = session("ztmo.specialist").get(ENGINE + "/task/" + review.getId()
        + "/form-variables");
    assertThat(variables.statusCode()).as(variables.body()).isEqualTo(200);
    assertThat(json.readTree(variables.body()).path(CaseNotes.VARIABLE).path("value").asText()).isEqualTo(
        "- 18.03.2026 10:25 · Айгүл Сапарова · " + FORWARD_STEP + ": Анықтаманың \\*көшірмесі\\* анық емес "
            + "\\[қайта\\] \\#1 түпнұсқасы келеді\n"
        + "- 18.03.2026 10:40 · Айгүл Сапарова · " + FORWARD_STEP + ": Пакет жіберілді");
    assertThat(json.readTree(variables.body()).path(CaseNotes.VARIABLE).path("type").asText()).isEqualTo("String");
  }

  /**
   * A task opened before its workers got the history grant (the database of an installation upgraded
   * over issue #17) answers their comments "No task found"; at start-up it gets the grants a task
   * gets today, its head's too, and its workers comment.
   */
  @Test
  void aTaskOpenedBeforeTheGrantsOfToday_getsThemAtStart_andItsWorkersComment() {
    ProcessScenario scenario = new ProcessScenario(engine);
    scenario.start(PROCESS, Map.of("channel", "ztmo", "applicantName", "Ескіова Гүлнар",
        "applicantIin", TestIins.random("8701014"),
        "documentsSubmitted", "application,identity_document,residence_registration_proof,bank_account_details"));
    String review = scenario.task("UserTask_ReviewApplication").getId();
    var authorizations = engine.getAuthorizationService();
    authorizations.createAuthorizationQuery().resourceType(Resources.HISTORIC_TASK).resourceId(review).list()
        .forEach(grant -> authorizations.deleteAuthorization(grant.getId()));
    authorizations.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(review)
        .groupIdIn(Roles.DEPARTMENT_HEADS).list().forEach(grant -> authorizations.deleteAuthorization(grant.getId()));
    String task = ENGINE + "/task/" + review;
    HttpResponse<String> before = session("ztmo.specialist").post(task + "/comment/create", "{\"message\": \"ескі\"}");
    assertThat(before.statusCode()).as(before.body()).isEqualTo(400);
    assertThat(before.body()).contains("No task found");

    openTaskGrants.grantMissing();

    assertThat(session("ztmo.specialist").post(task + "/comment/create", "{\"message\": \"жаңа\"}").statusCode())
        .isEqualTo(200);
    assertThat(authorizations.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(review)
        .groupIdIn(Roles.DEPARTMENT_HEADS).count()).isEqualTo(1);
    assertThat(authorizations.createAuthorizationQuery().resourceType(Resources.HISTORIC_TASK).resourceId(review)
        .groupIdIn(Roles.DEPARTMENT_HEADS).count()).as("heads do not read the history").isZero();
    long grants = authorizations.createAuthorizationQuery().count();
    openTaskGrants.grantMissing();
    assertThat(authorizations.createAuthorizationQuery().count()).as("nothing to do the second time").isEqualTo(grants);
  }

  @Test
  void manyLongNotes_keepTheNewestThatFitTheEnginesStringVariable() {
    CaseNotes notes = new CaseNotes(null, "Asia/Almaty");
    List<CaseNotes.Note> many = new java.util.ArrayList<>();
    for (int i = 0; i < 40; i++) {
      many.add(new CaseNotes.Note(ProcessScenario.at("2026-03-18T10:00"), "Айгүл Сапарова", "Қарау / Рассмотреть",
          i + " " + "ж".repeat(200)));
    }
    String text = notes.markdown(many);
    assertThat(text.length()).isLessThanOrEqualTo(FormText.MAX_LENGTH);
    assertThat(text).startsWith("- … тағы ").contains("ертерек жазба").endsWith("39 " + "ж".repeat(200));
    assertThat(CaseNotes.step("S02 · Өтінішті қарау / Рассмотреть заявление · Сапарова А.", "Сапарова А."))
        .isEqualTo("Өтінішті қарау / Рассмотреть заявление");
  }

  private List<JsonNode> comments(String task, String user) throws Exception {
    HttpResponse<String> response = session(user).get(task + "/comment");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    List<JsonNode> list = new java.util.ArrayList<>();
    json.readTree(response.body()).forEach(list::add);
    return list;
  }

  private WebappSession session(String user) {
    return sessions.computeIfAbsent(user, u -> WebappSession.login(port, u, "demo", "tasklist"));
  }
}
