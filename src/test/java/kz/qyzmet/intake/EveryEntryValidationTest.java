package kz.qyzmet.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import kz.qyzmet.HttpClientForTests;
import kz.qyzmet.QyzmetIntegrationTest;
import kz.qyzmet.WebappSession;
import kz.qyzmet.TestIins;
import kz.qyzmet.application.ApplicationRecord;
import kz.qyzmet.application.ApplicationRecords;
import kz.qyzmet.catalog.StandardsCatalog;
import kz.qyzmet.process.ProcessScenario;
import kz.qyzmet.security.Roles;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every door into a standard's process checks the application the same way: the API, the engine
 * REST API's start and submit-form, the webapps' engine API (Tasklist's start form) and a start in
 * Java. A refused start is a 400 (409 for an application id in use) whose message names each field
 * in words, and leaves no row, instance or history behind.
 */
@QyzmetIntegrationTest
class EveryEntryValidationTest {

  static final ObjectMapper JSON = new ObjectMapper();
  static final String COMPLETE_PACKAGE = "application,identity_document,residence_registration_proof,bank_account_details";
  static final String ENGINE = WebappSession.ENGINE;

  @LocalServerPort int port;
  @Autowired StandardsCatalog catalog;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;
  @Autowired IdentityService identityService;
  @Autowired ApplicationRecords records;
  @Autowired JdbcTemplate jdbc;

  HttpClientForTests http;
  String processKey;

  @BeforeEach
  void justBeforeNauryz() {
    http = new HttpClientForTests(port);
    processKey = catalog.require(2).processKey();
    ProcessScenario.clockAt("2026-03-18T10:00");
  }

  @AfterEach
  void resetClock() {
    ProcessScenario.resetClock();
    identityService.clearAuthentication();
  }

  // ---- the facts, through the engine REST API ----

  static Arguments mistake(String name, Consumer<ObjectNode> change, String message) {
    return Arguments.of(name, change, message);
  }

  static Stream<Arguments> mistakes() {
    return Stream.of(
        mistake("IIN of 11 digits", v -> text(v, "applicantIin", "85031230012"), "Өтініш берушінің ЖСН: 12 саннан тұруы тиіс / ИИН заявителя: должен состоять из 12 цифр"),
        mistake("IIN of zeros", v -> text(v, "applicantIin", "000000000000"),
            "ИИН заявителя: содержит невозможную дату рождения"),
        mistake("IIN failing its control digit", v -> text(v, "applicantIin", "850312300122"),
            "Өтініш берушінің ЖСН: бақылау цифрына сәйкес келмейді / ИИН заявителя: не проходит проверку контрольной цифры"),
        mistake("IIN born on 30 February", v -> text(v, "applicantIin", "850230300121"),
            "ИИН заявителя: содержит невозможную дату рождения"),
        mistake("IIN born in 2030", v -> text(v, "applicantIin", "300101500121"),
            "ИИН заявителя: содержит невозможную дату рождения"),
        mistake("no IIN", v -> v.remove("applicantIin"), "Өтініш берушінің ЖСН: толтырылмаған / ИИН заявителя: не заполнено"),
        mistake("IIN as a number", v -> v.set("applicantIin", JSON.createObjectNode().put("value", 850312300121L)
            .put("type", "Long")), "ИИН заявителя: должен состоять из 12 цифр"),
        mistake("HTML as the name", v -> text(v, "applicantName", "<b>Сапарова</b>"),
            "ФИО заявителя: может содержать только буквы, пробелы, дефисы, апострофы и точки"),
        mistake("script as the name", v -> text(v, "applicantName", "<script>alert(1)</script>"),
            "Өтініш берушінің аты-жөні: тек әріптерден"),
        mistake("endless name", v -> text(v, "applicantName", "А".repeat(301)),
            "ФИО заявителя: длиннее допустимого"),
        mistake("unknown channel", v -> text(v, "channel", "akim"), "Канал приёма «akim»: не предусмотрено этим стандартом или этим каналом"),
        mistake("a case type standard 2 lacks", v -> text(v, "caseType", "age"),
            "Вид дела «age»: не предусмотрено этим стандартом"),
        mistake("unknown flag", v -> text(v, "applicantFlags", "veteran"),
            "Отметка о заявителе «veteran»: не предусмотрено этим стандартом"),
        mistake("unknown document", v -> text(v, "documentsSubmitted", "application,passport"),
            "Сданный документ «passport»: отсутствует в перечне документов этого стандарта"),
        mistake("submittedAt in 2100", v -> date(v, "2100-01-01T10:00:00.000+0500"), "Время подачи: указывает на время, которое ещё не наступило"),
        mistake("submittedAt before the calendar", v -> date(v, "2010-01-05T10:00:00.000+0600"),
            "Время подачи: вне производственного календаря"),
        mistake("submittedAt as text", v -> text(v, "submittedAt", "2026-03-18"), "Время подачи: должно быть датой и временем"));
  }

  @ParameterizedTest(name = "{0}: 400 saying \"{2}\"")
  @MethodSource("mistakes")
  void engineRestStart_asAdministrator_isA400NamingTheFieldAndWritesNothing(String name, Consumer<ObjectNode> change,
      String message) {
    ObjectNode variables = variables();
    change.accept(variables);
    Counts before = counts();
    HttpResponse<String> response = http.post("/engine-rest/process-definition/key/" + processKey + "/start",
        "demo", "demo", start(variables, null));
    assertRefused(response, 400, message);
    assertThat(counts()).isEqualTo(before);
  }

  @Test
  void engineRestStart_namesEveryMistakeAtOnce() {
    ObjectNode variables = variables();
    text(variables, "applicantIin", "000000000000");
    text(variables, "applicantName", "<img src=x onerror=alert(1)>");
    text(variables, "channel", "akim");
    JsonNode error = assertRefused(http.post("/engine-rest/process-definition/key/" + processKey + "/start", "demo",
        "demo", start(variables, null)), 400, "Канал приёма «akim»");
    assertThat(error.get("message").asText()).contains("ИИН заявителя", "ФИО заявителя").doesNotContain("^[")
        .doesNotContain("applicantIin", "applicantName");
  }

  @Test
  void engineRestSubmitForm_isCheckedToo() {
    ObjectNode variables = variables();
    text(variables, "applicantIin", "850312300122");
    Counts before = counts();
    String id = repositoryService.createProcessDefinitionQuery().processDefinitionKey(processKey).latestVersion()
        .singleResult().getId();
    assertRefused(http.post("/engine-rest/process-definition/" + id + "/submit-form", "demo", "demo",
        start(variables, null)), 400, "Өтініш берушінің ЖСН: бақылау цифрына сәйкес келмейді / ИИН заявителя: не проходит проверку контрольной цифры");
    assertThat(counts()).isEqualTo(before);
  }

  @Test
  void skippingCustomListenersOrStartingAtALaterActivity_doesNotPassTheCheck() {
    ObjectNode variables = variables();
    text(variables, "applicantIin", "850312300122");
    Counts before = counts();
    ObjectNode later = (ObjectNode) read(start(variables, null));
    later.putArray("startInstructions").addObject().put("type", "startBeforeActivity")
        .put("activityId", "Gateway_InformationRequest");
    assertRefused(http.post("/engine-rest/process-definition/key/" + processKey + "/start", "demo", "demo",
        later.toString()), 400, "Өтініш берушінің ЖСН: бақылау цифрына сәйкес келмейді / ИИН заявителя: не проходит проверку контрольной цифры");
    later.put("skipCustomListeners", true);
    assertRefused(http.post("/engine-rest/process-definition/key/" + processKey + "/start", "demo", "demo",
        later.toString()), 400, "Өтініш берушінің ЖСН: бақылау цифрына сәйкес келмейді / ИИН заявителя: не проходит проверку контрольной цифры");
    assertThat(counts()).isEqualTo(before);
  }

  @Test
  void aValidEngineRestStart_isAccepted() {
    HttpResponse<String> response = http.post("/engine-rest/process-definition/key/" + processKey + "/start", "demo",
        "demo", start(variables(), null));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    String businessKey = read(response.body()).get("businessKey").asText();
    assertThat(records.find(businessKey)).get().extracting(ApplicationRecord::applicantName)
        .isEqualTo("Сапарова Айгүл Маратқызы");
    assertThat(records.importedBy(businessKey)).isEmpty();
  }

  // ---- an application id in use ----

  @Test
  void aBusinessKeyOfAnExistingApplication_isA409_andTheApplicationIsUntouched() {
    String existing = startedInJava(null);
    ApplicationRecord before = records.find(existing).orElseThrow();
    Counts counts = counts();

    assertRefused(http.post("/engine-rest/process-definition/key/" + processKey + "/start", "demo", "demo",
        start(variables(), existing)), 409, "Номер заявления «" + existing + "»: принадлежит другому заявлению");
    ObjectNode withId = variables();
    text(withId, "applicationId", existing);
    assertRefused(http.post("/engine-rest/process-definition/key/" + processKey + "/start", "demo", "demo",
        start(withId, null)), 409, "Өтініш нөмірі «" + existing + "»: басқа өтінішке тиесілі / Номер заявления «" + existing
            + "»: принадлежит другому заявлению");

    assertThat(counts()).isEqualTo(counts);
    assertThat(records.find(existing)).contains(before);
  }

  @Test
  void aBusinessKeyOfARowWithoutProcess_isRefusedToo() {
    String id = "S02-20260318-ORPHAN" + (System.nanoTime() % 1000);
    jdbc.update("insert into qz_application (id, standard_number, process_key, channel, status, submitted_at, created_at)"
        + " values (?, 2, ?, 'psc', 'SUBMITTED', current_timestamp, current_timestamp)", id, processKey);
    assertRefused(http.post("/engine-rest/process-definition/key/" + processKey + "/start", "demo", "demo",
        start(variables(), id)), 409, "принадлежит другому заявлению");
    assertThat(records.find(id).orElseThrow().processInstanceId()).isNull();
  }

  // ---- the submission time ----

  @Test
  void anOlderSubmission_isRefusedForAWorkerInJava_andImportedAndAuditedForAnAdministrator() {
    Map<String, Object> variables = javaVariables();
    variables.put("submittedAt", at("2026-03-16T09:00:00+05:00"));
    Counts before = counts();
    identityService.setAuthentication("psc.operator", List.of(Roles.PSC_OPERATORS));
    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(processKey, variables))
        .isInstanceOfSatisfying(ApplicationRefused.class, e -> {
          assertThat(e.statusCode()).isEqualTo(400);
          assertThat(e.problems()).extracting(IntakeProblem::field, IntakeProblem::reason)
              .containsExactly(org.assertj.core.groups.Tuple.tuple("submittedAt", "out-of-range"));
          assertThat(e.problems().get(0).message()).contains(
              "submittedAt 2026-03-16T09:00+05:00 is before 2026-03-17T00:00+05:00", "only an administrator may import");
          assertThat(e.getMessage()).isEqualTo("Өтініш қабылданбады / Заявление не принято: Тапсыру уақыты: тым ерте; "
              + "ескі өтінішті тек әкімші енгізе алады / Время подачи: слишком раннее; старое заявление может внести "
              + "только администратор");
        });
    identityService.clearAuthentication();
    assertThat(counts()).isEqualTo(before);

    identityService.setAuthentication("demo", List.of(Roles.ADMIN));
    String id = runtimeService.startProcessInstanceByKey(processKey, variables).getBusinessKey();
    identityService.clearAuthentication();
    assertThat(records.importedBy(id)).contains("demo");
    assertThat(records.deadlineChanges(id)).anySatisfy(change -> {
      assertThat(change.kind()).isEqualTo("IMPORTED");
      assertThat(change.by()).isEqualTo("demo");
      assertThat(change.reason()).contains("2026-03-16T09:00+05:00");
    });
  }

  @Test
  void theWindowIsThePreviousWorkingDay() {
    Map<String, Object> variables = javaVariables();
    variables.put("submittedAt", at("2026-03-17T00:00:00+05:00"));
    identityService.setAuthentication("psc.operator", List.of(Roles.PSC_OPERATORS));
    String id = runtimeService.startProcessInstanceByKey(processKey, variables).getBusinessKey();
    assertThat(records.importedBy(id)).isEmpty();
  }

  @Test
  void tasklistStartForm_asAWorker_refusesABadIinAndAnOlderSubmission() {
    WebappSession tasklist = WebappSession.login(port, "psc.operator", "demo", "tasklist");
    String id = repositoryService.createProcessDefinitionQuery().processDefinitionKey(processKey).latestVersion()
        .singleResult().getId();
    Counts before = counts();

    ObjectNode badIin = variables();
    text(badIin, "applicantIin", "850312300122");
    assertRefused(tasklist.post(ENGINE + "/process-definition/" + id + "/submit-form", start(badIin, null)), 400,
        "Өтініш берушінің ЖСН: бақылау цифрына сәйкес келмейді / ИИН заявителя: не проходит проверку контрольной цифры");

    ObjectNode older = variables();
    date(older, "2026-03-13T10:00:00.000+0500");
    assertRefused(tasklist.post(ENGINE + "/process-definition/" + id + "/submit-form", start(older, null)), 400,
        "старое заявление может внести только администратор");
    assertThat(counts()).isEqualTo(before);

    HttpResponse<String> valid = tasklist.post(ENGINE + "/process-definition/" + id + "/submit-form",
        start(variables(), null));
    assertThat(valid.statusCode()).as(valid.body()).isEqualTo(200);
  }

  @Test
  void engineRestStart_asAdministrator_importsAnOlderApplication() {
    ObjectNode variables = variables();
    date(variables, "2015-06-01T10:00:00.000+0600");
    HttpResponse<String> response = http.post("/engine-rest/process-definition/key/" + processKey + "/start", "demo",
        "demo", start(variables, null));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    String id = read(response.body()).get("businessKey").asText();
    assertThat(records.importedBy(id)).contains("demo");
  }

  // ---- the API ----

  @Test
  void api_refusesAnOlderSubmissionFromAWorker_andImportsItFromAnAdministrator() {
    ObjectNode body = apiApplication();
    body.put("submittedAt", "2026-03-16T09:00:00+05:00");
    Counts before = counts();
    JsonNode problem = apiProblem(http.post("/api/v1/applications", "psc.operator", "demo", body.toString()),
        400, "submittedAt", "out-of-range");
    assertThat(problem.get("detail").asText()).contains("only an administrator may import");
    assertThat(counts()).isEqualTo(before);

    HttpResponse<String> imported = http.post("/api/v1/applications", "demo", "demo", body.toString());
    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
    String id = read(imported.body()).get("id").asText();
    assertThat(records.importedBy(id)).contains("demo");
    assertThat(records.deadlineChanges(id)).extracting(c -> c.kind()).contains("IMPORTED");
  }

  @Test
  void api_anOverflowingOrYearZeroSubmissionTime_isA400NotA500() {
    Counts before = counts();
    ObjectNode far = apiApplication();
    far.put("submittedAt", "+999999999-12-31T23:59:59Z");
    assertThat(apiProblem(http.post("/api/v1/applications", "psc.operator", "demo", far.toString()), 400,
        "submittedAt", "in-future").get("detail").asText()).contains("is in the future");
    ObjectNode farAsAdmin = apiApplication();
    farAsAdmin.put("submittedAt", "+999999999-12-31T23:59:59+05:00");
    apiProblem(http.post("/api/v1/applications", "demo", "demo", farAsAdmin.toString()), 400, "submittedAt",
        "in-future");
    ObjectNode yearZero = apiApplication();
    yearZero.put("submittedAt", "0000-01-01T00:00:00Z");
    assertThat(apiProblem(http.post("/api/v1/applications", "demo", "demo", yearZero.toString()), 400, "submittedAt",
        "out-of-range").get("detail").asText()).contains("before the working-day calendar");
    assertThat(counts()).isEqualTo(before);
  }

  @Test
  void api_htmlAsTheName_isA400InWords() {
    ObjectNode body = apiApplication();
    ((ObjectNode) body.get("applicant")).put("fullName", "<script>alert(1)</script>");
    JsonNode problem = apiProblem(http.post("/api/v1/applications", "psc.operator", "demo", body.toString()),
        400, "applicant.fullName", "format");
    assertThat(problem.get("detail").asText()).isEqualTo("applicant.fullName must be letters (Kazakh, Russian or "
        + "Latin), spaces, hyphens, apostrophes and dots only");
  }

  @Test
  void noStandardStartsByMessage() {
    // A message start would be one more door; today every spine starts by its plain start event.
    for (var standard : catalog.all()) {
      var definition = repositoryService.createProcessDefinitionQuery().processDefinitionKey(standard.processKey())
          .latestVersion().singleResult();
      if (definition != null) {
        assertThat(repositoryService.getBpmnModelInstance(definition.getId()).getModelElementsByType(StartEvent.class))
            .allSatisfy(start -> assertThat(start.getEventDefinitions())
                .noneMatch(MessageEventDefinition.class::isInstance));
      }
    }
  }

  // ---- helpers ----

  record Counts(long applications, long historicInstances, long instances) {}

  Counts counts() {
    return new Counts(jdbc.queryForObject("select count(*) from qz_application", Long.class),
        historyService.createHistoricProcessInstanceQuery().count(),
        runtimeService.createProcessInstanceQuery().count());
  }

  static JsonNode assertRefused(HttpResponse<String> response, int status, String message) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    JsonNode error = read(response.body());
    assertThat(error.get("message").asText()).as(response.body()).contains(message);
    return error;
  }

  static JsonNode apiProblem(HttpResponse<String> response, int status, String field, String reason) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    JsonNode problem = read(response.body());
    assertThat(problem.get("field").asText()).as(response.body()).isEqualTo(field);
    assertThat(problem.get("reason").asText()).as(response.body()).isEqualTo(reason);
    return problem;
  }

  String startedInJava(String businessKey) {
    return runtimeService.startProcessInstanceByKey(processKey, businessKey, javaVariables()).getBusinessKey();
  }

  static Map<String, Object> javaVariables() {
    Map<String, Object> variables = new HashMap<>();
    variables.put("channel", "psc");
    variables.put("applicantIin", TestIins.random());
    variables.put("applicantName", "Сапарова Айгүл Маратқызы");
    variables.put("documentsSubmitted", COMPLETE_PACKAGE);
    return variables;
  }

  static ObjectNode variables() {
    ObjectNode variables = JSON.createObjectNode();
    text(variables, "channel", "psc");
    text(variables, "applicantIin", TestIins.random());
    text(variables, "applicantName", "Сапарова Айгүл Маратқызы");
    text(variables, "documentsSubmitted", COMPLETE_PACKAGE);
    return variables;
  }

  static ObjectNode apiApplication() {
    ObjectNode body = JSON.createObjectNode();
    body.put("standard", 2);
    body.put("channel", "psc");
    body.putObject("applicant").put("iin", TestIins.random()).put("fullName", "Сапарова Айгүл Маратқызы");
    var documents = body.putArray("documents");
    for (String code : COMPLETE_PACKAGE.split(",")) {
      documents.add(code);
    }
    return body;
  }

  static void text(ObjectNode variables, String name, String value) {
    variables.set(name, JSON.createObjectNode().put("value", value).put("type", "String"));
  }

  static void date(ObjectNode variables, String value) {
    variables.set("submittedAt", JSON.createObjectNode().put("value", value).put("type", "Date"));
  }

  static String start(ObjectNode variables, String businessKey) {
    ObjectNode body = JSON.createObjectNode();
    body.set("variables", variables);
    if (businessKey != null) {
      body.put("businessKey", businessKey);
    }
    return body.toString();
  }

  static java.util.Date at(String offsetDateTime) {
    return java.util.Date.from(java.time.OffsetDateTime.parse(offsetDateTime).toInstant());
  }

  static JsonNode read(String json) {
    try {
      return JSON.readTree(json);
    } catch (Exception e) {
      throw new IllegalArgumentException("Not JSON: " + json, e);
    }
  }
}
