package kz.qyzmet.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import kz.qyzmet.QyzmetIntegrationTest;
import kz.qyzmet.TestIins;
import kz.qyzmet.application.ApplicationRecords;
import kz.qyzmet.application.ApplicationStatus;
import kz.qyzmet.browser.NodeBrowserScripts;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.FileSystemUtils;

/**
 * A standard 2 application taken through Camunda Tasklist in headless Chromium by the PSC operator
 * and the ZTMO specialist, each in a browser of their own (src/test/browser/tasklist-flow.js: the
 * steps and what each checks on screen). Here: the script must pass, and what it saw must be what
 * the engine holds. Screenshots, result.json and the script's log: {build directory}/browser-artifacts/h2
 * (and /postgres for the PostgreSQL run).
 */
@QyzmetIntegrationTest
class TasklistBrowserTest {

  static final String PROCESS = "s02-basic-pension-payment-assignment";
  static final String APPLICANT = "Браузерова Әсел Нұрланқызы";
  static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;
  @Autowired ApplicationRecords records;

  /** The journey in each language a worker's browser may have: Camunda's buttons and dates follow it. */
  @ParameterizedTest(name = "in a {0} browser")
  @ValueSource(strings = {"ru-RU", "kk-KZ"})
  void pscOperatorAndZtmoSpecialistTakeAnApplicationThroughTasklist(String locale) throws IOException {
    String iin = TestIins.random("8801013");
    Path artifacts = runJourney(locale, locale, iin, Map.of(), 5);
    JsonNode result = new ObjectMapper().readTree(artifacts.resolve("result.json").toFile());
    assertThat(result.path("passed").asBoolean()).isTrue();
    JsonNode seen = result.path("seen");
    String applicationId = seen.path("applicationId").asText();

    // The application the operator started in the browser is the one the engine granted.
    HistoricProcessInstance spine = history.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS)
        .processInstanceBusinessKey(applicationId).singleResult();
    assertThat(spine).as("application %s", applicationId).isNotNull();
    assertThat(spine.getState()).isEqualTo(HistoricProcessInstance.STATE_COMPLETED);
    assertThat(spine.getEndActivityId()).isEqualTo("EndEvent_Granted");
    var record = records.find(applicationId).orElseThrow();
    assertThat(record.status()).isEqualTo(ApplicationStatus.GRANTED);
    assertThat(record.applicantIin()).isEqualTo(iin);
    assertThat(record.applicantName()).isEqualTo(APPLICANT);
    assertThat(record.channel()).isEqualTo("psc");
    assertThat(record.createdBy()).isEqualTo("psc.operator");

    // The Camunda Forms read a task's variables, the case in words among them (FormPresentation), in one request.
    assertThat(seen.path("variableRequests")).extracting(JsonNode::asText).filteredOn(r -> r.contains("/task/"))
        .containsExactly("GET /camunda/api/engine/engine/default/task/{id}/form-variables?deserializeValues=false");

    // The dates on screen were the engine's, in Almaty.
    assertThat(localDay(variable(applicationId, "originalDueDate"))).isEqualTo(seen.path("originalDueDate").asText());

    // What the forms wrote, as the models read it.
    assertThat(variable(applicationId, "decision")).isEqualTo("grant");
    assertThat(variable(applicationId, "documentsSubmitted"))
        .isEqualTo("application,identity_document,residence_registration_proof,bank_account_details");
    assertThat(variable(applicationId, "requestedDocuments")).isEqualTo("power_of_attorney");
    assertThat(variable(applicationId, "documentsDelivered")).isEqualTo("power_of_attorney");
    assertThat(variable(applicationId, "packageForwarded")).isEqualTo(true);
    assertThat(variable(applicationId, "forwardNote")).isEqualTo("ХҚКО-2026/17");
    assertThat(variable(applicationId, "applicantNotifiedBy")).isEqualTo("phone");
    assertThat(variable(applicationId, "resultHandedOverTo")).isEqualTo("applicant");
    assertThat(variable(applicationId, "refusalGround")).as("hidden fields are not submitted").isNull();

    // The package refused first: its own application, refused to accept, its receipt handed by the operator.
    String refusedId = seen.path("refusedApplicationId").asText();
    assertThat(records.find(refusedId).orElseThrow().status()).isEqualTo(ApplicationStatus.REFUSED_TO_ACCEPT);
    assertThat(variable(refusedId, "missingDocuments")).isEqualTo("bank_account_details");
    assertThat(history.createHistoricTaskInstanceQuery().processInstanceBusinessKey(refusedId).finished().list())
        .extracting(HistoricTaskInstance::getTaskDefinitionKey, HistoricTaskInstance::getAssignee)
        .containsExactly(tuple("UserTask_HandRefusalReceipt", "psc.operator"));
    // The receipts the operator printed, read back from the PDFs the browser fetched.
    String refusal = pdfText(artifacts.resolve("refusal-receipt-ru.pdf"));
    assertThat(refusal).contains(refusedId, "ведения о номере банковского счета");
    String acceptance = pdfText(artifacts.resolve("acceptance-receipt-kk.pdf"));
    assertThat(acceptance).contains(applicationId, "Халыққа қызмет көрсету орталығы",
        java.time.LocalDate.parse(seen.path("originalDueDate").asText())
            .format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")));

    // Each task was done by the worker of its group: the forwarding was the operator's own from the start.
    assertThat(history.createHistoricTaskInstanceQuery().processInstanceBusinessKey(applicationId)
        .finished().orderByHistoricTaskInstanceEndTime().asc().list())
        .extracting(HistoricTaskInstance::getTaskDefinitionKey, HistoricTaskInstance::getAssignee)
        .containsExactly(
            tuple("UserTask_ForwardPackage", "psc.operator"),
            tuple("UserTask_ReviewApplication", "ztmo.specialist"),
            tuple("UserTask_NotifyApplicant", "ztmo.specialist"),
            tuple("UserTask_ReceiveDocuments", "psc.operator"),
            tuple("UserTask_ReviewApplication", "ztmo.specialist"),
            tuple("UserTask_HandOverResult", "psc.operator"));
  }

  /**
   * Runs tasklist-flow.js against this application in a browser of the locale; fails with the
   * script's log unless it passed. The PostgreSQL run of the integration tests (postgres-tests)
   * keeps its screenshots apart.
   */
  private Path runJourney(String name, String locale, String iin, Map<String, String> extra, int minutes)
      throws IOException {
    ClockUtil.reset();
    removeApplicationsOfEarlierRuns();
    return runScript(port, name, locale, APPLICANT, iin, extra, minutes);
  }

  /** Runs tasklist-flow.js (QYZMET_JOURNEY in {@code extra} picks the journey); its artifacts' folder. */
  static Path runScript(int port, String name, String locale, String applicant, String iin, Map<String, String> extra,
      int minutes) throws IOException {
    NodeBrowserScripts script = NodeBrowserScripts.prepare(NodeBrowserScripts.BROWSER_TESTS, "Tasklist browser test");
    Path artifacts = NodeBrowserScripts.artifactsDirectory(System.getProperty("qyzmet.test.database", "h2"))
        .resolve(name);
    FileSystemUtils.deleteRecursively(artifacts);
    Files.createDirectories(artifacts);
    Map<String, String> environment = new java.util.HashMap<>(Map.of(
        "QYZMET_BASE_URL", "http://localhost:" + port,
        "QYZMET_ARTIFACTS", artifacts.toString(),
        "QYZMET_APPLICANT_NAME", applicant,
        "QYZMET_APPLICANT_IIN", iin,
        "QYZMET_CHROMIUM", NodeBrowserScripts.CHROMIUM.toString(),
        "QYZMET_LOCALE", locale));
    environment.putAll(extra);
    Path log = artifacts.resolve("browser.log");
    int exit = script.run("tasklist-flow.js", environment, log, minutes);
    assertThat(exit).as("the browser script (screenshots and log in %s):%n%s", artifacts, NodeBrowserScripts.tail(log))
        .isZero();
    return artifacts;
  }

  static String pdfText(Path pdf) throws IOException {
    try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
      return new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
  }

  /**
   * Standard 29, a shape of its own (case types and flags, the provider's counter): the department
   * specialist takes an employer's extension in by names, and its review is theirs at once.
   */
  @Test
  void providerSpecialistTakesAStandard29ApplicationInByNames() throws IOException {
    Path artifacts = runJourney("s29", "ru-RU", TestIins.random("8801013"), Map.of("QYZMET_JOURNEY", "s29"), 3);
    String applicationId = new ObjectMapper().readTree(artifacts.resolve("result.json").toFile())
        .path("seen").path("applicationId").asText();
    var record = records.find(applicationId).orElseThrow();
    assertThat(record.status()).isEqualTo(ApplicationStatus.IN_REVIEW);
    assertThat(record.channel()).isEqualTo("provider");
    assertThat(record.caseType()).isEqualTo("employer-extension");
    assertThat(record.createdBy()).isEqualTo("provider.specialist");
    assertThat(variable(applicationId, "applicantFlags")).isEqualTo("special-conditions-due");
    assertThat(((String) variable(applicationId, "documentsSubmitted")).split(",")).containsExactlyInAnyOrder(
        "application", "special_conditions_report", "local_content_information", "extension_justification", "permit_copy");
    assertThat(variable(applicationId, "missingDocuments")).isEqualTo("");
    assertThat(history.createHistoricTaskInstanceQuery().processInstanceBusinessKey(applicationId).unfinished().list())
        .extracting(HistoricTaskInstance::getTaskDefinitionKey, HistoricTaskInstance::getAssignee)
        .containsExactly(tuple("UserTask_ReviewApplication", "provider.specialist"));
    assertThat(pdfText(artifacts.resolve("acceptance-receipt-s29-ru.pdf"))).contains(applicationId);
    for (ProcessInstance open : runtime.createProcessInstanceQuery().processInstanceBusinessKey(applicationId).rootProcessInstances().list()) {
      runtime.deleteProcessInstance(open.getId(), "Standard 29 browser test done", true, true);
    }
  }

  /** A variable of the application: one value across its processes (the spine and its blocks). */
  private Object variable(String applicationId, String name) {
    String[] instances = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(applicationId)
        .list().stream().map(HistoricProcessInstance::getId).toArray(String[]::new);
    List<Object> values = history.createHistoricVariableInstanceQuery().processInstanceIdIn(instances)
        .variableName(name).list().stream().map(HistoricVariableInstance::getValue).distinct().toList();
    assertThat(values).as("the values of %s in application %s", name, applicationId).hasSizeLessThanOrEqualTo(1);
    return values.isEmpty() ? null : values.get(0);
  }

  private static String localDay(Object date) {
    return ((Date) date).toInstant().atZone(ALMATY).toLocalDate().toString();
  }

  /** A run that failed half-way leaves its application open; the script must find only its own. */
  private void removeApplicationsOfEarlierRuns() {
    for (ProcessInstance leftover : runtime.createProcessInstanceQuery().rootProcessInstances()
        .variableValueEquals("applicantName", APPLICANT).list()) {
      runtime.deleteProcessInstance(leftover.getId(), "Left by an earlier Tasklist browser test run", true, true);
    }
  }
}
