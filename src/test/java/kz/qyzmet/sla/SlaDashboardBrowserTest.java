package kz.qyzmet.sla;

import static kz.qyzmet.sla.SlaTestData.clockAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.qyzmet.QyzmetIntegrationTest;
import kz.qyzmet.browser.NodeBrowserScripts;
import kz.qyzmet.sla.SlaReport.StandardSla;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The SLA dashboard in Cockpit, in headless Chromium (src/test/browser/sla-dashboard.js): a
 * process owner logs in, and the rows of standards 2, 6 and 10 (seeded here, on Friday 20 March
 * 2026 before Nauryz) show the backend's numbers; the overdue list and the complaint link to their
 * instances; the standard's process definition has its SLA tab. Screenshots and what the browser
 * read are kept in {@code <build directory>/browser-artifacts/sla/}. Fails when the script fails;
 * skipped without Chromium or Node only when CI is not set.
 */
@QyzmetIntegrationTest
class SlaDashboardBrowserTest {

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired SlaService sla;
  @Autowired RuntimeService runtimeService;
  @Autowired RepositoryService repositoryService;
  @Autowired ObjectMapper json;

  final List<SlaTestData> seeded = new ArrayList<>();
  String complaint;

  @AfterEach
  void clean() {
    SlaTestData.resetClock();
    if (complaint != null) {
      runtimeService.deleteProcessInstance(complaint, "SLA browser test done");
    }
    seeded.forEach(SlaTestData::forget);
  }

  @Test
  void processOwnerSeesTheStandardsRowsAndNumbers_andFollowsTheLinks() throws IOException {
    NodeBrowserScripts browser = NodeBrowserScripts.prepare(NodeBrowserScripts.BROWSER_TESTS, "SLA dashboard browser test");

    SlaTestData s02 = data(2);
    s02.open("IN_REVIEW", "ztmo", "2026-03-06T10:00", "2026-03-20T18:00");
    String s02Overdue = s02.open("IN_REVIEW", "psc", "2026-02-27T10:00", "2026-03-13T18:00");
    s02.breach(s02Overdue, "SERVICE_TERM", "2026-03-13T18:00", "2026-03-13T18:00");
    s02.open("REGISTERED", "portal", "2026-03-13T10:00", "2026-03-27T18:00");
    s02.closed("GRANTED", "2026-03-02T10:00", "2026-03-16T18:00", "2026-03-12T15:00");
    String late = s02.closed("REFUSED", "2026-03-02T10:00", "2026-03-16T18:00", "2026-03-18T11:00");
    s02.breach(late, "SERVICE_TERM", "2026-03-16T18:00", "2026-03-16T18:00");
    SlaTestData s06 = data(6);
    s06.open("AWAITING_DOCUMENTS", "portal", "2026-03-02T10:00", "2026-03-19T18:00");
    s06.open("IN_REVIEW", "psc", "2026-03-04T10:00", "2026-03-18T18:00");
    s06.closed("GRANTED", "2026-03-05T10:00", "2026-03-19T18:00", "2026-03-17T12:00");
    SlaTestData s10 = data(10);
    s10.open("REGISTERED", "psc", "2026-03-19T10:00", "2026-04-02T18:00");

    clockAt("2026-03-18T10:00");
    // As ComplaintFiling names a complaint: its standard's code, the day, eight hex digits.
    String complaintId = "C-S02-20260318-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    complaint = runtimeService.startProcessInstanceByKey("complaint-review", complaintId, Map.of(
        "applicationId", s02Overdue, "standardNumber", 2, "standardCode", "s02",
        "applicantName", "Сапарова Айгүл", "complaintLevel", "provider", "complaintText", "Жауап кешікті",
        "complaintId", complaintId)).getId();

    clockAt("2026-03-20T10:00");
    SlaReport expected = sla.report(SlaReport.Scope.all());
    String s02Definition = repositoryService.createProcessDefinitionQuery()
        .processDefinitionKey("s02-basic-pension-payment-assignment").latestVersion().singleResult().getId();

    Path artifacts = NodeBrowserScripts.artifactsDirectory("sla");
    Files.createDirectories(artifacts);
    Files.deleteIfExists(artifacts.resolve("sla-result.json"));
    Path log = artifacts.resolve("sla-dashboard.log");
    int exit = browser.run("sla-dashboard.js", Map.of(
        "QYZMET_BASE_URL", "http://localhost:" + port,
        "QYZMET_ARTIFACTS", artifacts.toString(),
        "QYZMET_USER", "process.owner",
        "QYZMET_PASSWORD", "demo",
        "QYZMET_PROCESS_DEFINITION_ID", s02Definition,
        // Other tests leave complaints open too: follow this test's own.
        "QYZMET_COMPLAINT_ID", complaintId,
        "QYZMET_CHROMIUM", NodeBrowserScripts.CHROMIUM.toString(),
        // A Kazakh browser: the plugin speaks the browser's language where Cockpit offers only English.
        "QYZMET_LOCALE", "kk-KZ"), log, 5);
    if (exit != 0) {
      fail("The SLA dashboard script failed (exit " + exit + "); screenshots in " + artifacts + ":\n"
          + NodeBrowserScripts.tail(log));
    }

    JsonNode seen = json.readTree(artifacts.resolve("sla-result.json").toFile());
    JsonNode dashboard = seen.path("dashboard");
    assertThat(dashboard.path("asOf").asText()).contains("20.03.2026 10:00").contains("27.03.2026")
        .contains("жағдай бойынша");
    List<String> headers = new ArrayList<>();
    dashboard.path("headers").forEach(header -> headers.add(header.asText()));
    assertThat(headers).contains("Стандарт", "Ашық", "Бүгін бітеді", "Мерзімі өткен", "Өтініш", "Шағым");
    assertThat(dashboard.path("texts").asText()).doesNotContain("Overdue", "Open", "Standard", "Complaint")
        .doesNotContainPattern("\\b(psc|ztmo|portal|IN_REVIEW|REGISTERED)\\b");
    for (int standard : new int[] {2, 6, 10}) {
      StandardSla row = expected.standards().stream().filter(s -> Integer.valueOf(standard).equals(s.number()))
          .findFirst().orElseThrow();
      assertRowShows(cells(dashboard, String.valueOf(standard)), row);
    }
    assertRowShows(cells(dashboard, "total"), expected.total());
    JsonNode s02Cells = cells(dashboard, "2");
    assertThat(s02Cells.path("standard").asText()).contains("№ 2")
        .contains("Мемлекеттік базалық зейнетақы төлемін тағайындау");
    assertThat(Integer.parseInt(s02Cells.path("overdue").asText())).isGreaterThanOrEqualTo(1);
    assertThat(Integer.parseInt(cells(dashboard, "6").path("overdue").asText())).isGreaterThanOrEqualTo(2);

    List<String> overdueShown = new ArrayList<>();
    dashboard.path("overdue").forEach(a -> overdueShown.add(a.path("application").asText()));
    assertThat(overdueShown).containsSubsequence(expected.overdue().applications().stream()
        .map(SlaReport.OverdueApplication::applicationId).toList()).contains(s02Overdue);
    dashboard.path("overdue").forEach(a -> assertThat(a.path("href").asText()).matches("#/process-instance/.+/runtime"));
    dashboard.path("overdue").forEach(a -> assertThat(a.path("cells").get(2).asText()).isIn("ХҚКО", "ЗТМО", "Портал", "Қызмет беруші", "Әкім"));

    assertThat(dashboard.path("complaints").findValuesAsText("complaint")).contains(complaintId);
    assertThat(seen.path("followedLink").asText()).contains("#/process-instance/" + complaint);
    // Cockpit shows which standard the complaint-review instance serves: its business key names it.
    assertThat(seen.path("complaintInstanceText").asText()).contains(complaintId);

    JsonNode tab = seen.path("processDefinitionTab");
    assertThat(tab.path("standards")).hasSize(1);
    assertRowShows(cells(tab, "2"), expected.standards().stream()
        .filter(s -> Integer.valueOf(2).equals(s.number())).findFirst().orElseThrow());

    Path png = artifacts.resolve("sla-dashboard.png");
    assertThat(png).exists();
    byte[] bytes = Files.readAllBytes(png);
    assertThat(bytes.length).isGreaterThan(20_000);
    assertThat(new String(bytes, 1, 3, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("PNG");
  }

  private SlaTestData data(int standard) {
    SlaTestData data = new SlaTestData(jdbc, standard);
    seeded.add(data);
    return data;
  }

  private static JsonNode cells(JsonNode view, String standard) {
    for (JsonNode row : view.path("standards")) {
      if (row.path("standard").asText().equals(standard)) {
        return row.path("cells");
      }
    }
    throw new AssertionError("The browser shows no row for standard " + standard + ": " + view.path("standards"));
  }

  /** The cells as plugin.js writes the report's figures. */
  private static void assertRowShows(JsonNode cells, StandardSla row) {
    String which = "row " + (row.number() == null ? "total" : row.number());
    assertThat(cells.path("open").asText()).as(which + " open").isEqualTo(String.valueOf(row.open()));
    assertThat(cells.path("dueToday").asText()).as(which + " due today").isEqualTo(String.valueOf(row.dueToday()));
    assertThat(cells.path("dueWithinTwoWorkingDays").asText()).as(which + " within two working days")
        .isEqualTo(String.valueOf(row.dueWithinTwoWorkingDays()));
    assertThat(cells.path("overdue").asText()).as(which + " overdue").isEqualTo(String.valueOf(row.overdue()));
    assertThat(cells.path("breaches30Days").asText()).as(which + " breaches")
        .isEqualTo(String.valueOf(row.breaches30Days()));
    assertThat(cells.path("breachRate30Days").asText()).as(which + " breach rate")
        .isEqualTo(row.breachRate30Days() == null ? "—" : plain(Math.round(row.breachRate30Days() * 1000) / 10.0) + "%");
    assertThat(cells.path("medianWorkingDays").asText()).as(which + " median")
        .isEqualTo(row.medianWorkingDays() == null ? "—" : plain(row.medianWorkingDays()));
    assertThat(cells.path("openComplaints").asText()).as(which + " complaints")
        .startsWith(String.valueOf(row.openComplaints()));
  }

  /** A number as JavaScript's String(n) writes it: 7 for 7.0, 6.5 for 6.5. */
  private static String plain(double value) {
    return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
  }
}
