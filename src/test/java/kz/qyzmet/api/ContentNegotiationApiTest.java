package kz.qyzmet.api;

import static kz.qyzmet.api.ApiClient.COMPLETE_PACKAGE;
import static kz.qyzmet.api.ApiClient.application;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import kz.qyzmet.QyzmetIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A client that refuses JSON is answered 406 before anything is written: the answer is negotiated
 * before the transaction, so a retry cannot make a duplicate.
 */
@QyzmetIntegrationTest
class ContentNegotiationApiTest extends ApiTestSupport.JustBeforeNauryz {

  @Autowired JdbcTemplate jdbc;

  private int count(String table) {
    return jdbc.queryForObject("select count(*) from " + table, Integer.class);
  }

  private HttpResponse<String> post(String path, String accept, String body) {
    return api.http.send(api.http.request(path, ApiClient.CLIENT, ApiClient.PASSWORD)
        .setHeader("Accept", accept).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build());
  }

  @ParameterizedTest
  @ValueSource(strings = {"text/html", "application/xml", "text/plain", "image/png"})
  void aSubmissionThatRefusesJson_406_andNothingIsWritten(String accept) {
    int applications = count("qz_application");
    int instances = count("act_hi_procinst");
    var body = application("psc", COMPLETE_PACKAGE);
    body.put("externalId", "egov-" + UUID.randomUUID());
    HttpResponse<String> response = post("/api/v1/applications", accept, body.toString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(406);
    assertThat(count("qz_application")).isEqualTo(applications);
    assertThat(count("act_hi_procinst")).isEqualTo(instances);
  }

  @ParameterizedTest
  @ValueSource(strings = {"text/html", "application/xml"})
  void aComplaintThatRefusesJson_406_andNothingIsWritten(String accept) {
    String id = api.submit(application("ztmo", COMPLETE_PACKAGE)).get("id").asText();
    int instances = count("act_hi_procinst");
    HttpResponse<String> response = post("/api/v1/applications/" + id + "/complaints", accept,
        "{\"level\": \"provider\", \"text\": \"Мерзімі өтті\"}");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(406);
    assertThat(count("act_hi_procinst")).isEqualTo(instances);
  }

  @Test
  void aRefusalNamesItsCorrelationId() {
    HttpResponse<String> response = api.http.send(api.http.request("/api/v1/applications", ApiClient.CLIENT,
        ApiClient.PASSWORD).setHeader("Accept", "text/html").header("Content-Type", "application/json")
        .header("X-Correlation-Id", "egov-trace-42").POST(HttpRequest.BodyPublishers.ofString("{}")).build());
    assertThat(response.statusCode()).isEqualTo(406);
    assertThat(response.headers().firstValue("X-Correlation-Id")).contains("egov-trace-42");
    assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    assertThat(ApiClient.read(response.body()).get("correlationId").asText()).isEqualTo("egov-trace-42");
  }
}
