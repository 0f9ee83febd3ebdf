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
 * documents and file complaints; heads, quality inspectors and process owners only read. The case
 * file's files, personal data, are attached by those who submit and read by those who see applicants
 * whole, and by the client that submitted the application; not by process owners nor by another client.
 */
@QyzmetIntegrationTest
class RightsApiTest extends ApiTestSupport.JustBeforeNauryz {

  @Autowired IdentityService identityService;

  @ParameterizedTest(name = "{0} ({1}): submit {2}, read others' case files {3}")
  @CsvSource({
      "demo,                camunda-admin,        true,  true",
      "integration.client,  integration-clients,  true,  false",
      "psc.operator,        psc-operators,        true,  true",
      "ztmo.specialist,     ztmo-specialists,     true,  true",
      "provider.specialist, provider-specialists, true,  true",
      "department.head,     department-heads,     false, true",
      "psc.head,            psc-heads,            false, true",
      "quality.inspector,   quality-inspectors,   false, true",
      "process.owner,       process-owners,       false, false"
  })
  void rightsOfEachGroup(String user, String group, boolean submits, boolean readsOthersCaseFiles) {
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
    HttpResponse<String> list = api.get(others, user);
    assertThat(list.statusCode()).as(list.body()).isEqualTo(readsOthers ? 200 : 403);
    HttpResponse<String> download = api.http.send(api.http.request(ApiClient.read(othersFile.body()).get("href")
        .asText(), user, ApiClient.PASSWORD).setHeader("Accept", "*/*").GET().build());
    assertThat(download.statusCode()).isEqualTo(readsOthers ? 200 : 403);
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
    } finally {
      identityService.deleteUser(userId);
    }
  }
}
