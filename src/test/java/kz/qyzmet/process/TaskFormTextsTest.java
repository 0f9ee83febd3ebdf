package kz.qyzmet.process;

import kz.qyzmet.tasklist.TaskForms;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import kz.qyzmet.HttpClientForTests;
import kz.qyzmet.QyzmetIntegrationTest;
import kz.qyzmet.TestIins;
import kz.qyzmet.WebappSession;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.rest.exception.InvalidRequestException;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What the task forms show and take, on the real processes: the documents by their names from the
 * standard's table with the paragraph and the form in words, the status and the dates in words, and
 * the documents to request or received ticked by name. Tasklist submits the ticks as a Json list;
 * the process keeps the comma-separated codes; an empty or foreign choice is refused in words and
 * the task stays open with nothing written.
 */
@QyzmetIntegrationTest
class TaskFormTextsTest {
  @Autowired org.camunda.bpm.engine.ProcessEngine engine;
  private TaskForms forms;

  /** What the task forms show, read over HTTP as Tasklist reads it. */
  private TaskForms forms() {
    return forms == null ? forms = new TaskForms(port, engine) : forms;
  }


  static final ObjectMapper JSON = new ObjectMapper();
  static final String S02_PSC_PACKAGE = "application,identity_document,residence_registration_proof,bank_account_details";

  @LocalServerPort int port;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired RequiredDocuments requiredDocuments;
  @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

  @Test
  void standard2AtAPsc_namesTheDocumentsStatusAndDates_andRequestsTheDocumentsTickedByName() throws Exception {
    String application = standard2AtAPsc("Атауова Айгүл");

    Task forward = task(application, "UserTask_ForwardPackage");
    Map<String, Object> shown = forms().shown(forward.getId());
    assertThat(lines(shown, "documentsSubmittedText")).hasSize(4).first().isEqualTo(
        "- осы мемлекеттік көрсетілетін қызмет стандартына қосымшаға сәйкес нысан бойынша өтініш / заявление по форме "
            + "согласно приложению к настоящему стандарту государственной услуги (9-тармақ 1) тармақша / п. 9 пп. 1)); "
            + "*түпнұсқа / оригинал*");
    assertThat(lines(shown, "documentsSubmittedText").get(1)).startsWith("- көрсетілетін қызметті алушының жеке басын куәландыратын құжат").contains(
        " / документ, удостоверяющий личность", "(9-тармақ 2) тармақша / п. 9 пп. 2))",
        "*салыстыру үшін түпнұсқа / оригинал для сверки*");
    assertThat((String) shown.get("documentsSubmittedText"))
        .doesNotContain("identity_document", "residence_registration_proof", "Standard", "original-for");
    assertThat(shown.get("statusText")).isEqualTo("Тіркелді / Зарегистрировано");
    assertThat(shown.get("channelText")).isEqualTo("Халыққа қызмет көрсету орталығы (ХҚО) / Центр обслуживания населения (ЦОН)");
    assertThat(shown.get("statutoryDueDateText"))
        .isEqualTo(almatyDay((Date) runtimeService.getVariable(forward.getProcessInstanceId(), "statutoryDueDate")));
    assertThat((String) shown.get("statutoryDueDateText")).matches("\\d{2}\\.\\d{2}\\.\\d{4}");
    taskService.complete(forward.getId(), Map.of("packageForwarded", true));

    Task review = task(application, "UserTask_ReviewApplication");
    shown = forms().shown(review.getId());
    assertThat(shown.get("statusText")).isEqualTo("Қаралуда / На рассмотрении");
    assertThat(shown.get("applicantFlagsText")).isEqualTo("—");
    assertThat(shown.get("requiredDocumentsText")).isEqualTo(shown.get("documentsSubmittedText"));
    assertThat(shown.get("missingDocumentsText")).isEqualTo("—");
    JsonNode requestable = JSON.readTree(shown.get("requestableDocumentOptions").toString());
    List<String> codes = new ArrayList<>();
    requestable.forEach(option -> codes.add(option.path("value").asText()));
    // This applicant's documents first, then the rest of the standard's table.
    assertThat(codes).containsExactly("application", "identity_document", "residence_registration_proof",
        "bank_account_details", "oralman_certificate", "guardianship_proof", "power_of_attorney", "electronic_request");
    assertThat(requestable.get(6).path("label").asText())
        .isEqualTo("сенімхат / доверенность (9-тармақ 6) тармақша / п. 9 пп. 6))");

    // Tasklist's checklist: a Json list. Empty, or naming a document the form did not offer: refused in words.
    assertThatThrownBy(() -> taskService.complete(review.getId(), Map.of("decision", "request-documents",
        "requestedDocuments", SpinValues.jsonValue("[]").create())))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessage("Тапсырма аяқталмады / Задача не завершена: Бірде-бір құжат белгіленбеген / Не отмечен ни один документ");
    assertThatThrownBy(() -> taskService.complete(review.getId(), Map.of("decision", "request-documents",
        "requestedDocuments", SpinValues.jsonValue("[\"power_of_attorney\",\"x_ray\"]").create())))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("тізімнен таңдаңыз / Среди отмеченных есть документ не из перечня этой задачи (1)")
        .hasMessageNotContaining("x_ray");
    WebappSession specialist = WebappSession.login(port, "ztmo.specialist", "demo", "tasklist");
    JsonNode empty = problem(specialist.post(WebappSession.ENGINE + "/task/" + review.getId() + "/submit-form",
        "{\"variables\": {\"decision\": {\"value\": \"request-documents\"}, "
            + "\"requestedDocuments\": {\"type\": \"Json\", \"value\": \"[]\"}}}"), 400);
    assertThat(empty.path("message").asText())
        .isEqualTo("Тапсырма аяқталмады / Задача не завершена: Бірде-бір құжат белгіленбеген / Не отмечен ни один документ");
    assertThat(taskService.createTaskQuery().taskId(review.getId()).count()).isOne();
    assertThat(runtimeService.getVariable(review.getProcessInstanceId(), "requestedDocuments")).isNull();
    assertThat(runtimeService.getVariable(review.getProcessInstanceId(), "decision")).isNull();

    taskService.complete(review.getId(), Variables.createVariables().putValue("decision", "request-documents")
        .putValueTyped("requestedDocuments", SpinValues.jsonValue("[\"power_of_attorney\",\"guardianship_proof\"]").create()));
    Task receive = task(application, "UserTask_ReceiveDocuments");
    assertThat(runtimeService.getVariable(receive.getProcessInstanceId(), "requestedDocuments"))
        .isEqualTo("power_of_attorney,guardianship_proof");
    shown = forms().shown(receive.getId());
    assertThat((String) shown.get("requestedDocumentsText")).startsWith("- сенімхат / доверенность (9-тармақ 6)")
        .contains("\n- қорғаншылық (қамқоршылық) белгіленгенін растайтын құжат / документ, подтверждающий установление опеки");
    JsonNode deliverable = JSON.readTree(shown.get("deliverableDocumentOptions").toString());
    assertThat(deliverable).extracting(o -> o.path("value").asText())
        .containsExactly("power_of_attorney", "guardianship_proof");
    assertThat(shown.get("documentsCapDateText").toString()).matches("\\d{2}\\.\\d{2}\\.\\d{4}");

    // Tasklist's own request, as the PSC operator: submit-form on the webapps' engine API with the checklist's Json value.
    WebappSession operator = WebappSession.login(port, "psc.operator", "demo", "tasklist");
    String submit = WebappSession.ENGINE + "/task/" + receive.getId() + "/submit-form";
    JsonNode refused = problem(operator.post(submit,
        "{\"variables\": {\"documentsDelivered\": {\"type\": \"Json\", \"value\": \"[\\\"application\\\"]\"}}}"), 400);
    assertThat(refused.path("message").asText()).startsWith("Тапсырма аяқталмады / Задача не завершена: ")
        .contains("выберите из перечня").doesNotContain("application", "documentsDelivered");
    assertThat(taskService.createTaskQuery().taskId(receive.getId()).count()).isOne();
    assertThat(runtimeService.getVariable(receive.getProcessInstanceId(), "documentsDelivered")).isNull();
    HttpResponse<String> received = operator.post(submit,
        "{\"variables\": {\"documentsDelivered\": {\"type\": \"Json\", \"value\": \"[\\\"power_of_attorney\\\"]\"}}}");
    assertThat(received.statusCode()).as(received.body()).isEqualTo(204);

    Task again = task(application, "UserTask_ReviewApplication");
    assertThat(runtimeService.getVariable(again.getProcessInstanceId(), "documentsDelivered"))
        .isEqualTo("power_of_attorney");
    assertThat((String) forms().shown(again.getId(), "documentsDeliveredText"))
        .startsWith("- сенімхат / доверенность");

    taskService.complete(again.getId(), Map.of("decision", "refuse", "refusalGround", "unreliable-documents",
        "decisionComment", "Анықтама жалған / Справка подложная"));
    assertThat(forms().shown(task(application, "UserTask_HandOverResult").getId(), "refusalGroundText"))
        .isEqualTo("Құжаттардағы деректердің дәйексіздігі / Недостоверность данных в документах");
  }

  @Test
  void standard3WithACaseTypeAndAFlag_namesThemAndTheApplicantsParagraph_andTheRequestTakesAStringAsBefore()
      throws Exception {
    String application = runtimeService.startProcessInstanceByKey("s03-state-social-benefits-disability-survivor-age",
        Map.of("channel", "ztmo", "caseType", "age", "applicantFlags", "representative",
            "representativeIin", TestIins.random(), "representativeName", "Өкілов Ерлан",
            "applicantIin", TestIins.random(), "applicantName", "Жасова Гүлнар",
            "documentsSubmitted", "application,identity_document,residence_registration_proof,bank_account_details"))
        .getBusinessKey();
    Task review = task(application, "UserTask_ReviewApplication");
    Map<String, Object> shown = forms().shown(review.getId());
    assertThat((String) shown.get("channelText")).startsWith("Зейнетақы төлеу жөніндегі мемлекеттік орталық (ЗТМО) / ");
    assertThat((String) shown.get("caseTypeText")).contains(" / ").doesNotContain("age");
    assertThat((String) shown.get("applicantFlagsText")).contains(" / ").doesNotContain("representative");
    assertThat((String) shown.get("missingDocumentsText"))
        .isEqualTo("- сенімхат / доверенность (9-тармақ (жасына байланысты) 5) тармақша / п. 9 (по возрасту) пп. 5)); "
            + "*салыстыру үшін түпнұсқа / оригинал для сверки*");
    JsonNode requestable = JSON.readTree(shown.get("requestableDocumentOptions").toString());
    assertThat(requestable.get(requestable.size() - 1).path("value").asText()).isEqualTo("electronic_request");
    assertThat(requestable.get(4).path("value").asText()).isEqualTo("power_of_attorney");
    assertThat(requestable).extracting(o -> o.path("label").asText())
        .allSatisfy(label -> assertThat(label).doesNotContain("Standard", "item", "(age)"));

    // The API and the tests send the codes as a string, as before.
    HttpResponse<String> requested = new HttpClientForTests(port).post("/engine-rest/task/" + review.getId()
        + "/submit-form", "demo", "demo", "{\"variables\": {\"decision\": {\"value\": \"request-documents\"}, "
            + "\"requestedDocuments\": {\"value\": \"power_of_attorney\"}}}");
    assertThat(requested.statusCode()).as(requested.body()).isEqualTo(204);
    Task receive = task(application, "UserTask_ReceiveDocuments");
    assertThat(runtimeService.getVariable(receive.getProcessInstanceId(), "requestedDocuments"))
        .isEqualTo("power_of_attorney");
    assertThat((String) forms().shown(receive.getId(), "requestedDocumentsText"))
        .contains("(9-тармақ (жасына байланысты) 5) тармақша / п. 9 (по возрасту) пп. 5))");
  }

  @Test
  void standard29sApplicantStage_offersTheDepartureGuaranteeByName_andTakesItTicked() throws Exception {
    String application = runtimeService.startProcessInstanceByKey("s29-foreign-labour-permits", Map.of(
        "channel", "provider", "caseType", "employer-issue", "applicantName", "ТОО Құрылыс Сервис",
        "applicantIin", TestIins.random("8501014"), "documentsSubmitted", CodeList.format(requiredDocuments
            .evaluate(29, "provider", "employer-issue", List.of(), null).stream()
            .filter(d -> d.alternativeGroup() == null || d.alternativeGroup().isBlank()).map(d -> d.code()).toList())))
        .getBusinessKey();
    Task review = task(application, "UserTask_ReviewApplication");
    assertThat((String) forms().shown(review.getId(), "caseTypeText")).contains(" / ");
    taskService.complete(review.getId(), Map.of("decision", "grant"));
    taskService.complete(task(application, "UserTask_NotifyDecision").getId(), Map.of("applicantNotifiedBy", "phone"));

    Task receive = task(application, "UserTask_ReceiveApplicantDocuments");
    Map<String, Object> shown = forms().shown(receive.getId());
    JsonNode deliverable = JSON.readTree(shown.get("deliverableDocumentOptions").toString());
    assertThat(deliverable).hasSize(1);
    assertThat(deliverable.get(0).path("value").asText()).isEqualTo("departure_guarantee");
    assertThat(deliverable.get(0).path("label").asText()).startsWith("Шетелдік жұмыс күшінің")
        .contains(" / Копии документов, гарантирующих выезд", "(4-тармақ 1) тармақша / п. 4 пп. 1))");
    assertThat(shown.get("applicantStageDueDateText").toString()).matches("\\d{2}\\.\\d{2}\\.\\d{4}");

    taskService.complete(receive.getId(), Variables.createVariables()
        .putValueTyped("documentsDelivered", SpinValues.jsonValue("[\"departure_guarantee\"]").create()));
    Task handOver = task(application, "UserTask_HandOverResult");
    assertThat(handOver).isNotNull();
    assertThat(runtimeService.getVariable(handOver.getProcessInstanceId(), "documentsDelivered"))
        .isEqualTo("departure_guarantee");
  }

  /**
   * Issue #23: a task stores none of what its form shows of the case (no runtime variable row of the
   * task bears a presentation name); the form-variables answer computes it as the form opens, for the
   * worker and the administrator's engine REST API alike, honours {@code variableNames} and adds
   * nothing to a refused read.
   */
  @Test
  void aCreatedTaskStoresNoWords_theFormVariablesAnswerComputesThem() throws Exception {
    String application = standard2AtAPsc("Сөзова Әсел Маратқызы");
    Task forward = task(application, "UserTask_ForwardPackage");
    taskService.complete(forward.getId(), Map.of("packageForwarded", true));
    Task review = task(application, "UserTask_ReviewApplication");

    for (Task task : List.of(forward, review)) {
      assertThat(jdbc.queryForList("select NAME_ from ACT_RU_VARIABLE where TASK_ID_ = ?", String.class, task.getId()))
          .as("%s's own variables", task.getTaskDefinitionKey()).doesNotContainAnyElementsOf(TaskFormTexts.PRESENTATION);
    }
    assertThat(jdbc.queryForObject("select count(*) from ACT_RU_VARIABLE where NAME_ in ('statusText', "
        + "'decisionOptions', 'caseNotes', 'caseFiles', 'statutoryDueDateText')", Integer.class)).isZero();

    JsonNode variables = forms().variables(review.getId());
    assertThat(variables.path("statusText").path("type").asText()).isEqualTo("String");
    assertThat(variables.path("statusText").path("value").asText()).isEqualTo("Қаралуда / На рассмотрении");
    assertThat(variables.path("statutoryDueDateText").path("value").asText())
        .isEqualTo(almatyDay((Date) runtimeService.getVariable(review.getProcessInstanceId(), "statutoryDueDate")));
    assertThat(variables.path("submittedAtText").path("value").asText())
        .isEqualTo(almatyDay((Date) runtimeService.getVariable(review.getProcessInstanceId(), "submittedAt")));
    assertThat(variables.path("channelText").path("value").asText())
        .isEqualTo("Халыққа қызмет көрсету орталығы (ХҚО) / Центр обслуживания населения (ЦОН)");
    assertThat(variables.path("caseNotes").path("value").asText()).isEqualTo("—");
    assertThat(variables.path("caseFiles").path("value").asText()).isEqualTo("—");
    assertThat(variables.path("decisionOptions").path("type").asText()).isEqualTo("Json");
    assertThat(JSON.readTree(variables.path("decisionOptions").path("value").asText()))
        .extracting(o -> o.path("value").asText())
        .containsExactly("grant", "refuse", "request-documents", "errors-found", "withdraw");
    assertThat(JSON.readTree(variables.path("refusalGroundOptions").path("value").asText()))
        .extracting(o -> o.path("label").asText()).allSatisfy(label -> assertThat(label).contains(" / "));
    // The case's own variables come as the engine gives them.
    assertThat(variables.path("applicantName").path("value").asText()).isEqualTo("Сөзова Әсел Маратқызы");

    // Only the names asked for, as the engine answers variableNames.
    WebappSession specialist = WebappSession.login(port, "ztmo.specialist", "demo", "tasklist");
    JsonNode some = JSON.readTree(specialist.get(WebappSession.ENGINE + "/task/" + review.getId()
        + "/form-variables?variableNames=statusText,applicantName").body());
    assertThat(some.fieldNames()).toIterable().containsExactlyInAnyOrder("statusText", "applicantName");
    assertThat(some.path("statusText").path("value").asText()).isEqualTo("Қаралуда / На рассмотрении");

    // The administrator's engine REST API answers the same.
    HttpResponse<String> admin = new HttpClientForTests(port).get("/engine-rest/task/" + review.getId()
        + "/form-variables", "demo", "demo");
    assertThat(admin.statusCode()).as(admin.body()).isEqualTo(200);
    assertThat(JSON.readTree(admin.body()).path("statusText").path("value").asText())
        .isEqualTo("Қаралуда / На рассмотрении");

    // A worker of another group is refused as before, and reads no word of the case.
    HttpResponse<String> refused = WebappSession.login(port, "provider.specialist", "demo", "tasklist")
        .get(WebappSession.ENGINE + "/task/" + review.getId() + "/form-variables");
    assertThat(refused.statusCode()).isNotEqualTo(200);
    assertThat(refused.body()).doesNotContain("statusText", "На рассмотрении", "Сөзова");
  }

  @Test
  void theTablesParagraphsReadAsWords() {
    assertThat(DocumentWording.paragraph("Standard 2, p. 9(1)")).isEqualTo("9-тармақ 1) тармақша / п. 9 пп. 1)");
    assertThat(DocumentWording.paragraph("Standard 11, p. 9")).isEqualTo("9-тармақ / п. 9");
    assertThat(DocumentWording.paragraph("Standard 3, p. 9 (disability), as available, item 4")).isEqualTo(
        "9-тармақ (мүгедектігі бойынша, бар болса) 4) тармақша / п. 9 (по инвалидности, при наличии) пп. 4)");
    assertThat(DocumentWording.paragraph("Standard 30, p. annex 2, item 12"))
        .isEqualTo("2-қосымша 12) тармақша / прил. 2 пп. 12)");
    assertThat(DocumentWording.paragraph("somewhere")).isNull();
  }

  private Task task(String application, String key) {
    return taskService.createTaskQuery().processInstanceBusinessKey(application).taskDefinitionKey(key).singleResult();
  }

  private static List<String> lines(Map<String, Object> shown, String variable) {
    return List.of(((String) shown.get(variable)).split("\n"));
  }

  private static String almatyDay(Date date) {
    SimpleDateFormat format = new SimpleDateFormat("dd.MM.yyyy");
    format.setTimeZone(TimeZone.getTimeZone("Asia/Almaty"));
    return format.format(date);
  }

  private static JsonNode problem(HttpResponse<String> response, int status) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    return JSON.readTree(response.body());
  }

  /** A standard 2 application with a complete package taken in at a PSC; its id. */
  private String standard2AtAPsc(String applicantName) {
    return runtimeService.startProcessInstanceByKey("s02-basic-pension-payment-assignment", Map.of("channel", "psc",
        "applicantIin", TestIins.random(), "applicantName", applicantName, "documentsSubmitted", S02_PSC_PACKAGE))
        .getBusinessKey();
  }
}
