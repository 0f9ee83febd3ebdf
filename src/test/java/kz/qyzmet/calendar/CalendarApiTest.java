package kz.qyzmet.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import kz.qyzmet.HttpClientForTests;
import kz.qyzmet.TestIins;
import kz.qyzmet.catalog.StandardsCatalog;
import kz.qyzmet.process.ProcessScenario;
import org.camunda.bpm.engine.ProcessEngine;
import kz.qyzmet.QyzmetIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The calendar's REST API over real HTTP, with the demo users. */
@QyzmetIntegrationTest
class CalendarApiTest {

  static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired EffectiveCalendar effectiveCalendar;
  @Autowired CalendarCorrectionRepository repository;
  @Autowired StandardsCatalog catalog;
  @Autowired ProcessEngine engine;

  HttpClientForTests http;

  @BeforeEach
  void client() {
    http = new HttpClientForTests(port);
  }

  @Test
  void addWorkingDaysAnswersTheDueDay() throws Exception {
    HttpResponse<String> response = http.get("/api/v1/calendar/add-working-days?from=2026-03-18&days=10",
        "psc.operator", "demo");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(response.body()))
        .isEqualTo(JSON.readTree("{\"from\": \"2026-03-18\", \"days\": 10, \"date\": \"2026-04-06\"}"));
  }

  @Test
  void aRulesOnlyAnswerSaysItIsNotConfirmed() throws Exception {
    JsonNode body = JSON.readTree(http.get("/api/v1/calendar/add-working-days?from=2030-01-02&days=3",
        "psc.operator", "demo").body());
    assertThat(body.get("date").asText()).isEqualTo("2030-01-08");
    assertThat(body.get("confirmed").asBoolean(true)).isFalse();
    JsonNode year = JSON.readTree(http.get("/api/v1/calendar/2030", "psc.operator", "demo").body());
    assertThat(year.get("confirmed").asBoolean(true)).isFalse();
    assertThat(year.get("note").asText()).contains("No data file");
  }

  @Test
  void aYearListsItsWeekdayDaysOffWorkingWeekendDaysAndHolidays() throws Exception {
    HttpResponse<String> response = http.get("/api/v1/calendar/2026", "psc.operator", "demo");
    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode body = JSON.readTree(response.body());
    assertThat(body.get("year").asInt()).isEqualTo(2026);
    assertThat(body.has("confirmed")).isFalse();
    assertThat(body.get("daysOff").toString()).isEqualTo("[\"2026-01-01\",\"2026-01-02\",\"2026-01-07\",\"2026-03-09\","
        + "\"2026-03-23\",\"2026-03-24\",\"2026-03-25\",\"2026-05-01\",\"2026-05-07\",\"2026-05-11\",\"2026-05-27\","
        + "\"2026-07-06\",\"2026-08-31\",\"2026-10-26\",\"2026-12-16\"]");
    assertThat(body.get("workingWeekendDays").toString()).isEqualTo("[]");
    assertThat(body.get("holidays")).hasSize(15);
    assertThat(body.get("holidays").get(0).toString()).isEqualTo("{\"date\":\"2026-01-01\",\"name\":\"New Year\"}");
    JsonNode y2025 = JSON.readTree(http.get("/api/v1/calendar/2025", "demo", "demo").body());
    assertThat(y2025.get("workingWeekendDays").toString()).isEqualTo("[\"2025-01-05\"]");
  }

  @ParameterizedTest(name = "{0} -> 400 naming {1}")
  @CsvSource({
      "/api/v1/calendar/add-working-days?from=2026-02-30&days=10, from",
      "/api/v1/calendar/add-working-days?from=18.03.2026&days=10, from",
      "/api/v1/calendar/add-working-days?days=10, from",
      "/api/v1/calendar/add-working-days?from=2026-03-18&days=-1, days",
      "/api/v1/calendar/add-working-days?from=2026-03-18&days=100000000, days",
      "/api/v1/calendar/add-working-days?from=2026-03-18&days=ten, days",
      "/api/v1/calendar/add-working-days?from=2026-03-18, days",
      "/api/v1/calendar/add-working-days?from=2013-12-31&days=1, from",
      "/api/v1/calendar/add-working-days?from=2035-12-20&days=30, days",
      "/api/v1/calendar/2013, year",
      "/api/v1/calendar/2036, year",
  })
  void badInputGetsAProblemNamingTheParameter(String path, String parameter) throws Exception {
    HttpResponse<String> response = http.get(path, "psc.operator", "demo");
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));
    JsonNode problem = JSON.readTree(response.body());
    assertThat(problem.get("status").asInt()).isEqualTo(400);
    assertThat(problem.get("parameter").asText()).isEqualTo(parameter);
    assertThat(problem.get("detail").asText()).contains(parameter);
  }

  @Test
  void anonymousCallersAreNotAnswered() {
    assertThat(http.get("/api/v1/calendar/2026", null, null).statusCode()).isEqualTo(401);
  }

  @Test
  void workersMayReadButNotCorrect() throws Exception {
    assertThat(http.get("/api/v1/calendar/corrections", "psc.operator", "demo").statusCode()).isEqualTo(200);
    HttpResponse<String> response = http.post("/api/v1/calendar/corrections", "psc.operator", "demo",
        "{\"kind\":\"KURBAN_AIT\",\"date\":\"2030-04-12\",\"reason\":\"test\"}");
    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));
  }

  @ParameterizedTest(name = "{0} -> {1} naming {2}")
  @CsvSource(delimiter = '|', value = {
      "{\"kind\":\"TRANSFER\",\"workingDay\":\"2031-03-04\",\"dayOff\":\"2031-03-07\",\"reason\":\"r\"}|400|workingDay",
      "{\"kind\":\"TRANSFER\",\"workingDay\":\"2031-03-01\",\"dayOff\":\"2031-03-08\",\"reason\":\"r\"}|400|dayOff",
      "{\"kind\":\"TRANSFER\",\"workingDay\":\"2031-03-01\",\"dayOff\":\"2031-02-29\",\"reason\":\"r\"}|400|dayOff",
      "{\"kind\":\"TRANSFER\",\"workingDay\":\"2031-03-01\",\"reason\":\"r\"}|400|dayOff",
      "{\"kind\":\"TRANSFER\",\"workingDay\":\"2031-03-01\",\"dayOff\":\"2031-03-07\"}|400|reason",
      "{\"kind\":\"TRANSFER\",\"workingDay\":\"2024-05-04\",\"dayOff\":\"2024-05-08\",\"reason\":\"r\"}|409|dayOff",
      "{\"kind\":\"HOLIDAY\",\"date\":\"2031-03-07\",\"reason\":\"r\"}|400|kind",
      "{\"kind\":\"KURBAN_AIT\",\"date\":\"2024-06-16\",\"reason\":\"r\"}|409|date",
      "{\"kind\":\"KURBAN_AIT\",\"date\":\"2024-07-16\",\"reason\":\"r\"}|400|date",
      "{\"kind\":\"KURBAN_AIT\",\"date\":\"2040-01-01\",\"reason\":\"r\"}|400|date",
      "not json|400|body",
  })
  void correctionsAreValidated(String body, int status, String parameter) throws Exception {
    HttpResponse<String> response = http.post("/api/v1/calendar/corrections", "process.owner", "demo", body);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(JSON.readTree(response.body()).get("parameter").asText()).isEqualTo(parameter);
  }

  @Test
  void aProcessOwnerAddsAndRevokesATransferWithItsAuditTrail() throws Exception {
    // 2031 is a rules-only year, touched by no other test: Saturday 1 March worked, Friday 7 March off.
    LocalDate saturday = LocalDate.parse("2031-03-01");
    LocalDate friday = LocalDate.parse("2031-03-07");
    HttpResponse<String> created = http.post("/api/v1/calendar/corrections", "process.owner", "demo",
        "{\"kind\":\"TRANSFER\",\"workingDay\":\"2031-03-01\",\"dayOff\":\"2031-03-07\","
            + "\"legalSource\":\"Order of the Minister of Labour No. 1 (test)\",\"reason\":\"Decree published\"}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonNode outcome = JSON.readTree(created.body());
    long id = outcome.get("correction").get("id").asLong();
    try {
      assertThat(outcome.get("correction").get("createdBy").asText()).isEqualTo("process.owner");
      assertThat(outcome.get("correction").get("reason").asText()).isEqualTo("Decree published");
      assertThat(outcome.get("firstChangedDay").asText()).isEqualTo("2031-03-01");
      assertThat(effectiveCalendar.current().isWorkingDay(saturday)).isTrue();
      assertThat(effectiveCalendar.current().isWorkingDay(friday)).isFalse();
      JsonNode year = JSON.readTree(http.get("/api/v1/calendar/2031", "psc.operator", "demo").body());
      assertThat(year.get("workingWeekendDays").toString()).isEqualTo("[\"2031-03-01\"]");
      HttpResponse<String> again = http.post("/api/v1/calendar/corrections", "demo", "demo",
          "{\"kind\":\"TRANSFER\",\"workingDay\":\"2031-03-01\",\"dayOff\":\"2031-03-07\",\"reason\":\"again\"}");
      assertThat(again.statusCode()).isEqualTo(409);
    } finally {
      HttpResponse<String> revoked = http.post("/api/v1/calendar/corrections/" + id + "/revoke", "demo", "demo",
          "{\"reason\":\"Entered for a test\"}");
      assertThat(revoked.statusCode()).as(revoked.body()).isEqualTo(200);
      assertThat(JSON.readTree(revoked.body()).get("correction").get("revokedBy").asText()).isEqualTo("demo");
    }
    assertThat(effectiveCalendar.current().isWorkingDay(saturday)).isFalse();
    assertThat(effectiveCalendar.current().isWorkingDay(friday)).isTrue();
    JsonNode list = JSON.readTree(http.get("/api/v1/calendar/corrections", "psc.operator", "demo").body());
    assertThat(list.findValues("id")).extracting(JsonNode::asLong).contains(id);
    assertThat(http.post("/api/v1/calendar/corrections/" + id + "/revoke", "demo", "demo",
        "{\"reason\":\"twice\"}").statusCode()).isEqualTo(409);
    assertThat(http.post("/api/v1/calendar/corrections/999999/revoke", "demo", "demo",
        "{\"reason\":\"none\"}").statusCode()).isEqualTo(404);
  }

  /**
   * An application whose wording was withdrawn while it ran (here: taken in at the akim under a fictitious
   * amendment, then the amendment taken out of force) has no term to derive its dates from. A correction
   * still takes effect for every other application, and its answer names that one and why.
   */
  @Test
  void aCorrectionNamesTheApplicationsItCouldNotDeriveAgain_andStillTakesEffect() throws Exception {
    List<StandardsCatalog.AmendmentFile> inForce = catalog.amendments();
    catalog.putInForce(Stream.of("amendments-fictitious", "amendments-fictitious-later", "amendments-fictitious-channel")
        .flatMap(folder -> StandardsCatalog.loadAmendments("classpath*:" + folder + "/*.yaml").stream()).toList());
    ProcessScenario scenario = new ProcessScenario(engine);
    try {
      ProcessScenario.clockAt("2026-05-04T10:00");
      scenario.start("s02-basic-pension-payment-assignment", Map.of("channel", "akim", "applicantName",
          "Сапарова Айгүл Маратқызы", "applicantIin", TestIins.random("8501013"), "documentsSubmitted",
          "application,identity_document,bank_account_details,employment_record_book"));
    } finally {
      catalog.putInForce(inForce);  // withdrawn while the application runs
      ProcessScenario.resetClock();
    }
    String orphan = scenario.instance().getBusinessKey();
    Object dueBefore = engine.getRuntimeService().getVariable(scenario.instance().getId(), "statutoryDueDate");
    long id = -1;
    try {
      // 2032: Saturday 2 October worked, Friday 8 October off.
      HttpResponse<String> created = http.post("/api/v1/calendar/corrections", "process.owner", "demo",
          "{\"kind\":\"TRANSFER\",\"workingDay\":\"2032-10-02\",\"dayOff\":\"2032-10-08\","
              + "\"legalSource\":\"Order No. 2 (test)\",\"reason\":\"Decree published\"}");
      assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
      JsonNode outcome = JSON.readTree(created.body());
      id = outcome.get("correction").get("id").asLong();
      assertThat(effectiveCalendar.current().isWorkingDay(LocalDate.parse("2032-10-08"))).isFalse();
      JsonNode named = null;
      for (JsonNode failed : outcome.path("notRederived")) {
        if (failed.path("applicationId").asText().equals(orphan)) {
          named = failed;
        }
      }
      assertThat(named).as("the answer names %s: %s", orphan, created.body()).isNotNull();
      assertThat(named.path("reason").asText()).contains("akim");
      assertThat(outcome.get("failures").asInt()).isGreaterThanOrEqualTo(1);
      assertThat(engine.getRuntimeService().getVariable(scenario.instance().getId(), "statutoryDueDate"))
          .as("its dates stay as they were").isEqualTo(dueBefore);
    } finally {
      engine.getRuntimeService().deleteProcessInstance(scenario.instance().getId(), "CalendarApiTest done", true, true);
      if (id > 0) {
        http.post("/api/v1/calendar/corrections/" + id + "/revoke", "demo", "demo", "{\"reason\":\"test over\"}");
      }
    }
    assertThat(effectiveCalendar.current().isWorkingDay(LocalDate.parse("2032-10-08"))).isTrue();
  }

  @Test
  void anAnnouncedKurbanAitConfirmsTheEstimate() throws Exception {
    LocalDate estimate = LocalDate.parse("2027-05-16");
    assertThat(effectiveCalendar.current().facts().year(2027).kurbanAit().confirmed()).isFalse();
    HttpResponse<String> created = http.post("/api/v1/calendar/corrections", "demo", "demo",
        "{\"kind\":\"KURBAN_AIT\",\"date\":\"2027-05-16\",\"legalSource\":\"QMDB (test)\",\"reason\":\"announced\"}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    long id = JSON.readTree(created.body()).get("correction").get("id").asLong();
    try {
      Holiday kurbanAit = effectiveCalendar.current().facts().year(2027).kurbanAit();
      assertThat(kurbanAit.date()).isEqualTo(estimate);
      assertThat(kurbanAit.confirmed()).isTrue();
      assertThat(kurbanAit.source()).contains("QMDB (test)", "correction #" + id, "demo");
      assertThat(JSON.readTree(created.body()).has("firstChangedDay")).isFalse();
    } finally {
      http.post("/api/v1/calendar/corrections/" + id + "/revoke", "demo", "demo", "{\"reason\":\"test over\"}");
    }
    assertThat(effectiveCalendar.current().facts().year(2027).kurbanAit().confirmed()).isFalse();
  }

  @Test
  void aNodeSeesACorrectionWrittenByAnotherNodeAtItsNextCheck() {
    LocalDate wednesday = LocalDate.parse("2032-09-15");
    assertThat(effectiveCalendar.refreshIfChanged()).isFalse();
    // Another node writes straight to the shared table.
    long id = repository.insert(CalendarCorrection.Kind.TRANSFER, wednesday, LocalDate.parse("2032-09-18"),
        null, "written by another node", "other.node", Instant.now());
    try {
      assertThat(effectiveCalendar.current().isWorkingDay(wednesday)).isTrue();
      assertThat(effectiveCalendar.refreshIfChanged()).isTrue();
      assertThat(effectiveCalendar.current().isWorkingDay(wednesday)).isFalse();
    } finally {
      repository.revoke(id, "test", Instant.now(), "test over");
      effectiveCalendar.refreshIfChanged();
    }
    assertThat(effectiveCalendar.current().isWorkingDay(wednesday)).isTrue();
  }
}
