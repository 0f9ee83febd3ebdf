package kz.qyzmet.api;

import static kz.qyzmet.api.ApiClient.problem;
import static kz.qyzmet.api.ApiClient.read;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import kz.qyzmet.QyzmetIntegrationTest;
import kz.qyzmet.api.standards.DeployedStandards;
import kz.qyzmet.catalog.Standard;
import kz.qyzmet.catalog.StandardsCatalog;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/** GET /api/v1/standards...: only deployed standards, their terms, their required documents. */
@QyzmetIntegrationTest
class StandardsApiTest extends ApiTestSupport {

  @Autowired StandardsCatalog catalog;
  @Autowired RepositoryService repositoryService;

  @Test
  void listsExactlyTheCataloguedStandardsWhoseProcessIsDeployed() {
    HttpResponse<String> response = api.get("/api/v1/standards");
    assertThat(response.statusCode()).isEqualTo(200);
    List<Integer> listed = new ArrayList<>();
    read(response.body()).forEach(s -> listed.add(s.get("number").asInt()));
    List<Integer> deployed = catalog.all().stream().filter(s -> deployed(s.processKey()))
        .map(Standard::number).toList();
    assertThat(listed).isEqualTo(deployed).contains(2);
  }

  @Test
  void standardTwo_channelsNoCaseTypesAndItsServiceTerms() {
    JsonNode s02 = read(api.get("/api/v1/standards/2").body());
    assertThat(s02).isEqualTo(read("""
        {"number": 2, "code": "s02", "processKey": "s02-basic-pension-payment-assignment",
         "nameKk": "Мемлекеттік базалық зейнетақы төлемін тағайындау",
         "nameEn": "Assignment of the state basic pension payment",
         "channels": ["ztmo", "psc", "portal"], "caseTypes": [],
         "deadlines": [{"channel": "ztmo", "value": 10, "unit": "working_days"},
                       {"channel": "psc", "value": 10, "unit": "working_days"},
                       {"channel": "portal", "value": 30, "unit": "minutes"}]}"""));
  }

  @Test
  void unknownStandard_404_andNotANumber_400() {
    problem(api.get("/api/v1/standards/31"), 404, "number");
    problem(api.get("/api/v1/standards/0"), 404, "number");
    problem(api.get("/api/v1/standards/two"), 400, "number");
    problem(api.get("/api/v1/standards/31/required-documents?channel=psc"), 404, "number");
  }

  @Test
  void aCataloguedStandardWithoutDeployedProcess_isNotServed() {
    // All 30 standards are deployed here, so the catalog gets one more whose process is not.
    Standard s02 = catalog.require(2);
    Standard undeployed = new Standard(99, "s99", s02.slug(), "s99-not-deployed", s02.nameKk(), s02.nameEn(),
        s02.providerKk(), s02.providerEn(), s02.seedLines(), s02.channels(), s02.caseTypes(), s02.flags(),
        s02.terms(), s02.extensions(), s02.refusalGrounds(), s02.complaints(), s02.interpretations());
    var served = new DeployedStandards(new StandardsCatalog(List.of(s02, undeployed)), repositoryService);
    assertThat(served.all()).extracting(Standard::number).containsExactly(2);
    assertThat(served.byNumber(99)).isEmpty();
    assertThat(served.byNumber(2)).isPresent();
  }

  @Test
  void allThirtyStandardsOfTheDecreeAreServed() {
    JsonNode standards = read(api.get("/api/v1/standards").body());
    List<Integer> numbers = new ArrayList<>();
    standards.forEach(s -> numbers.add(s.get("number").asInt()));
    assertThat(numbers).containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 30).boxed().toList());
  }

  @Test
  void requiredDocuments_atThePsc() {
    JsonNode documents = read(api.get("/api/v1/standards/2/required-documents?channel=psc").body());
    assertThat(codes(documents)).containsExactly("application", "identity_document", "residence_registration_proof",
        "bank_account_details");
    JsonNode first = documents.get(0);
    assertThat(first.get("nameKk").asText()).startsWith("осы мемлекеттік көрсетілетін қызмет стандартына");
    assertThat(first.get("nameRu").asText())
        .isEqualTo("заявление по форме согласно приложению к настоящему стандарту государственной услуги");
    assertThat(first.get("nameEn").asText()).isEqualTo("Application in the form of the annex to the standard");
    assertThat(first.get("originalOrCopy").asText()).isEqualTo("original");
    assertThat(first.get("condition").asText()).isEqualTo("always");
  }

  @Test
  void requiredDocuments_dependOnTheApplicantsFlags() {
    JsonNode documents = read(api.get(
        "/api/v1/standards/2/required-documents?channel=ztmo&flag=representative&flag=oralman").body());
    assertThat(codes(documents)).contains("power_of_attorney", "oralman_certificate").hasSize(6);
    assertThat(codes(read(api.get("/api/v1/standards/2/required-documents?channel=portal").body())))
        .containsExactly("electronic_request");
  }

  @ParameterizedTest(name = "{0} -> 400 naming {1}")
  @CsvSource({
      "/api/v1/standards/2/required-documents, channel",
      "/api/v1/standards/2/required-documents?channel=, channel",
      "/api/v1/standards/2/required-documents?channel=akim, channel",
      "/api/v1/standards/2/required-documents?channel=psc&caseType=age, caseType",
      "/api/v1/standards/2/required-documents?channel=psc&flag=veteran, flag[0]",
      "/api/v1/standards/2/required-documents?channel=psc&flag=oralman&flag=x, flag[1]"
  })
  void requiredDocuments_badQuery(String path, String field) {
    JsonNode problem = problem(api.get(path), 400, field);
    assertThat(problem.get("detail").asText()).isNotBlank();
  }

  static List<String> codes(JsonNode documents) {
    return texts(documents, "code");
  }
}
