package kz.qyzmet.api;

import static kz.qyzmet.api.ApiClient.COMPLETE_PACKAGE;
import static kz.qyzmet.api.ApiClient.JSON;
import static kz.qyzmet.api.ApiClient.application;
import static kz.qyzmet.api.ApiClient.array;
import static kz.qyzmet.api.ApiClient.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import kz.qyzmet.QyzmetIntegrationTest;
import kz.qyzmet.catalog.Channel;
import kz.qyzmet.catalog.StandardsCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/** Every client mistake in POST /api/v1/applications is a 400 problem naming the field and the reason. */
@QyzmetIntegrationTest
class ApplicationValidationApiTest extends ApiTestSupport.JustBeforeNauryz {

  @Autowired StandardsCatalog catalog;

  static Arguments mistake(String name, Consumer<ObjectNode> change, String field, String reason) {
    return Arguments.of(name, change, field, reason);
  }

  static Stream<Arguments> mistakes() {
    return Stream.of(
        mistake("no standard", b -> b.remove("standard"), "standard", "required"),
        mistake("standard as text", b -> b.put("standard", "2"), "standard", "wrong-type"),
        mistake("standard as a fraction", b -> b.put("standard", 2.5), "standard", "wrong-type"),
        mistake("unknown standard", b -> b.put("standard", 99), "standard", "unknown"),
        mistake("standard beyond any integer", b -> b.put("standard", 99_999_999_999L), "standard", "wrong-type"),
        mistake("no channel", b -> b.remove("channel"), "channel", "required"),
        mistake("blank channel", b -> b.put("channel", " "), "channel", "required"),
        mistake("channel the standard lacks", b -> b.put("channel", "akim"), "channel", "not-offered"),
        mistake("endless channel", b -> b.put("channel", "p".repeat(100)), "channel", "too-long"),
        mistake("channel as a number", b -> b.put("channel", 3), "channel", "wrong-type"),
        mistake("case type the standard lacks", b -> b.put("caseType", "age"), "caseType", "not-offered"),
        mistake("no applicant", b -> b.remove("applicant"), "applicant", "required"),
        mistake("applicant as text", b -> b.put("applicant", "Сапарова"), "applicant", "wrong-type"),
        mistake("no IIN", b -> applicant(b).remove("iin"), "applicant.iin", "required"),
        mistake("IIN of 11 digits", b -> applicant(b).put("iin", "85031230012"), "applicant.iin", "format"),
        mistake("IIN with a letter", b -> applicant(b).put("iin", "85031230012X"), "applicant.iin", "format"),
        mistake("IIN as a number", b -> applicant(b).put("iin", 850312300121L), "applicant.iin", "wrong-type"),
        mistake("IIN failing its control digit", b -> applicant(b).put("iin", "850312300122"), "applicant.iin",
            "checksum"),
        mistake("IIN whose two passes both give 10", b -> applicant(b).put("iin", "850312300380"), "applicant.iin",
            "checksum"),
        mistake("IIN born on 30 February", b -> applicant(b).put("iin", "850230300121"), "applicant.iin",
            "birth-date"),
        mistake("IIN with century digit 0", b -> applicant(b).put("iin", "850312000121"), "applicant.iin",
            "birth-date"),
        mistake("IIN born in 2030", b -> applicant(b).put("iin", "300101500121"), "applicant.iin", "birth-date"),
        mistake("no name", b -> applicant(b).remove("fullName"), "applicant.fullName", "required"),
        mistake("endless name", b -> applicant(b).put("fullName", "А".repeat(301)), "applicant.fullName",
            "too-long"),
        mistake("name with a control character", b -> applicant(b).put("fullName", "Сапарова\u0000"),
            "applicant.fullName", "format"),
        mistake("unknown field in the applicant", b -> applicant(b).put("birthDate", "1985-03-12"),
            "applicant.birthDate", "unknown-field"),
        mistake("representative with a bad IIN", b -> {
          ObjectNode r = b.putObject("representative");
          r.put("iin", "850312300122");
          r.put("fullName", "Сапаров Марат");
        }, "representative.iin", "checksum"),
        mistake("representative flag without a representative", b -> b.set("flags", array("representative")),
            "representative", "required"),
        mistake("flag the standard lacks", b -> b.set("flags", array("veteran")), "flags[0]", "unknown"),
        mistake("no documents", b -> b.remove("documents"), "documents", "required"),
        mistake("documents as text", b -> b.put("documents", "application"), "documents", "wrong-type"),
        mistake("unknown document", b -> b.set("documents", array("application", "passport")), "documents[1]",
            "unknown"),
        mistake("a document of another standard", b -> b.set("documents", array("work_record_book")),
            "documents[0]", "unknown"),
        mistake("null document", b -> b.withArray("documents").addNull(), "documents[4]", "required"),
        mistake("endless document code", b -> b.set("documents", array("d".repeat(65))), "documents[0]",
            "too-long"),
        mistake("submittedAt that is no date", b -> b.put("submittedAt", "yesterday"), "submittedAt", "format"),
        mistake("submittedAt on 30 February", b -> b.put("submittedAt", "2026-02-30T10:00:00+05:00"), "submittedAt",
            "format"),
        mistake("submittedAt as a day only", b -> b.put("submittedAt", "2026-03-17"), "submittedAt", "format"),
        mistake("submittedAt tomorrow", b -> b.put("submittedAt", "2026-03-19T10:00:00+05:00"), "submittedAt",
            "in-future"),
        mistake("submittedAt in an hour", b -> b.put("submittedAt", "2026-03-18T11:00"), "submittedAt", "in-future"),
        mistake("submittedAt before the calendar", b -> b.put("submittedAt", "2010-01-05T10:00:00+06:00"),
            "submittedAt", "out-of-range"),
        mistake("externalId with a space", b -> b.put("externalId", "egov 1"), "externalId", "format"),
        mistake("endless externalId", b -> b.put("externalId", "x".repeat(129)), "externalId", "format"),
        mistake("unknown field", b -> b.put("priority", "high"), "priority", "unknown-field"));
  }

  private static ObjectNode applicant(ObjectNode body) {
    return (ObjectNode) body.get("applicant");
  }

  @ParameterizedTest(name = "{0}: 400 naming {2} ({3})")
  @MethodSource("mistakes")
  void mistake_isA400NamingTheFieldAndTheReason(String name, Consumer<ObjectNode> change, String field,
      String reason) {
    ObjectNode body = application("psc", COMPLETE_PACKAGE);
    change.accept(body);
    JsonNode problem = problem(api.post("/api/v1/applications", body.toString()), 400, field);
    assertThat(problem.get("reason").asText()).isEqualTo(reason);
    assertThat(problem.get("detail").asText()).isNotBlank();
    assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo(field);
    assertThat(problem.get("instance").asText()).isEqualTo("/api/v1/applications");
  }

  @ParameterizedTest(name = "body {0}")
  @ValueSource(strings = {"{\"standard\": 2,", "{standard: 2}", "{\"standard\": 2} trailing",
      "{\"standard\": 2, \"standard\": 3}"})
  void malformedJson_isA400NamingTheBody(String body) {
    JsonNode problem = problem(api.post("/api/v1/applications", body), 400, "body");
    assertThat(problem.get("reason").asText()).isEqualTo("malformed");
  }

  @Test
  void anEmptyBodyOrOneThatIsNoObject_isA400NamingTheBody() {
    assertThat(problem(api.post("/api/v1/applications", ""), 400, "body").get("reason").asText())
        .isEqualTo("required");
    assertThat(problem(api.post("/api/v1/applications", "[]"), 400, "body").get("reason").asText())
        .isEqualTo("wrong-type");
    assertThat(problem(api.post("/api/v1/applications", "null"), 400, "body").get("reason").asText())
        .isEqualTo("wrong-type");
  }

  @Test
  void everyMistakeIsNamedAtOnce() {
    ObjectNode body = application("psc", COMPLETE_PACKAGE);
    applicant(body).put("iin", "850312300122");
    body.set("documents", array("passport"));
    body.put("submittedAt", "soon");
    JsonNode problem = problem(api.post("/api/v1/applications", body.toString()), 400, null);
    List<String> fields = JSON.convertValue(problem.get("errors").findValues("field"),
        JSON.getTypeFactory().constructCollectionType(List.class, String.class));
    assertThat(fields).containsExactlyInAnyOrder("applicant.iin", "documents[0]", "submittedAt");
  }

  @Test
  void aCaseTypeIsNeededWhereTheStandardHasCaseTypes_atAChannelThatTakesApplications() {
    var standard = catalog.all().stream()
        .filter(s -> !s.caseTypes().isEmpty() && deployed(s.processKey())
            && s.channels().stream().anyMatch(Channel::takesApplications))
        .findFirst();
    assumeThat(standard).as("a served standard with case types").isPresent();
    Channel intake = standard.get().channels().stream().filter(Channel::takesApplications).findFirst().orElseThrow();
    ObjectNode body = application(intake.id(), "[]");
    body.put("standard", standard.get().number());
    JsonNode problem = problem(api.post("/api/v1/applications", body.toString()), 400, "caseType");
    assertThat(problem.get("reason").asText()).isEqualTo("required");
  }
}
