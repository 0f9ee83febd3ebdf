package kz.qyzmet.api;

import static kz.qyzmet.api.ApiClient.COMPLETE_PACKAGE;
import static kz.qyzmet.api.ApiClient.application;
import static kz.qyzmet.api.ApiClient.problem;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import kz.qyzmet.QyzmetIntegrationTest;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The rights table of docs/api.md, group by group: every role reads (an application's receipt too); integration clients, PSC
 * operators, ZTMO and department specialists and administrators also submit applications, deliver
 * documents and file complaints; heads, quality inspectors and process owners only read.
 */
@QyzmetIntegrationTest
class RightsApiTest extends ApiTestSupport.JustBeforeNauryz {

  @Autowired IdentityService identityService;

  @ParameterizedTest(name = "{0} ({1}): submit {2}")
  @CsvSource({
      "demo,                camunda-admin,        true",
      "integration.client,  integration-clients,  true",
      "psc.operator,        psc-operators,        true",
      "ztmo.specialist,     ztmo-specialists,     true",
      "provider.specialist, provider-specialists, true",
      "department.head,     department-heads,     false",
      "psc.head,            psc-heads,            false",
      "quality.inspector,   quality-inspectors,   false",
      "process.owner,       process-owners,       false"
  })
  void rightsOfEachGroup(String user, String group, boolean submits) {
    assertThat(api.get("/api/v1/standards", user).statusCode()).isEqualTo(200);
    assertThat(api.get("/api/v1/standards/2", user).statusCode()).isEqualTo(200);
    assertThat(api.get("/api/v1/standards/2/required-documents?channel=psc", user).statusCode()).isEqualTo(200);

    HttpResponse<String> submitted = api.post("/api/v1/applications", user,
        application("ztmo", COMPLETE_PACKAGE).toString());
    String id;
    if (submits) {
      assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
      id = ApiClient.read(submitted.body()).get("id").asText();
    } else {
      var problem = problem(submitted, 403, "Authorization");
      assertThat(problem.get("detail").asText()).contains(user).contains("integration-clients");
      id = api.submit(application("ztmo", COMPLETE_PACKAGE)).get("id").asText();
    }
    assertThat(api.get("/api/v1/applications/" + id, user).statusCode()).isEqualTo(200);
    HttpResponse<String> receipt = api.http.send(api.http.request("/api/v1/applications/" + id + "/receipt", user,
        ApiClient.PASSWORD).setHeader("Accept", "application/pdf, application/problem+json").GET().build());
    assertThat(receipt.statusCode()).isEqualTo(200);
    assertThat(receipt.headers().firstValue("Content-Type")).hasValue("application/pdf");

    HttpResponse<String> complaint = api.post("/api/v1/applications/" + id + "/complaints", user,
        "{\"level\": \"provider\", \"text\": \"Мерзімі өтті\"}");
    assertThat(complaint.statusCode()).as(complaint.body()).isEqualTo(submits ? 201 : 403);
    String complaintId = submits ? ApiClient.read(complaint.body()).get("id").asText()
        : api.post("/api/v1/applications/" + id + "/complaints", "{\"level\": \"provider\", \"text\": \"Мерзімі өтті\"}")
            .headers().firstValue("Location").orElseThrow().replace("/api/v1/complaints/", "");
    assertThat(api.get("/api/v1/complaints/" + complaintId, user).statusCode()).isEqualTo(200);

    // Nothing is waiting for documents: those who may deliver learn so (409), the others may not ask (403).
    HttpResponse<String> documents = api.post("/api/v1/applications/" + id + "/documents", user,
        "{\"documents\": [\"application\"]}");
    assertThat(documents.statusCode()).as(documents.body()).isEqualTo(submits ? 409 : 403);
  }

  /** Event subscriptions: integration clients and administrators; dead letters: administrators (docs/events.md). */
  @ParameterizedTest(name = "{0} ({1}): subscribe {2}, dead letters {3}")
  @CsvSource({
      "demo,                camunda-admin,        true,  true",
      "integration.client,  integration-clients,  true,  false",
      "psc.operator,        psc-operators,        false, false",
      "ztmo.specialist,     ztmo-specialists,     false, false",
      "provider.specialist, provider-specialists, false, false",
      "department.head,     department-heads,     false, false",
      "psc.head,            psc-heads,            false, false",
      "quality.inspector,   quality-inspectors,   false, false",
      "process.owner,       process-owners,       false, false"
  })
  void eventRightsOfEachGroup(String user, String group, boolean subscribes, boolean administers) {
    HttpResponse<String> created = api.post("/api/v1/subscriptions", user,
        "{\"callbackUrl\": \"https://events.example.kz/rights\", \"eventTypes\": [\"complaint.answered\"], "
            + "\"standards\": [30]}");
    if (subscribes) {
      assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
      String id = ApiClient.read(created.body()).get("id").asText();
      assertThat(api.get("/api/v1/subscriptions", user).statusCode()).isEqualTo(200);
      assertThat(api.get("/api/v1/subscriptions/" + id, user).statusCode()).isEqualTo(200);
      assertThat(api.http.send(api.http.request("/api/v1/subscriptions/" + id, user, ApiClient.PASSWORD).DELETE()
          .build()).statusCode()).isEqualTo(204);
    } else {
      assertThat(problem(created, 403, "Authorization").get("detail").asText()).contains(user)
          .contains("integration-clients");
      problem(api.get("/api/v1/subscriptions", user), 403, "Authorization");
    }
    HttpResponse<String> deadLetters = api.get("/api/v1/event-deliveries/dead-letters", user);
    HttpResponse<String> replay = api.post("/api/v1/event-deliveries/0/replay", user, null);
    if (administers) {
      assertThat(deadLetters.statusCode()).as(deadLetters.body()).isEqualTo(200);
      problem(replay, 404, "id");
    } else {
      problem(deadLetters, 403, "Authorization");
      problem(replay, 403, "Authorization");
    }
  }

  @Test
  void anonymousOrAWrongPassword_401() {
    assertThat(api.http.get("/api/v1/standards", null, null).statusCode()).isEqualTo(401);
    assertThat(api.http.get("/api/v1/standards", "integration.client", "wrong").statusCode()).isEqualTo(401);
    assertThat(api.http.post("/api/v1/applications", null, null, "{}").statusCode()).isEqualTo(401);
  }

  @Test
  void aUserInNoRoleGroup_readsNothing() {
    String userId = "api.nobody";
    var user = identityService.newUser(userId);
    user.setPassword("demo");
    identityService.saveUser(user);
    try {
      problem(api.get("/api/v1/standards", userId), 403, "Authorization");
      problem(api.http.send(api.http.request("/api/v1/applications/NO-SUCH-APPLICATION/receipt", userId,
          ApiClient.PASSWORD).setHeader("Accept", "application/pdf, application/problem+json").GET().build()), 403,
          "Authorization");
      problem(api.post("/api/v1/applications", userId, application("psc", COMPLETE_PACKAGE).toString()), 403,
          "Authorization");
      problem(api.get("/api/v1/subscriptions", userId), 403, "Authorization");
    } finally {
      identityService.deleteUser(userId);
    }
  }
}
