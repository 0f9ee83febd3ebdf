package kz.qyzmet.sla;

import static kz.qyzmet.sla.SlaTestData.clockAt;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import kz.qyzmet.HttpClientForTests;
import kz.qyzmet.QyzmetIntegrationTest;
import kz.qyzmet.WebappSession;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The SLA report over HTTP: {@code /api/v1/sla} with HTTP Basic, the Cockpit plugin's resource on
 * the webapp session, both for process owners and administrators only; and the plugin's files as
 * Cockpit loads them. Seeds standard 96 (no one else's).
 */
@QyzmetIntegrationTest
class SlaEndpointsTest {

  static final int STANDARD = 96;
  static final String PLUGIN = "/camunda/api/cockpit/plugin/qyzmet-sla";

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired ObjectMapper json;
  @Autowired RepositoryService repositoryService;

  HttpClientForTests http;
  SlaTestData data;

  @BeforeEach
  void seed() {
    http = new HttpClientForTests(port);
    data = new SlaTestData(jdbc, STANDARD);
    data.clearStandard();
    data.open("IN_REVIEW", "psc", "2026-03-02T10:00", "2026-03-16T18:00");
    data.open("IN_REVIEW", "portal", "2026-03-10T10:00", "2026-03-20T18:00");
    clockAt("2026-03-20T10:00");
  }

  @AfterEach
  void clean() {
    SlaTestData.resetClock();
    data.clearStandard();
  }

  @Test
  void restApi_forProcessOwnersAndAdministrators() throws Exception {
    for (String user : new String[] {"process.owner", "demo"}) {
      HttpResponse<String> response = http.get("/api/v1/sla", user, "demo");
      assertThat(response.statusCode()).as(user).isEqualTo(200);
      JsonNode report = json.readTree(response.body());
      assertThat(report.path("today").asText()).isEqualTo("2026-03-20");
      assertThat(report.path("dueSoonUntil").asText()).isEqualTo("2026-03-27");
      assertThat(report.path("asOf").asText()).isEqualTo("2026-03-20T10:00:00+05:00");
      JsonNode row = standardRow(report, STANDARD);
      assertThat(row.path("open").asLong()).isEqualTo(2);
      assertThat(row.path("overdue").asLong()).isEqualTo(1);
      assertThat(row.path("dueToday").asLong()).isEqualTo(1);
    }
    HttpResponse<String> one = http.get("/api/v1/sla/standards/" + STANDARD, "process.owner", "demo");
    assertThat(one.statusCode()).isEqualTo(200);
    JsonNode report = json.readTree(one.body());
    assertThat(report.path("standards")).hasSize(1);
    assertThat(report.path("scope").path("standard").asInt()).isEqualTo(STANDARD);
    assertThat(report.path("overdue").path("applications").get(0).path("dueAt").asText())
        .isEqualTo("2026-03-16T18:00:00+05:00");
  }

  @Test
  void restApi_refusesWorkersAndStrangers() {
    HttpResponse<String> worker = http.get("/api/v1/sla", "psc.operator", "demo");
    assertThat(worker.statusCode()).isEqualTo(403);
    assertThat(worker.body()).contains("process-owners");
    assertThat(http.get("/api/v1/sla", "integration.client", "demo").statusCode()).isEqualTo(403);
    assertThat(http.get("/api/v1/sla", null, null).statusCode()).isEqualTo(401);
  }

  @Test
  void cockpitPluginResource_onTheWebappSession_forProcessOwnersOnly() throws Exception {
    WebappSession owner = WebappSession.login(port, "process.owner", "demo", "cockpit");
    HttpResponse<String> response = owner.get(PLUGIN + "/default/sla");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/json"));
    JsonNode report = json.readTree(response.body());
    assertThat(standardRow(report, STANDARD).path("overdue").asLong()).isEqualTo(1);
    // The same figures as the REST API: one query layer.
    assertThat(report).isEqualTo(json.readTree(http.get("/api/v1/sla", "process.owner", "demo").body()));

    // A worker logged in to Tasklist passes the webapp's filter (any user of the engine) but not ours.
    WebappSession worker = WebappSession.login(port, "psc.operator", "demo", "tasklist");
    assertThat(worker.get(PLUGIN + "/default/sla").statusCode()).isEqualTo(403);
    assertThat(WebappSession.anonymous(port).get(PLUGIN + "/default/sla").statusCode()).isEqualTo(401);
  }

  @Test
  void cockpitPluginResource_onAProcessDefinitionsTab_coversItsStandard() throws Exception {
    String s02 = repositoryService.createProcessDefinitionQuery()
        .processDefinitionKey("s02-basic-pension-payment-assignment").latestVersion().singleResult().getId();
    WebappSession owner = WebappSession.login(port, "process.owner", "demo", "cockpit");
    JsonNode report = json.readTree(owner.get(PLUGIN + "/default/sla?processDefinitionId=" + s02).body());
    assertThat(report.path("scope").path("kind").asText()).isEqualTo("standard");
    assertThat(report.path("scope").path("standard").asInt()).isEqualTo(2);
    assertThat(report.path("standards")).hasSize(1);
    assertThat(report.path("standards").get(0).path("code").asText()).isEqualTo("s02");

    String complaints = repositoryService.createProcessDefinitionQuery().processDefinitionKey("complaint-review")
        .latestVersion().singleResult().getId();
    assertThat(json.readTree(owner.get(PLUGIN + "/default/sla?processDefinitionId=" + complaints).body())
        .path("scope").path("kind").asText()).isEqualTo("complaints");
    assertThat(owner.get(PLUGIN + "/default/sla?processDefinitionId=no-such-definition").statusCode())
        .isEqualTo(404);
  }

  @Test
  void pluginFiles_areServedAndCockpitLoadsThePlugin() {
    HttpResponse<String> script = http.get(PLUGIN + "/static/app/plugin.js", null, null);
    assertThat(script.statusCode()).isEqualTo(200);
    assertThat(script.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("text/javascript"));
    assertThat(script.body()).contains("export default", "cockpit.dashboard",
        "cockpit.processDefinition.runtime.tab", "/plugin/qyzmet-sla/");
    HttpResponse<String> style = http.get(PLUGIN + "/static/app/plugin.css", null, null);
    assertThat(style.statusCode()).isEqualTo(200);
    assertThat(style.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("text/css"));
    // Cockpit's page lists the plugin's package, which its bootstrap imports as an ES module.
    HttpResponse<String> cockpit = http.get("/camunda/app/cockpit/default/", null, null);
    assertThat(cockpit.body()).contains("cockpit-plugin-qyzmet-sla",
        "/camunda/api/cockpit/plugin/qyzmet-sla/static/app");
  }

  @Test
  void prometheusEndpoint_needsAuthentication() {
    assertThat(http.get("/actuator/prometheus", null, null).statusCode()).isEqualTo(401);
  }

  private static JsonNode standardRow(JsonNode report, int number) {
    for (JsonNode row : report.path("standards")) {
      if (row.path("number").asInt() == number) {
        return row;
      }
    }
    throw new AssertionError("No row for standard " + number + " in " + report);
  }
}
