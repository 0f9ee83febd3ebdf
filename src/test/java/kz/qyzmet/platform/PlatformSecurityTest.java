package kz.qyzmet.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import kz.qyzmet.HttpClientForTests;
import java.util.List;
import java.util.UUID;
import kz.qyzmet.QyzmetIntegrationTest;
import kz.qyzmet.WebappSession;
import kz.qyzmet.security.Roles;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@QyzmetIntegrationTest
class PlatformSecurityTest {

  @LocalServerPort
  int port;

  @Autowired
  IdentityService identityService;

  HttpClientForTests http;

  @BeforeEach
  void client() {
    http = new HttpClientForTests(port);
  }

  @Test
  void anonymousCallToEngineRestGets401WithBasicChallenge() {
    HttpResponse<String> response = http.get("/engine-rest/process-definition", null, null);
    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
        value -> assertThat(value).startsWith("Basic realm=\"Qyzmet\""));
  }

  @Test
  void anonymousCallToDomainApiGets401() {
    HttpResponse<String> response = http.get("/api/v1/anything", null, null);
    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("WWW-Authenticate")).isPresent();
  }

  @Test
  void wrongPasswordGets401() {
    String user = userForFailedLogins();
    HttpResponse<String> response = http.get("/engine-rest/process-definition", user, "wrong");
    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("WWW-Authenticate")).isPresent();
    assertThat(http.get("/api/v1/anything", user, "wrong").statusCode()).isEqualTo(401);
    assertThat(http.get("/engine-rest/process-definition", "nobody", "demo").statusCode()).isEqualTo(401);
  }

  /**
   * A user of its own for the failed-login tests: the engine delays a user's next login after a
   * failed one (brute-force protection), which would disturb the tests that use the demo users.
   */
  private String userForFailedLogins() {
    String id = "failed.login." + UUID.randomUUID().toString().substring(0, 8);
    var user = identityService.newUser(id);
    user.setPassword("right");
    identityService.saveUser(user);
    identityService.createMembership(id, Roles.PSC_OPERATORS);
    return id;
  }

  @Test
  void administratorReadsEngineRest() {
    HttpResponse<String> response = http.get("/engine-rest/process-definition", "demo", "demo");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).startsWith("[");
  }

  @ParameterizedTest(name = "{0} is refused the engine REST API")
  @CsvSource({"integration.client", "psc.operator", "ztmo.specialist", "provider.specialist", "department.head",
      "psc.head", "quality.inspector", "process.owner"})
  void theEngineRestApiIsForAdministratorsOnly(String user) {
    for (String path : List.of("/engine-rest/process-definition", "/engine-rest/task", "/engine-rest/variable-instance",
        "/engine-rest/engine/default/history/task", "/engine-rest/engine/default/variable-instance", "/engine-rest/engine")) {
      HttpResponse<String> response = http.get(path, user, "demo");
      assertThat(response.statusCode()).as(user + " " + path).isEqualTo(403);
      assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
      assertThat(response.body()).contains("for administrators");
    }
  }

  @Test
  void engineAuthorizationsApplyInTheWebapps() {
    String check = WebappSession.ENGINE + "/authorization/check?permissionName=ACCESS"
        + "&resourceName=Application&resourceType=0&resourceId=cockpit";
    HttpResponse<String> worker = WebappSession.login(port, "psc.operator", "demo", "tasklist").get(check);
    assertThat(worker.statusCode()).isEqualTo(200);
    assertThat(worker.body()).contains("\"authorized\":false");
    HttpResponse<String> owner = WebappSession.login(port, "process.owner", "demo", "cockpit").get(check);
    assertThat(owner.body()).contains("\"authorized\":true");
  }

  @Test
  void healthIsOpenButShowsNoDetailsToAnonymousCallers() {
    HttpResponse<String> anonymous = http.get("/actuator/health", null, null);
    assertThat(anonymous.statusCode()).isEqualTo(200);
    assertThat(anonymous.body()).contains("\"status\":\"UP\"").doesNotContain("components");
    HttpResponse<String> admin = http.get("/actuator/health", "demo", "demo");
    assertThat(admin.body()).contains("components");
  }

  @Test
  void otherActuatorEndpointsNeedAuthentication() {
    assertThat(http.get("/actuator/metrics", null, null).statusCode()).isEqualTo(401);
    assertThat(http.get("/actuator/info", null, null).statusCode()).isEqualTo(401);
    assertThat(http.get("/actuator/metrics", "demo", "demo").statusCode()).isEqualTo(200);
  }

  @Test
  void prometheusMetricsNeedAuthenticationAndCarryTheSlaGauges() {
    assertThat(http.get("/actuator/prometheus", null, null).statusCode()).isEqualTo(401);
    HttpResponse<String> scrape = http.send(http.request("/actuator/prometheus", "process.owner", "demo")
        .setHeader("Accept", "text/plain").GET().build());
    assertThat(scrape.statusCode()).isEqualTo(200);
    assertThat(scrape.body()).contains("qyzmet_sla_metrics_refresh_seconds");
  }

  @ParameterizedTest(name = "{0} logging into {1}: {2}")
  @CsvSource({
      "demo, tasklist, 200", "demo, cockpit, 200", "demo, admin, 200",
      "psc.operator, tasklist, 200", "psc.operator, cockpit, 403",
      "ztmo.specialist, tasklist, 200", "ztmo.specialist, cockpit, 403",
      "provider.specialist, tasklist, 200", "provider.specialist, cockpit, 403",
      "department.head, tasklist, 200", "department.head, cockpit, 403",
      "psc.head, tasklist, 200", "psc.head, cockpit, 403",
      "quality.inspector, tasklist, 200", "quality.inspector, admin, 403",
      "process.owner, cockpit, 200", "process.owner, tasklist, 200", "process.owner, admin, 403",
      "integration.client, tasklist, 403", "integration.client, cockpit, 403", "integration.client, admin, 403"})
  void webappLoginFollowsTheRoleTable(String user, String app, int expectedStatus) {
    assertThat(webappLogin(user, "demo", app).statusCode()).isEqualTo(expectedStatus);
  }

  @Test
  void webappLoginWithWrongPasswordIsRefused() {
    assertThat(webappLogin(userForFailedLogins(), "wrong", "tasklist").statusCode()).isEqualTo(401);
  }

  @Test
  void tasklistIsServed() {
    HttpResponse<String> page = http.get("/camunda/app/tasklist/default/", null, null);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("<html").containsIgnoringCase("tasklist");
  }

  /** Logs in as the webapps' own login form does: first a page for the CSRF cookie, then the POST. */
  private HttpResponse<String> webappLogin(String user, String password, String app) {
    HttpClientForTests browser = new HttpClientForTests(port);
    browser.get("/camunda/app/" + app + "/default/", null, null);
    String csrf = browser.client().cookieHandler().orElseThrow() instanceof java.net.CookieManager manager
        ? manager.getCookieStore().getCookies().stream()
            .filter(c -> c.getName().equals("XSRF-TOKEN")).map(java.net.HttpCookie::getValue)
            .findFirst().orElse("")
        : "";
    String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
        + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
    HttpRequest request = HttpRequest.newBuilder(
            URI.create(browser.baseUrl() + "/camunda/api/admin/auth/user/default/login/" + app))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("Accept", "application/json")
        .header("X-XSRF-TOKEN", csrf)
        .POST(HttpRequest.BodyPublishers.ofString(form))
        .build();
    return browser.send(request);
  }
}
