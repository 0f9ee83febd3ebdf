package kz.qyzmet.tasklist;

import static kz.qyzmet.WebappSession.ENGINE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import kz.qyzmet.HttpClientForTests;
import kz.qyzmet.QyzmetIntegrationTest;
import kz.qyzmet.TestIins;
import kz.qyzmet.WebappSession;
import kz.qyzmet.application.ApplicationRecords;
import kz.qyzmet.catalog.StandardsCatalog;
import kz.qyzmet.process.ProcessScenario;
import kz.qyzmet.process.RequiredDocuments;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The start form Tasklist is given is the standard's as worded today: the decree's own form until an
 * amendment's first day, the amended wording's from that day (TodaysStartForms), with the three
 * fictitious amendments of standard 2 in force (src/test/resources/amendments-fictitious*: from Monday
 * 4 May 2026 the akim of a rural district takes applications, asking for the PSC's documents, and a
 * changed surname brings its document).
 */
@QyzmetIntegrationTest
class TodaysStartFormsTest {

  static final String PROCESS = "s02-basic-pension-payment-assignment";
  static final String FORM = ENGINE + "/process-definition/key/" + PROCESS + "/deployed-start-form";
  static final String APPLICANT = "Әкімова Сәуле Ержанқызы";

  @LocalServerPort int port;
  @Autowired StandardsCatalog catalog;
  @Autowired RequiredDocuments requiredDocuments;
  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;
  @Autowired ApplicationRecords records;

  List<StandardsCatalog.AmendmentFile> inForce;
  final ObjectMapper json = new ObjectMapper();

  @BeforeEach
  void threeAmendmentsInForce() {
    inForce = catalog.amendments();
    catalog.putInForce(Stream.of("amendments-fictitious", "amendments-fictitious-later", "amendments-fictitious-channel")
        .flatMap(folder -> StandardsCatalog.loadAmendments("classpath*:" + folder + "/*.yaml").stream()).toList());
  }

  @AfterEach
  void amendmentsWithdrawn() {
    // An application on a fictitious wording must not outlive it (a later calendar correction re-derives
    // every running application's dates from its wording).
    for (ProcessInstance open : runtime.createProcessInstanceQuery().rootProcessInstances()
        .variableValueEquals("applicantName", APPLICANT).list()) {
      runtime.deleteProcessInstance(open.getId(), "TodaysStartFormsTest: its fictitious amendments are withdrawn", true, true);
    }
    catalog.putInForce(inForce);
    ProcessScenario.resetClock();
  }

  @Test
  void theDayBeforeTheDecreesFormIsServed_fromTheAmendmentsDayItsWordings_withoutARestart() throws IOException {
    WebappSession operator = WebappSession.login(port, "psc.operator", "demo", "tasklist");
    String deployed = deployedForm();

    ProcessScenario.clockAt("2026-05-03T23:00");  // Sunday evening in Almaty
    HttpResponse<String> sunday = operator.get(FORM);
    assertThat(sunday.statusCode()).isEqualTo(200);
    // 1 April's wording is in force: its form, without the akim or the changed surname.
    assertThat(sunday.body()).isNotEqualTo(deployed).contains("Редакция, действующая с 01.04.2026")
        .doesNotContain("akim", "surname-changed");

    ProcessScenario.clockAt("2026-05-04T00:01");
    HttpResponse<String> monday = operator.get(FORM);
    assertThat(monday.statusCode()).isEqualTo(200);
    assertThat(monday.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
    String expected = StartForms.form(catalog.wordingOn(2, LocalDate.parse("2026-05-04")), requiredDocuments.table(2,
        repository.createProcessDefinitionQuery().processDefinitionKey(PROCESS).latestVersion().singleResult().getId()));
    assertThat(monday.body()).isEqualTo(expected).contains("\"value\": \"akim\"", "\"value\": \"surname-changed\"",
        "Редакция, действующая с 04.05.2026");
    // By the definition's id, and to an administrator over the engine's REST API, the same.
    String id = repository.createProcessDefinitionQuery().processDefinitionKey(PROCESS).latestVersion().singleResult().getId();
    assertThat(operator.get(ENGINE + "/process-definition/" + id + "/deployed-start-form").body()).isEqualTo(expected);
    HttpResponse<String> admin = new HttpClientForTests(port).get("/engine-rest/process-definition/key/" + PROCESS
        + "/deployed-start-form", "demo", "demo");
    assertThat(admin.statusCode()).isEqualTo(200);
    assertThat(admin.body()).isEqualTo(expected);
    // Who may read a start form is still the engine's to say: no form without a login.
    HttpResponse<String> anonymous = WebappSession.anonymous(port).get(FORM);
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(anonymous.body()).doesNotContain("akim");
    // Another standard, never amended: its deployed form.
    assertThat(operator.get(ENGINE + "/process-definition/key/" + catalog.require(1).processKey() + "/deployed-start-form")
        .body()).isEqualTo(deployedForm("s01"));

    // The amendments withdrawn: the decree's form again, at once.
    catalog.putInForce(inForce);
    assertThat(operator.get(FORM).body()).isEqualTo(deployed);
  }

  @Test
  void onTheAmendmentsDay_theOperatorTakesAnApplicationInAtTheAkimByNamesInTasklist() throws IOException {
    ProcessScenario.clockAt("2026-05-04T10:00");
    Path artifacts = TasklistBrowserTest.runScript(port, "s02-amended", "ru-RU", APPLICANT, TestIins.random("8501013"),
        Map.of("QYZMET_JOURNEY", "s02-amended"), 3);
    assertThat(json.readTree(artifacts.resolve("result.json").toFile()).path("passed").asBoolean()).isTrue();

    // What the operator started is an application of the akim, under the wording of 4 May, asking the PSC's documents.
    ProcessInstance started = runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS)
        .variableValueEquals("applicantName", APPLICANT).singleResult();
    assertThat(started).as("the application started in the browser").isNotNull();
    var record = records.find(started.getBusinessKey()).orElseThrow();
    assertThat(record.channel()).isEqualTo("akim");
    assertThat(record.createdBy()).isEqualTo("psc.operator");
    assertThat(variable(started, "wordingEffectiveFrom")).isEqualTo("2026-05-04");
    assertThat(variable(started, "applicantFlags")).isEqualTo("surname-changed");
    assertThat(List.of(((String) variable(started, "documentsSubmitted")).split(","))).containsExactlyInAnyOrder(
        "application", "identity_document", "bank_account_details", "employment_record_book", "surname_change_document");
    assertThat(variable(started, "missingDocuments")).isEqualTo("");
    assertThat(variable(started, "statutoryDueDate")).isEqualTo(ProcessScenario.at("2026-05-20T18:00"));
  }

  private Object variable(ProcessInstance instance, String name) {
    HistoricVariableInstance found = history.createHistoricVariableInstanceQuery()
        .processInstanceId(instance.getId()).variableName(name).singleResult();
    return found == null ? null : found.getValue();
  }

  private static String deployedForm() throws IOException {
    return deployedForm("s02");
  }

  private static String deployedForm(String code) throws IOException {
    try (InputStream in = TodaysStartFormsTest.class.getResourceAsStream("/forms/submit-application-" + code + ".form")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
