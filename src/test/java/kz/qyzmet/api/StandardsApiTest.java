package kz.qyzmet.api;

import static kz.qyzmet.api.ApiClient.problem;
import static kz.qyzmet.api.ApiClient.read;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
import org.junit.jupiter.params.provider.ValueSource;
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
    assertThat(s02.get("names")).isNotNull();
    ((com.fasterxml.jackson.databind.node.ObjectNode) s02).remove("names");
    // the wording shown: today's, the decree's own (no amendment in the production catalog)
    JsonNode wording = ((com.fasterxml.jackson.databind.node.ObjectNode) s02).remove("wording");
    assertThat(wording.get("id").asText()).isEqualTo("s02@2014-03-11");
    assertThat(wording.get("act").get("number").asText()).isEqualTo("217");
    assertThat(wording.has("changesRu")).isFalse();
    assertThat(s02).isEqualTo(read("""
        {"number": 2, "code": "s02", "processKey": "s02-basic-pension-payment-assignment",
         "nameKk": "Мемлекеттік базалық зейнетақы төлемін тағайындау",
         "nameRu": "Назначение государственной базовой пенсионной выплаты",
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
    Standard undeployed = new Standard(99, "s99", s02.slug(), "s99-not-deployed", s02.nameKk(), s02.nameRu(),
        s02.nameEn(), s02.providerKk(), s02.providerRu(), s02.providerEn(), s02.seedLines(), s02.channels(), s02.caseTypes(), s02.flags(),
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

  @Test
  void oneStandard_namesItsChannelsCaseTypesFlagsAndRefusalGrounds_inKazakhRussianAndEnglish() {
    JsonNode names = read(api.get("/api/v1/standards/2").body()).get("names");
    assertThat(names.get("channels").get("psc")).isEqualTo(read("""
        {"nameKk": "Халыққа қызмет көрсету орталығы (ХҚО)", "nameRu": "Центр обслуживания населения (ЦОН)",
         "nameEn": "Public Service Centre (PSC)"}"""));
    assertThat(names.get("channels").fieldNames()).toIterable().containsExactly("ztmo", "psc", "portal");
    assertThat(names.get("caseTypes").isEmpty()).isTrue();
    assertThat(names.get("flags").get("oralman").get("nameRu").asText()).isEqualTo("Услугополучатель — оралман");
    JsonNode ground = names.get("refusalGrounds").get("incomplete-package");
    assertThat(ground.get("nameRu").asText()).startsWith("Услугополучатель не представил полный пакет документов");
    assertThat(ground.get("stage").asText()).isEqualTo("intake");
    assertThat(ground.get("paragraph").asText()).isEqualTo("Standard 2, p. 10");
    // a flag the decree has no wording for has no nameKk, but a Russian and an English name
    JsonNode flag = read(api.get("/api/v1/standards/1").body()).get("names").get("flags").get("has-children");
    assertThat(flag.has("nameKk")).isFalse();
    assertThat(flag.get("nameRu").asText()).isEqualTo("В стаж засчитываются периоды ухода за детьми");
    assertThat(read(api.get("/api/v1/standards/3").body()).get("names").get("caseTypes").get("disability")
        .get("nameRu").asText()).isEqualTo("Государственное базовое социальное пособие по инвалидности");
    assertThat(read(api.get("/api/v1/standards").body()).get(0).has("names")).as("the list leaves names out").isFalse();
  }

  @Test
  void theOpenApiDocumentDescribesTheSearchAndTheRussianNames() {
    JsonNode openApi = read(api.http.get("/v3/api-docs", null, null).body());
    JsonNode list = openApi.get("paths").get("/api/v1/standards").get("get");
    assertThat(list.get("parameters").get(0).get("name").asText()).isEqualTo("q");
    assertThat(list.get("responses").has("400")).isTrue();
    JsonNode schemas = openApi.get("components").get("schemas");
    assertThat(schemas.get("StandardView").get("properties").has("nameRu")).isTrue();
    assertThat(schemas.get("NameView").get("properties").has("nameRu")).isTrue();
  }

  @Test
  void everyStandardIsServedWithItsRussianName() {
    JsonNode standards = read(api.get("/api/v1/standards").body());
    assertThat(standards).hasSize(30);
    standards.forEach(s -> assertThat(s.get("nameRu").asText()).as("standard " + s.get("number"))
        .isNotBlank().containsPattern("\\p{IsCyrillic}").isNotEqualTo(s.get("nameKk").asText()));
    assertThat(read(api.get("/api/v1/standards/18").body()).get("nameRu").asText())
        .isEqualTo("Назначение государственной адресной социальной помощи");
  }

  @ParameterizedTest(name = "q={0} finds standards 1 and 2")
  @ValueSource(strings = {"пенсия", "Пенсия", "ПЕНСИЯ", "пенсионная выплата", "зейнетақы", "ЗЕЙНЕТАҚЫ", "pension",
      "Pension"})
  void searchingTheNames_inRussianKazakhOrEnglish_findsThePensionStandards(String q) {
    HttpResponse<String> response = api.get("/api/v1/standards?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    List<Integer> found = numbers(read(response.body()));
    assertThat(found).as(q).contains(1, 2).doesNotContain(3, 18, 30);
  }

  @Test
  void searchingTheNames_everyWordMustBeginAWord_caseTypesCount_noneFoundIsAnEmptyList() {
    assertThat(search("адресная социальная помощь")).containsExactly(18, 27);
    assertThat(search("Пенсия")).containsExactly(1, 2, 7, 8);
    assertThat(search("Потеря кормильца")).containsExactly(3, 5);
    assertThat(search("ЦОН")).isEmpty();
    assertThat(search("пенсия оралман")).isEmpty();
    assertThat(search("компенсация")).containsExactly(13);
  }

  @ParameterizedTest(name = "q={0} -> 400 naming q")
  @ValueSource(strings = {"", "%20%20", "---", "%3Cscript%3E", "a%00b", "pension%3B%20drop"})
  void searchingTheNames_badWords_400(String q) {
    JsonNode problem = problem(api.get("/api/v1/standards?q=" + q), 400, "q");
    assertThat(problem.get("detail").asText()).isNotBlank();
  }

  @Test
  void searchingTheNames_longerThan100Characters_400() {
    problem(api.get("/api/v1/standards?q=" + "%D0%BF".repeat(101)), 400, "q");
    assertThat(search("пенсия ".repeat(14).trim())).contains(1, 2);
  }

  private List<Integer> search(String q) {
    HttpResponse<String> response = api.get("/api/v1/standards?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return numbers(read(response.body()));
  }

  private static List<Integer> numbers(JsonNode standards) {
    List<Integer> numbers = new ArrayList<>();
    standards.forEach(s -> numbers.add(s.get("number").asInt()));
    return numbers;
  }

  static List<String> codes(JsonNode documents) {
    return texts(documents, "code");
  }
}
