package kz.qyzmet.api;

import static kz.qyzmet.api.ApiClient.COMPLETE_PACKAGE;
import static kz.qyzmet.api.ApiClient.application;
import static kz.qyzmet.api.ApiClient.problem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import kz.qyzmet.QyzmetIntegrationTest;
import kz.qyzmet.intake.IinNumber;
import kz.qyzmet.security.Roles;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code GET /api/v1/applications} over real HTTP: each filter narrows to exactly the applications it
 * should, pages and both sorts are stable (ties broken by id), each caller finds only what it may see
 * (a worker everything, an integration client its own, a process owner everything masked and never by
 * IIN), and every wrong parameter is a 400 problem naming it.
 *
 * <p>Six applications of April 2019 (a month no other test uses) are written to qz_application as
 * the engine would have left them, two of them with a breach, and removed after each test: four
 * submitted by the integration client {@value #PORTAL}, two by {@value #OTHER}.
 */
@QyzmetIntegrationTest
class ApplicationSearchApiTest extends ApiTestSupport {

  static final String PORTAL = "search.portal";
  static final String OTHER = "search.other";
  static final String APRIL_2019 = "submittedFrom=2019-04-01&submittedTo=2019-04-30";
  static final String IIN_A = iin("7501013", 1);
  static final String IIN_B = iin("7501013", 2);
  static final String IIN_C = iin("7501014", 3);

  @Autowired JdbcTemplate jdbc;
  @Autowired IdentityService identityService;

  @BeforeEach
  void sixApplicationsOfApril2019() {
    for (String user : List.of(PORTAL, OTHER)) {
      if (identityService.createUserQuery().userId(user).count() == 0) {
        var created = identityService.newUser(user);
        created.setPassword(ApiClient.PASSWORD);
        identityService.saveUser(created);
        identityService.createMembership(user, Roles.INTEGRATION_CLIENTS);
      }
    }
    removeThem();
    // id, standard, channel, status, IIN, submitted, due, closed, by, externalId
    insert("SRCH-01", 2, "psc", "REGISTERED", IIN_A, "2019-04-01T10:00", "2019-04-15T18:00", null, PORTAL, "srch-1");
    insert("SRCH-02", 2, "portal", "IN_REVIEW", IIN_B, "2019-04-02T10:00", "2019-04-10T18:00", null, PORTAL, "srch-2");
    insert("SRCH-03", 5, "psc", "GRANTED", IIN_A, "2019-04-03T10:00", "2019-04-20T18:00", "2019-04-18T12:00", PORTAL,
        null);
    // Submitted at the same moment as SRCH-03: the id decides their order.
    insert("SRCH-04", 2, "psc", "AWAITING_DOCUMENTS", IIN_C, "2019-04-03T10:00", "2019-04-25T18:00", null, OTHER,
        "srch-1");
    insert("SRCH-05", 5, "ztmo", "REFUSED", IIN_A, "2019-04-05T10:00", "2019-04-12T18:00", "2019-04-11T09:00", OTHER,
        null);
    // Still being checked: no due date yet (last when sorted by due date ascending, first descending).
    insert("SRCH-06", 2, "psc", "SUBMITTED", IIN_B, "2019-04-06T10:00", null, null, PORTAL, null);
    breach("SRCH-02", 2, "2019-04-10T18:00");
    breach("SRCH-04", 2, "2019-04-25T18:00");
  }

  @AfterEach
  void removeThem() {
    jdbc.update("delete from qz_breach where application_id like 'SRCH-%'");
    jdbc.update("delete from qz_application where id like 'SRCH-%'");
  }

  @Test
  void aWorker_findsEveryApplication_newestFirst_tiesByIdInTheSameDirection() {
    JsonNode page = found("psc.operator", APRIL_2019);
    assertThat(texts(page.get("items"), "id"))
        .containsExactly("SRCH-06", "SRCH-05", "SRCH-04", "SRCH-03", "SRCH-02", "SRCH-01");
    assertThat(page.get("sort").asText()).isEqualTo("submittedAt,desc");
    assertThat(page.get("page").asInt()).isZero();
    assertThat(page.get("size").asInt()).isEqualTo(20);
    assertThat(page.get("hasNext").asBoolean()).isFalse();

    JsonNode first = page.get("items").get(5);
    assertThat(first.get("externalId").asText()).isEqualTo("srch-1");
    assertThat(first.get("standard").asInt()).isEqualTo(2);
    assertThat(first.get("channel").asText()).isEqualTo("psc");
    assertThat(first.get("status").asText()).isEqualTo("REGISTERED");
    assertThat(first.get("applicant").get("iin").asText()).isEqualTo(IIN_A);
    assertThat(first.get("applicant").get("fullName").asText()).isEqualTo("Іздеуова Сәуле Маратқызы");
    assertThat(first.get("submittedAt").asText()).isEqualTo("2019-04-01T10:00:00+06:00");
    assertThat(first.get("dueAt").asText()).isEqualTo("2019-04-15T18:00:00+06:00");
    assertThat(first.get("originalDueAt").asText()).isEqualTo("2019-04-15T18:00:00+06:00");
    assertThat(first.has("closedAt")).isFalse();
    assertThat(first.get("breached").asBoolean()).isFalse();
    assertThat(page.get("items").get(4).get("breached").asBoolean()).isTrue();
    assertThat(page.get("items").get(3).get("closedAt").asText()).isEqualTo("2019-04-18T12:00:00+06:00");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "applicantIin=IIN_A                             | SRCH-05 SRCH-03 SRCH-01",
      "status=REGISTERED                              | SRCH-01",
      "status=REGISTERED,IN_REVIEW                    | SRCH-02 SRCH-01",
      "status=REGISTERED&status=IN_REVIEW&status=REFUSED | SRCH-05 SRCH-02 SRCH-01",
      "standard=5                                     | SRCH-05 SRCH-03",
      "standard=2&status=AWAITING_DOCUMENTS           | SRCH-04",
      "channel=psc                                    | SRCH-06 SRCH-04 SRCH-03 SRCH-01",
      "submittedFrom=2019-04-03&submittedTo=2019-04-05 | SRCH-05 SRCH-04 SRCH-03",
      "submittedFrom=2019-04-06&submittedTo=2019-12-31 | SRCH-06",
      "dueFrom=2019-04-12&dueTo=2019-04-20            | SRCH-05 SRCH-03 SRCH-01",
      "dueTo=2019-04-11                               | SRCH-02",
      "breached=true                                  | SRCH-04 SRCH-02",
      "breached=false                                 | SRCH-06 SRCH-05 SRCH-03 SRCH-01",
      "externalId=srch-1                              | SRCH-04 SRCH-01",
      "externalId=srch-2&breached=true&channel=portal | SRCH-02",
      "status=WITHDRAWN                               | ''",
  })
  void eachFilter_narrowsToExactlyItsApplications(String filter, String expected) {
    String query = filter.replace("IIN_A", IIN_A);
    // The submitted range keeps other tests' applications out, except where the filter is about it.
    String scope = query.contains("submitted") ? query : APRIL_2019 + "&" + query;
    JsonNode page = found("ztmo.specialist", scope);
    assertThat(texts(page.get("items"), "id")).as(filter)
        .containsExactly(expected.isBlank() ? new String[0] : expected.split(" "));
  }

  @Test
  void sortedByDueDate_bothWays_theApplicationWithoutADueDateLastAscendingFirstDescending() {
    assertThat(texts(found("demo", APRIL_2019 + "&sort=dueAt,asc").get("items"), "id"))
        .containsExactly("SRCH-02", "SRCH-05", "SRCH-01", "SRCH-03", "SRCH-04", "SRCH-06");
    assertThat(texts(found("demo", APRIL_2019 + "&sort=dueAt").get("items"), "id"))
        .containsExactly("SRCH-02", "SRCH-05", "SRCH-01", "SRCH-03", "SRCH-04", "SRCH-06");
    JsonNode descending = found("demo", APRIL_2019 + "&sort=dueAt,desc");
    assertThat(texts(descending.get("items"), "id"))
        .containsExactly("SRCH-06", "SRCH-04", "SRCH-03", "SRCH-01", "SRCH-05", "SRCH-02");
    assertThat(descending.get("sort").asText()).isEqualTo("dueAt,desc");
    assertThat(texts(found("demo", APRIL_2019 + "&sort=submittedAt,asc").get("items"), "id"))
        .containsExactly("SRCH-01", "SRCH-02", "SRCH-03", "SRCH-04", "SRCH-05", "SRCH-06");
  }

  @Test
  void pages_partitionTheResult_andSayWhetherMoreFollow() {
    List<String> seen = new ArrayList<>();
    List<Boolean> hasNext = new ArrayList<>();
    for (int page = 0; page < 4; page++) {
      JsonNode answer = found("quality.inspector", APRIL_2019 + "&size=2&page=" + page);
      assertThat(answer.get("page").asInt()).isEqualTo(page);
      assertThat(answer.get("size").asInt()).isEqualTo(2);
      seen.addAll(texts(answer.get("items"), "id"));
      hasNext.add(answer.get("hasNext").asBoolean());
    }
    assertThat(seen).containsExactly("SRCH-06", "SRCH-05", "SRCH-04", "SRCH-03", "SRCH-02", "SRCH-01");
    assertThat(hasNext).containsExactly(true, true, false, false);
    // The same page asked again is the same page (the tie of SRCH-03 and SRCH-04 included).
    assertThat(texts(found("quality.inspector", APRIL_2019 + "&size=2&page=1").get("items"), "id"))
        .containsExactly("SRCH-04", "SRCH-03");
    assertThat(texts(found("quality.inspector", APRIL_2019 + "&size=3&page=1&sort=submittedAt,asc")
        .get("items"), "id")).containsExactly("SRCH-04", "SRCH-05", "SRCH-06");
  }

  @Test
  void withoutRegionsSetUp_aRegionIsCheckedAndOtherwiseUnused_thePageSaysNothingOfRegions() {
    HttpResponse<String> answer = api.get("/api/v1/applications?" + APRIL_2019 + "&size=2&region=75",
        "quality.inspector");
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    assertThat(answer.body()).doesNotContain("regionsUnanswered");
    JsonNode page = ApiClient.read(answer.body());
    assertThat(texts(page.get("items"), "id")).containsExactly("SRCH-06", "SRCH-05");
    assertThat(page.get("hasNext").asBoolean()).isTrue();
  }

  @Test
  void anIntegrationClient_findsOnlyWhatItSubmitted_wholeEvenByIin() {
    JsonNode own = found(PORTAL, "");
    assertThat(texts(own.get("items"), "id")).containsExactly("SRCH-06", "SRCH-03", "SRCH-02", "SRCH-01");
    assertThat(own.get("items").get(3).get("applicant").get("iin").asText()).isEqualTo(IIN_A);
    assertThat(texts(found(OTHER, "").get("items"), "id")).containsExactly("SRCH-05", "SRCH-04");

    // IIN A applied three times; each client finds its own ones only, the other's do not show.
    assertThat(texts(found(PORTAL, "applicantIin=" + IIN_A).get("items"), "id")).containsExactly("SRCH-03", "SRCH-01");
    assertThat(texts(found(OTHER, "applicantIin=" + IIN_A).get("items"), "id")).containsExactly("SRCH-05");
    assertThat(texts(found(OTHER, "applicantIin=" + IIN_B).get("items"), "id")).isEmpty();
    // Open-ended ranges, within its own.
    assertThat(texts(found(PORTAL, "submittedFrom=2019-04-02").get("items"), "id"))
        .containsExactly("SRCH-06", "SRCH-03", "SRCH-02");
    assertThat(texts(found(PORTAL, "submittedTo=2019-04-02").get("items"), "id")).containsExactly("SRCH-02", "SRCH-01");
    assertThat(texts(found(PORTAL, "dueFrom=2019-04-15&sort=dueAt,desc").get("items"), "id"))
        .containsExactly("SRCH-03", "SRCH-01");
    // Each its own externalId "srch-1".
    assertThat(texts(found(PORTAL, "externalId=srch-1").get("items"), "id")).containsExactly("SRCH-01");
    assertThat(texts(found(OTHER, "externalId=srch-1").get("items"), "id")).containsExactly("SRCH-04");
  }

  @Test
  void anApplicationSubmittedOverTheApi_isFoundByItsApplicant_byTheSubmitterAndTheWorkers_notByAnotherClient() {
    ObjectNode body = application("ztmo", COMPLETE_PACKAGE);
    String iin = body.path("applicant").path("iin").asText();
    body.put("externalId", "srch-api-" + iin);
    String id = api.submit(body).get("id").asText();

    JsonNode mine = found(ApiClient.CLIENT, "applicantIin=" + iin);
    assertThat(texts(mine.get("items"), "id")).containsExactly(id);
    JsonNode item = mine.get("items").get(0);
    assertThat(item.get("status").asText()).isEqualTo("IN_REVIEW");
    assertThat(item.get("applicant").get("iin").asText()).isEqualTo(iin);
    assertThat(item.get("externalId").asText()).isEqualTo("srch-api-" + iin);
    assertThat(item.get("dueAt").asText()).isNotBlank();
    assertThat(texts(found(ApiClient.CLIENT, "externalId=srch-api-" + iin).get("items"), "id")).containsExactly(id);
    assertThat(texts(found("provider.specialist", "applicantIin=" + iin).get("items"), "id")).containsExactly(id);
    assertThat(texts(found(PORTAL, "applicantIin=" + iin).get("items"), "id")).isEmpty();
    assertThat(texts(found(PORTAL, "externalId=srch-api-" + iin).get("items"), "id")).isEmpty();
  }

  @Test
  void aProcessOwner_findsEveryApplicationMasked_andMayNotSearchByIin() {
    HttpResponse<String> response = api.get("/api/v1/applications?" + APRIL_2019, "process.owner");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode items = ApiClient.read(response.body()).get("items");
    assertThat(texts(items, "id")).containsExactly("SRCH-06", "SRCH-05", "SRCH-04", "SRCH-03", "SRCH-02", "SRCH-01");
    assertThat(items.get(5).get("applicant").get("iin").asText()).isEqualTo("********" + IIN_A.substring(8));
    assertThat(items.get(5).get("applicant").get("fullName").asText()).isEqualTo("Іздеуова С. М.");
    assertThat(response.body()).doesNotContain(IIN_A).doesNotContain(IIN_B).doesNotContain(IIN_C)
        .doesNotContain("Сәуле");

    JsonNode refused = problem(api.get("/api/v1/applications?applicantIin=" + IIN_A, "process.owner"), 403,
        "applicantIin");
    assertThat(refused.get("reason").asText()).isEqualTo("forbidden");
    assertThat(refused.get("detail").asText()).contains("process.owner").contains("psc-operators");
    // Refused whatever the IIN and whatever else is wrong: a malformed one tells a process owner nothing more.
    problem(api.get("/api/v1/applications?applicantIin=123", "process.owner"), 403, "applicantIin");
    problem(api.get("/api/v1/applications?applicantIin=" + IIN_A + "&size=500&stauts=x", "process.owner"), 403,
        "applicantIin");
  }

  @ParameterizedTest(name = "{0} -> {1} {2}")
  @CsvSource(delimiter = '|', value = {
      "status=DONE                        | status[0]      | unknown",
      "status=REGISTERED,registered       | status[1]      | unknown",
      "status=                            | status[0]      | unknown",
      "standard=99                        | standard       | unknown",
      "standard=two                       | standard       | format",
      "standard=2&standard=5              | standard       | format",
      "channel=mail                       | channel        | unknown",
      "submittedFrom=2019-13-01           | submittedFrom  | format",
      "submittedFrom=01.04.2019           | submittedFrom  | format",
      "submittedTo=2019-04-01T10:00       | submittedTo    | format",
      "submittedFrom=2019-04-02&submittedTo=2019-04-01 | submittedTo | out-of-range",
      "dueFrom=tomorrow                   | dueFrom        | format",
      "dueFrom=2019-05-01&dueTo=2019-04-01 | dueTo         | out-of-range",
      "breached=yes                       | breached       | format",
      "externalId=has%20space             | externalId     | format",
      "applicantIin=850312300122          | applicantIin   | checksum",
      "applicantIin=85031230012           | applicantIin   | format",
      "page=-1                            | page           | format",
      "page=10000                         | page           | out-of-range",
      "page=100&size=100                  | page           | out-of-range",
      "size=0                             | size           | out-of-range",
      "size=101                           | size           | out-of-range",
      "size=ten                           | size           | format",
      "sort=name                          | sort           | unknown",
      "sort=dueAt,up                      | sort           | unknown",
      "sort=dueAt,asc,id                  | sort           | unknown",
      "stauts=REGISTERED                  | stauts         | unknown",
      "region=99                          | region         | unknown",
      "region=750000000                   | region         | unknown",
      "region=75&region=71                | region         | format",
  })
  void aWrongParameter_is400_namingIt(String query, String field, String reason) {
    JsonNode problem = problem(api.get("/api/v1/applications?" + query, "psc.operator"), 400, field);
    assertThat(problem.get("reason").asText()).as(problem.toString()).isEqualTo(reason);
  }

  @Test
  void everyWrongParameter_isNamedInOneAnswer() {
    JsonNode problem = problem(api.get("/api/v1/applications?status=DONE&size=500&sort=id&submittedFrom=x&stauts=x",
        "demo"), 400, "stauts");
    assertThat(texts(problem.get("errors"), "field"))
        .containsExactly("stauts", "status[0]", "submittedFrom", "size", "sort");
  }

  @Test
  void theLastPageWithinReach_isAnswered_oneFurtherIsNot() {
    assertThat(found("demo", APRIL_2019 + "&page=99&size=100").get("items")).isEmpty();
    problem(api.get("/api/v1/applications?page=100&size=100", "demo"), 400, "page");
  }

  @Test
  void theOpenApiDocument_namesEveryParameterTheEndpointKnows_eachWithItsSchema() {
    HttpResponse<String> document = api.http.get("/v3/api-docs", null, null);
    assertThat(document.statusCode()).isEqualTo(200);
    JsonNode operation = ApiClient.read(document.body()).path("paths").path("/api/v1/applications").path("get");
    assertThat(operation.path("tags").get(0).asText()).isEqualTo("Applications");
    List<String> names = new ArrayList<>();
    operation.path("parameters").forEach(parameter -> {
      names.add(parameter.path("name").asText());
      assertThat(parameter.path("in").asText()).isEqualTo("query");
      assertThat(parameter.has("schema")).as(parameter.toString()).isTrue();
    });
    assertThat(names).containsExactlyInAnyOrder("applicantIin", "status", "standard", "channel", "submittedFrom",
        "submittedTo", "dueFrom", "dueTo", "breached", "externalId", "page", "size", "sort", "region");
    assertThat(operation.path("parameters").findValues("enum").toString()).contains("submittedAt,desc", "IN_REVIEW", "akim");
    assertThat(operation.path("responses").has("400")).isTrue();
    assertThat(operation.path("responses").has("403")).isTrue();
  }

  private JsonNode found(String user, String query) {
    HttpResponse<String> response = api.get("/api/v1/applications" + (query.isEmpty() ? "" : "?" + query), user);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return ApiClient.read(response.body());
  }

  private void insert(String id, int standard, String channel, String status, String iin, String submitted, String due,
      String closed, String by, String externalId) {
    jdbc.update("""
        insert into qz_application (id, standard_number, process_key, channel, status, applicant_iin, applicant_name,
          submitted_at, due_at, original_due_at, closed_at, external_id, created_at, created_by)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        id, standard, "search-test", channel, status, iin, "Іздеуова Сәуле Маратқызы", almaty(submitted), almaty(due),
        almaty(due), almaty(closed), externalId, almaty(submitted), by);
  }

  private void breach(String id, int standard, String due) {
    jdbc.update("""
        insert into qz_breach (application_id, process_instance_id, standard_number, kind, due_at, recorded_at)
        values (?, ?, ?, 'SERVICE_TERM', ?, ?)""", id, "pi-" + id, standard, almaty(due), almaty(due));
  }

  /** A local time in Almaty in 2019 (UTC+6 then). */
  private static OffsetDateTime almaty(String local) {
    return local == null ? null : OffsetDateTime.parse(local + ":00+06:00");
  }

  /** A valid IIN beginning with {@code first7} (born 1 January 1975), not one any other test makes. */
  private static String iin(String first7, int serial) {
    for (int s = serial * 100; ; s++) {
      String first = first7 + String.format("%04d", s);
      Integer control = IinNumber.controlDigit(first + "0");
      if (control != null) {
        return first + control;
      }
    }
  }
}
