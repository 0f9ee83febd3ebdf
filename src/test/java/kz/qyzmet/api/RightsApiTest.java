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
 * documents and file complaints; heads, quality inspectors and process owners only read. Every role
 * finds applications; by the applicant's IIN only those who see applicants whole (all of them) and
 * integration clients (their own ones), not process owners.
 * The case file's files, personal data, are attached by those who submit and read by those who see
 * applicants whole, and by the client that submitted the application; not by process owners nor by
 * another client.
 */
@QyzmetIntegrationTest
class RightsApiTest extends ApiTestSupport.JustBeforeNauryz {

  @Autowired IdentityService identityService;

  @ParameterizedTest(name = "{0} ({1}): submit {2}, search by IIN {3}, read others' case files {4}")
  @CsvSource({
      "demo,                camunda-admin,        true,  all, true",
      "integration.client,  integration-clients,  true,  own, false",
      "psc.operator,        psc-operators,        true,  all, true",
      "ztmo.specialist,     ztmo-specialists,     true,  all, true",
      "provider.specialist, provider-specialists, true,  all, true",
      "department.head,     department-heads,     false, all, true",
      "psc.head,            psc-heads,            false, all, true",
      "quality.inspector,   quality-inspectors,   false, all, true",
      "process.owner,       process-owners,       false, 403, false"
  })
  void rightsOfEachGroup(String user, String group, boolean submits, String searchByIin,
      boolean readsOthersCaseFiles) {
    assertThat(api.get("/api/v1/standards", user).statusCode()).isEqualTo(200);
    assertThat(api.get("/api/v1/standards/2", user).statusCode()).isEqualTo(200);
    assertThat(api.get("/api/v1/standards/2/required-documents?channel=psc", user).statusCode()).isEqualTo(200);

    var body = application("ztmo", COMPLETE_PACKAGE);
    String iin = body.path("applicant").path("iin").asText();
    HttpResponse<String> submitted = api.post("/api/v1/applications", user, body.toString());
    String id;
    if (submits) {
      assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
      id = ApiClient.read(submitted.body()).get("id").asText();
    } else {
      var problem = problem(submitted, 403, "Authorization");
      assertThat(problem.get("detail").asText()).contains(user).contains("integration-clients");
      id = api.submit(body).get("id").asText();
    }
    // Finding applications: every role may list; by the applicant's IIN, those who see applicants
    // whole find every application, an integration client its own (this one; ApplicationSearchApiTest
    // shows it misses other clients'), a process owner nothing (403).
    HttpResponse<String> list = api.get("/api/v1/applications?standard=2&size=1", user);
    assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
    HttpResponse<String> byIin = api.get("/api/v1/applications?applicantIin=" + iin, user);
    if (searchByIin.equals("403")) {
      problem(byIin, 403, "applicantIin");
    } else {
      assertThat(byIin.statusCode()).as(byIin.body()).isEqualTo(200);
      assertThat(ApiClient.read(byIin.body()).get("items")).hasSize(1);
      assertThat(ApiClient.read(byIin.body()).get("items").get(0).get("id").asText()).isEqualTo(id);
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

    // Only the portal (an integration client) and administrators confirm a notice; this one was
    // handed in at ZTMO, so they learn that (409), and workers may not ask (403).
    HttpResponse<String> notice = api.post("/api/v1/applications/" + id + "/document-request/notice", user, "{}");
    assertThat(notice.statusCode()).as(notice.body())
        .isEqualTo(group.equals("camunda-admin") || group.equals("integration-clients") ? 409 : 403);

    // The case file: those who submit attach; the files are read by those who see applicants whole,
    // and by the client on the applications it submitted.
    String files = "/api/v1/applications/" + id + "/files";
    HttpResponse<String> attached = api.upload(files, user, CaseFileApiTest.pdfAs("identity_document"));
    assertThat(attached.statusCode()).as(attached.body()).isEqualTo(submits ? 201 : 403);
    boolean own = submits;
    assertThat(api.get(files, user).statusCode()).isEqualTo(own || readsOthersCaseFiles ? 200 : 403);
    String othersId = api.post("/api/v1/applications", "psc.operator", application("ztmo", COMPLETE_PACKAGE)
        .toString()).headers().firstValue("Location").orElseThrow();
    String others = othersId + "/files";
    HttpResponse<String> othersFile = api.upload(others, "psc.operator", CaseFileApiTest.pdfAs("identity_document"));
    assertThat(othersFile.statusCode()).as(othersFile.body()).isEqualTo(201);
    boolean readsOthers = readsOthersCaseFiles || user.equals("psc.operator");
    HttpResponse<String> othersFiles = api.get(others, user);
    assertThat(othersFiles.statusCode()).as(othersFiles.body()).isEqualTo(readsOthers ? 200 : 403);
    HttpResponse<String> download = api.http.send(api.http.request(ApiClient.read(othersFile.body()).get("href")
        .asText(), user, ApiClient.PASSWORD).setHeader("Accept", "*/*").GET().build());
    assertThat(download.statusCode()).isEqualTo(readsOthers ? 200 : 403);

    // The SLA report across the regions (docs/scale.md): the SLA's readers only, administrators and
    // process owners; here, without regions set up, this deployment alone.
    boolean readsSla = group.equals("camunda-admin") || group.equals("process-owners");
    HttpResponse<String> national = api.get("/api/v1/sla/regions", user);
    assertThat(national.statusCode()).as(national.body()).isEqualTo(readsSla ? 200 : 403);
    if (readsSla) {
      assertThat(ApiClient.read(national.body()).get("regions")).hasSize(1);
      assertThat(ApiClient.read(national.body()).get("unanswered")).isEmpty();
    } else {
      problem(national, 403, "caller");
    }
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

  /** Moving running applications to an amended wording: administrators only (docs/amendments.md). */
  @ParameterizedTest(name = "{0} ({1}): migrate {2}")
  @CsvSource({
      "demo,                camunda-admin,        true",
      "integration.client,  integration-clients,  false",
      "psc.operator,        psc-operators,        false",
      "ztmo.specialist,     ztmo-specialists,     false",
      "provider.specialist, provider-specialists, false",
      "department.head,     department-heads,     false",
      "psc.head,            psc-heads,            false",
      "quality.inspector,   quality-inspectors,   false",
      "process.owner,       process-owners,       false"
  })
  void amendmentMigrationRightsOfEachGroup(String user, String group, boolean migrates) {
    HttpResponse<String> dryRun = api.post("/api/v1/standards/2/wordings/2014-03-11/migration?dryRun=true", user, null);
    if (migrates) {
      assertThat(dryRun.statusCode()).as(dryRun.body()).isEqualTo(200);
      assertThat(ApiClient.read(dryRun.body()).get("count").asInt()).isZero();
    } else {
      assertThat(problem(dryRun, 403, "Authorization").get("detail").asText()).contains(user).contains("camunda-admin");
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
      problem(api.get("/api/v1/applications", userId), 403, "Authorization");
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
