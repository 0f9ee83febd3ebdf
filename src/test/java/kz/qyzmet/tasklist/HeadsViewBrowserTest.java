package kz.qyzmet.tasklist;

import static kz.qyzmet.process.ProcessScenario.clockAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import kz.qyzmet.QyzmetIntegrationTest;
import kz.qyzmet.TestIins;
import kz.qyzmet.browser.NodeBrowserScripts;
import kz.qyzmet.process.ProcessScenario;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The department head's overdue view in headless Chromium (src/test/browser/heads-view.js): a
 * standard 2 review held by a ZTMO specialist, 12 working days late, is on the head's
 * "Просроченные задачи специалистов" list with its assignee, and opens for the head. Screenshots in
 * {@code <build directory>/browser-artifacts/heads/} (docs/img/tasklist-heads-overdue.png is one).
 */
@QyzmetIntegrationTest
class HeadsViewBrowserTest {

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  final ObjectMapper json = new ObjectMapper();
  final String applicant = "Кешова Әлия " + UUID.randomUUID().toString().substring(0, 6)
      .chars().mapToObj(c -> String.valueOf((char) (Character.isDigit(c) ? 'g' + c - '0' : c))).reduce("", String::concat);

  @AfterEach
  void resetClock() {
    ProcessScenario.resetClock();
  }

  @Test
  void theHeadSeesTheLateReviewAndWhoHoldsIt() throws Exception {
    NodeBrowserScripts browser = NodeBrowserScripts.prepare(NodeBrowserScripts.BROWSER_TESTS, "heads' view browser test");
    clockAt("2026-03-18T10:00");
    ProcessScenario scenario = new ProcessScenario(engine);
    String iin = TestIins.random("8701014");
    scenario.start("s02-basic-pension-payment-assignment", Map.of("channel", "ztmo", "applicantName", applicant,
        "applicantIin", iin,
        "documentsSubmitted", "application,identity_document,residence_registration_proof,bank_account_details"));
    Task review = scenario.task("UserTask_ReviewApplication");
    engine.getTaskService().claim(review.getId(), "ztmo.specialist");
    scenario.moveClockAndFireTimers("2026-04-22T12:00");
    // The filter's ${now()} is the engine's moved clock; the browser's own clock only words the card's "ago".

    Path artifacts = NodeBrowserScripts.artifactsDirectory("heads");
    Files.createDirectories(artifacts);
    Files.deleteIfExists(artifacts.resolve("heads-result.json"));
    Path log = artifacts.resolve("heads-view.log");
    int exit = browser.run("heads-view.js", Map.of(
        "QYZMET_BASE_URL", "http://localhost:" + port,
        "QYZMET_ARTIFACTS", artifacts.toString(),
        "QYZMET_APPLICANT_NAME", applicant,
        "QYZMET_FILTER_NAME", "Просроченные задачи специалистов",
        "QYZMET_TASK_NAME", "Өтінішті қарау",
        "QYZMET_CHROMIUM", NodeBrowserScripts.CHROMIUM.toString(),
        "QYZMET_LOCALE", "ru-RU"), log, 5);
    if (exit != 0) {
      fail("The heads' view script failed (exit " + exit + "); screenshots in " + artifacts + ":\n"
          + NodeBrowserScripts.tail(log));
    }
    JsonNode seen = json.readTree(artifacts.resolve("heads-result.json").toFile());
    assertThat(seen.path("filters").toString()).contains("Мамандардың мерзімі өткен тапсырмалары / Просроченные задачи специалистов");
    assertThat(seen.path("cards")).hasSize(1);
    assertThat(seen.path("cards").get(0).asText()).contains("Кешова Ә.").contains("Жақсылықов");
    assertThat(seen.path("dueTooltip").asText()).contains("2026");
    assertThat(seen.path("details").asText()).contains("Өтінішті қарау / Рассмотреть заявление")
        .contains("Ерлан Жақсылықов");
    // The form area says why the case is not shown and how to reassign, not "Ошибка формы"; no error pops up.
    assertThat(seen.path("formText").asText()).contains("Дело по этой задаче видят только те, кто её выполняет")
        .contains("нажмите на имя исполнителя выше").doesNotContain("Ошибка формы").doesNotContain(iin);
    assertThat(seen.path("notifications")).isEmpty();
    System.out.println("heads-view " + seen.toPrettyString());
  }
}
