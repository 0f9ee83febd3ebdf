package kz.qyzmet.api;

import static kz.qyzmet.api.ApiClient.COMPLETE_PACKAGE;
import static kz.qyzmet.api.ApiClient.application;
import static kz.qyzmet.api.ApiClient.problem;
import static kz.qyzmet.api.ApiClient.read;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import kz.qyzmet.QyzmetIntegrationTest;
import kz.qyzmet.process.ProcessScenario;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An externalId makes POST /api/v1/applications idempotent: the same request again answers 200 with
 * the same application and Idempotent-Replay: true, also when the two arrive at once; another
 * request with the same externalId answers 409.
 */
@QyzmetIntegrationTest
class IdempotencyApiTest extends ApiTestSupport.JustBeforeNauryz {

  @Autowired JdbcTemplate jdbc;
  @Autowired HistoryService historyService;
  @Autowired IdentityService identityService;

  /** A second integration client (another system), made once. */
  private String secondClient() {
    String id = "egov.second";
    if (identityService.createUserQuery().userId(id).count() == 0) {
      User user = identityService.newUser(id);
      user.setPassword(ApiClient.PASSWORD);
      user.setFirstName("Second");
      user.setLastName("Client");
      identityService.saveUser(user);
      identityService.createMembership(id, "integration-clients");
    }
    return id;
  }

  private static ObjectNode withExternalId(String externalId) {
    ObjectNode body = application("psc", COMPLETE_PACKAGE);
    body.put("externalId", externalId);
    return body;
  }

  @Test
  void theSameRequestAgain_answersTheSameApplicationWith200AndIdempotentReplay() {
    ObjectNode body = withExternalId("egov-" + UUID.randomUUID());
    HttpResponse<String> first = api.post("/api/v1/applications", body.toString());
    assertThat(first.statusCode()).isEqualTo(201);
    assertThat(first.headers().firstValue("Idempotent-Replay")).isEmpty();

    ProcessScenario.clockAt("2026-03-18T10:05");
    ObjectNode reordered = body.deepCopy();
    reordered.set("documents", ApiClient.array("bank_account_details", "application", "identity_document",
        "residence_registration_proof", "application"));
    HttpResponse<String> again = api.post("/api/v1/applications", reordered.toString());
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(again.headers().firstValue("Idempotent-Replay")).contains("true");
    assertThat(again.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
    assertThat(read(again.body())).isEqualTo(read(first.body()));
    assertThat(read(first.body()).get("externalId").asText()).isEqualTo(body.get("externalId").asText());
  }

  @Test
  void anotherRequestWithTheSameExternalId_409() {
    String externalId = "egov-" + UUID.randomUUID();
    ObjectNode body = withExternalId(externalId);
    assertThat(api.post("/api/v1/applications", body.toString()).statusCode()).isEqualTo(201);

    ObjectNode other = body.deepCopy();
    other.put("channel", "ztmo");
    var problem = problem(api.post("/api/v1/applications", other.toString()), 409, "externalId");
    assertThat(problem.get("detail").asText()).contains(externalId);

    ObjectNode otherTime = body.deepCopy();
    otherTime.put("submittedAt", "2026-03-18T09:00:00+05:00");
    problem(api.post("/api/v1/applications", otherTime.toString()), 409, "externalId");
  }

  @Test
  void theSameExternalIdFromTwoCallers_isTwoKeys_andEachReplayAnswersItsOwn() {
    String other = secondClient();
    String externalId = "egov-" + UUID.randomUUID();
    ObjectNode mine = withExternalId(externalId);
    ObjectNode theirs = withExternalId(externalId);
    theirs.put("channel", "ztmo");

    HttpResponse<String> first = api.post("/api/v1/applications", mine.toString());
    HttpResponse<String> second = api.post("/api/v1/applications", other, theirs.toString());
    assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
    assertThat(second.statusCode()).as(second.body()).isEqualTo(201);
    String myId = read(first.body()).get("id").asText();
    String theirId = read(second.body()).get("id").asText();
    assertThat(theirId).isNotEqualTo(myId);
    assertThat(read(second.body()).get("channel").asText()).isEqualTo("ztmo");

    HttpResponse<String> myReplay = api.post("/api/v1/applications", mine.toString());
    HttpResponse<String> theirReplay = api.post("/api/v1/applications", other, theirs.toString());
    assertThat(myReplay.statusCode()).isEqualTo(200);
    assertThat(theirReplay.statusCode()).isEqualTo(200);
    assertThat(read(myReplay.body()).get("id").asText()).isEqualTo(myId);
    assertThat(read(theirReplay.body()).get("id").asText()).isEqualTo(theirId);
    // Another caller's request under my key is not a conflict with theirs: it is mine, and differs from mine.
    problem(api.post("/api/v1/applications", theirs.toString()), 409, "externalId");
    assertThat(jdbc.queryForObject("select count(*) from qz_application where external_id = ?", Integer.class,
        externalId)).isEqualTo(2);
  }

  @Test
  void aReplayOfARefusedPackage_namesTheSameMissingDocuments() {
    ObjectNode body = application("psc", "[\"application\"]");
    body.put("externalId", "egov-" + UUID.randomUUID());
    HttpResponse<String> first = api.post("/api/v1/applications", body.toString());
    HttpResponse<String> again = api.post("/api/v1/applications", body.toString());
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(read(again.body())).isEqualTo(read(first.body()));
    assertThat(read(again.body()).get("missingDocuments")).hasSize(3);
  }

  @Test
  void twoRetriesAtOnce_createOneApplication_andBothAnswerIt() throws Exception {
    String externalId = "egov-" + UUID.randomUUID();
    String body = withExternalId(externalId).toString();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      CountDownLatch ready = new CountDownLatch(2);
      CountDownLatch go = new CountDownLatch(1);
      List<Future<HttpResponse<String>>> answers = List.of(
          pool.submit(() -> {
            ready.countDown();
            go.await();
            return api.post("/api/v1/applications", body);
          }),
          pool.submit(() -> {
            ready.countDown();
            go.await();
            return api.post("/api/v1/applications", body);
          }));
      assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
      go.countDown();
      HttpResponse<String> a = answers.get(0).get(60, TimeUnit.SECONDS);
      HttpResponse<String> b = answers.get(1).get(60, TimeUnit.SECONDS);

      assertThat(List.of(a.statusCode(), b.statusCode())).as(a.body() + " / " + b.body())
          .containsExactlyInAnyOrder(201, 200);
      String id = read(a.body()).get("id").asText();
      assertThat(read(b.body()).get("id").asText()).isEqualTo(id);
      assertThat(read(a.body())).isEqualTo(read(b.body()));
      assertThat(jdbc.queryForObject("select count(*) from qz_application where external_id = ?", Integer.class,
          externalId)).isEqualTo(1);
      assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(id)
          .processDefinitionKey("s02-basic-pension-payment-assignment").count()).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }
}
