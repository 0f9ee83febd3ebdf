package kz.qyzmet.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.qyzmet.QyzmetIntegrationTest;
import kz.qyzmet.TestIins;
import kz.qyzmet.browser.NodeBrowserScripts;
import kz.qyzmet.catalog.StandardsCatalog;
import kz.qyzmet.security.Roles;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.FileSystemUtils;

/**
 * Camunda's webapps in Russian and Kazakh, in headless Chromium (src/test/browser/webapp-languages.js):
 * a browser whose language is ru-RU, then one in kk-KZ, opens Tasklist, Cockpit, Admin and Welcome
 * as the demo users. Each page is in the browser's language, shows no migration banner and no
 * English in Camunda's own text; the task card's due date reads "N дней назад" / "N күн бұрын";
 * standard 2's start form sent empty says "Обязательное поле." / "Толтыру міндетті." (form-js's own
 * words, scripts/qyzmet-forms.js); the task header names the candidate group, not its id; the
 * language switch turns the page to the other language. Screenshots: {build directory}/screenshots.
 */
@QyzmetIntegrationTest
class WebappLanguagesBrowserTest {

  static final String APPLICANT = "Тілдерова Сәуле Ержанқызы";
  static final String COMPLETE_PACKAGE = "application,identity_document,residence_registration_proof,bank_account_details";

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired IdentityService identity;
  @Autowired StandardsCatalog catalog;

  @AfterEach
  void removeTheApplication() {
    for (ProcessInstance instance : runtime.createProcessInstanceQuery().rootProcessInstances()
        .variableValueEquals("applicantName", APPLICANT).list()) {
      runtime.deleteProcessInstance(instance.getId(), "Webapp languages browser test done", true, true);
    }
  }

  @Test
  void russianAndKazakhBrowsersSeeCamundasWebappsInTheirLanguage_withoutBannerOrEnglish_formsAndGroupsIncluded() throws IOException {
    NodeBrowserScripts script = NodeBrowserScripts.prepare(NodeBrowserScripts.BROWSER_TESTS, "webapp languages browser test");
    removeTheApplication();
    Task task = anOperatorTaskOverdueByDays(11);

    Path artifacts = NodeBrowserScripts.buildDirectory().resolve("screenshots");
    FileSystemUtils.deleteRecursively(artifacts);
    Files.createDirectories(artifacts);
    Path log = artifacts.resolve("browser.log");
    int exit = script.run("webapp-languages.js", Map.of(
        "QYZMET_BASE_URL", "http://localhost:" + port,
        "QYZMET_ARTIFACTS", artifacts.toString(),
        "QYZMET_APPLICANT_NAME", APPLICANT,
        "QYZMET_LOCALES", "ru-RU,kk-KZ",
        "QYZMET_STEP_TIMEOUT_MS", "60000",
        "QYZMET_CHROMIUM", NodeBrowserScripts.CHROMIUM.toString()), log, 8);

    JsonNode result = new ObjectMapper().readTree(artifacts.resolve("languages-result.json").toFile());
    assertThat(exit).as("the browser script (screenshots and log in %s):%n%s%n%s", artifacts,
        NodeBrowserScripts.tail(log), result.toPrettyString()).isZero();

    long days = Duration.between(task.getDueDate().toInstant(), Instant.now()).toDays();
    JsonNode russian = result.path("languages").path("ru-RU");
    assertThat(russian.path("taskCardDue").asText()).matches("Срок (\\d+) (день|дня|дней) назад")
        .contains(String.valueOf(days));
    assertThat(russian.path("switchedTo").path("code").asText()).isEqualTo("kk");
    JsonNode kazakh = result.path("languages").path("kk-KZ");
    assertThat(kazakh.path("taskCardDue").asText()).matches("\\S+ (\\d+) күн бұрын").contains(String.valueOf(days));
    for (JsonNode language : List.of(russian, kazakh)) {
      assertThat(language.path("pages").fieldNames()).toIterable()
          .contains("tasklist-login", "tasklist-start", "tasklist-start-form-sent-empty", "cockpit-start",
              "admin-start", "welcome-start");
      language.path("pages").forEach(page -> assertThat(page.path("englishInCamunda").isEmpty())
          .as("%s", page).isTrue());
      // The language switch names English in English; nothing else of Qyzmet's screens may be English.
      assertThat(language.path("pages").path("tasklist-start-form-sent-empty").path("englishInQyzmet").fieldNames())
          .toIterable().as("English in the start form sent empty: %s", language).isSubsetOf("Language", "English");
      assertThat(language.path("taskGroups").asText()).as("the task's candidate group, by name")
          .isEqualTo("ХҚКО операторлары / Операторы ЦОН");
    }
    assertThat(russian.path("startFormErrors")).isNotEmpty()
        .allSatisfy(error -> assertThat(error.asText()).isEqualTo("Обязательное поле."));
    assertThat(russian.path("startFormSelects")).allSatisfy(select -> assertThat(select.asText()).isEqualTo("Выберите"));
    assertThat(kazakh.path("startFormErrors")).isNotEmpty()
        .allSatisfy(error -> assertThat(error.asText()).isEqualTo("Толтыру міндетті."));
    assertThat(kazakh.path("startFormSelects")).allSatisfy(select -> assertThat(select.asText()).isEqualTo("Таңдаңыз"));
  }

  /**
   * A standard 2 application received by the PSC operator now, its first task (the operator's)
   * made due {@code days} days ago and two hours, so its card reads a whole number of days.
   */
  private Task anOperatorTaskOverdueByDays(int days) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("channel", "psc");
    variables.put("applicantIin", TestIins.random());
    variables.put("applicantName", APPLICANT);
    variables.put("documentsSubmitted", COMPLETE_PACKAGE);
    identity.setAuthentication("psc.operator", List.of(Roles.PSC_OPERATORS));
    try {
      ProcessInstance spine = runtime.startProcessInstanceByKey(catalog.require(2).processKey(), variables);
      Task task = tasks.createTaskQuery().processInstanceBusinessKey(spine.getBusinessKey()).singleResult();
      assertThat(task).as("the operator's task, visible to the operator").isNotNull();
      // A due date is changed by an administrator (candidates may work on a task, not edit it).
      identity.setAuthentication("demo", List.of(Roles.ADMIN));
      task.setDueDate(Date.from(Instant.now().minus(Duration.ofDays(days)).minus(Duration.ofHours(2))));
      tasks.saveTask(task);
      identity.setAuthentication("psc.operator", List.of(Roles.PSC_OPERATORS));
      Task overdue = tasks.createTaskQuery().taskId(task.getId()).dueBefore(new Date()).singleResult();
      assertThat(overdue).as("the task, now overdue, as the operator reads it").isNotNull();
      return overdue;
    } finally {
      identity.clearAuthentication();
    }
  }
}
