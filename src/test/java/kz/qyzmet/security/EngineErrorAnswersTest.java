package kz.qyzmet.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import kz.qyzmet.HttpClientForTests;
import kz.qyzmet.QyzmetIntegrationTest;
import kz.qyzmet.WebappSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The engine's errors as problems: no SQL, no stack, no class name; a correlation id to find the rest in the log. */
@QyzmetIntegrationTest
class EngineErrorAnswersTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;

  @ParameterizedTest(name = "{0} {1} → {2}")
  @CsvSource(delimiter = '|', value = {
      // a query the database refuses: the engine would answer its SQL
      "GET | /engine-rest/process-instance?firstResult=-5&maxResults=10 | 500",
      "GET | /engine-rest/engine/default/history/process-instance?firstResult=-5&maxResults=10 | 500",
      "GET | /engine-rest/task/no-such-task | 404",
      "GET | /engine-rest/process-definition/key/no-such-process | 404",
      "POST | /engine-rest/process-definition/key/no-such-process/start | 404",
      "GET | /engine-rest/task?sortBy=nonsense&sortOrder=asc | 400",
      "POST | /engine-rest/message | 400"})
  void engineRestErrorsAreProblemsWithoutInternals(String method, String path, int status) throws Exception {
    HttpClientForTests http = new HttpClientForTests(port);
    HttpResponse<String> response = http.send(http.request(path, "demo", "demo")
        .header("Content-Type", "application/json")
        .method(method, method.equals("GET") ? java.net.http.HttpRequest.BodyPublishers.noBody()
            : java.net.http.HttpRequest.BodyPublishers.ofString("{}")).build());
    assertProblem(response, status);
  }

  @Test
  void webappEngineApiErrorsAreProblemsToo_andKeepTheAuthorizationTypeTheWebappsShow() throws Exception {
    WebappSession worker = WebappSession.login(port, "psc.operator", "demo", "tasklist");
    assertProblem(worker.get(WebappSession.ENGINE + "/process-instance?firstResult=-5&maxResults=10"), 500);
    HttpResponse<String> refused = worker.post(WebappSession.ENGINE + "/process-definition/key/complaint-review/start", "{}");
    JsonNode problem = assertProblem(refused, 403);
    assertThat(problem.path("type").asText()).isEqualTo("AuthorizationException");
    assertThat(problem.path("missingAuthorizations").isArray()).isTrue();
  }

  @Test
  void aRefusedStartFromTasklistReadsAsTheRefusal_inKazakhAndRussianFirst_withoutTheDefinitionsId() throws Exception {
    WebappSession operator = WebappSession.login(port, "psc.operator", "demo", "tasklist");
    HttpResponse<String> refused = operator.post(WebappSession.ENGINE
        + "/process-definition/key/s02-basic-pension-payment-assignment/submit-form", """
        {"variables": {"channel": {"value": "psc"}, "applicantIin": {"value": "850312300122"},
         "applicantName": {"value": "Сапарова Айгүл"}, "documentsSubmitted": {"value": "application"}}}""");
    JsonNode problem = assertProblem(refused, 400);
    assertThat(problem.path("message").asText()).startsWith("Өтініш қабылданбады / Заявление не принято")
        .contains("ИИН заявителя: не проходит проверку контрольной цифры")
        .doesNotContain("Cannot instantiate process definition").doesNotContain("applicantIin");
  }

  private static JsonNode assertProblem(HttpResponse<String> response, int status) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type").orElseThrow()).as(response.body())
        .startsWith("application/problem+json");
    JsonNode problem = JSON.readTree(response.body());
    assertThat(problem.path("status").asInt()).isEqualTo(status);
    assertThat(problem.path("correlationId").asText()).isNotBlank();
    assertThat(problem.path("detail").asText()).isEqualTo(problem.path("message").asText()).isNotBlank();
    assertThat(response.body().replace("\"type\":\"AuthorizationException\"", "")).doesNotContainPattern("(?i)###|sql|jdbc|Exception\"|java\\.|org\\.(h2|postgresql|camunda|apache)");
    if (!"AuthorizationException".equals(problem.path("type").asText())) {
      assertThat(problem.path("type").asText()).isEqualTo("about:blank");
    }
    if (status >= 500) {
      assertThat(problem.path("detail").asText()).contains(problem.path("correlationId").asText());
    }
    return problem;
  }

  /** What stands in for the engine's words is read by workers (Tasklist's notices, a failed login): Kazakh and Russian. */
  @Test
  void theSentencesInsteadOfTheEnginesWords_areKazakhAndRussian_withTheCorrelationId() {
    for (String detail : java.util.List.of(EngineErrorAnswers.detail(500, "boom", "c0ffee"),
        EngineErrorAnswers.detail(401, null, "c0ffee"), EngineErrorAnswers.detail(400, "### Error querying database", "c0ffee"))) {
      assertThat(detail).contains(" / ").endsWith("c0ffee");
      assertThat(detail.replace("HTTP", "").replace("c0ffee", "")).doesNotContainPattern("[A-Za-z]");
    }
  }
}
