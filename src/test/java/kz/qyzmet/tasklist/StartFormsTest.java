package kz.qyzmet.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.qyzmet.catalog.Standard;
import kz.qyzmet.catalog.StandardsCatalog;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.junit.jupiter.api.Test;

/**
 * The committed start forms are what {@link StartForms} writes from the decree's wording and the tables.
 * After a change to either, write them again with
 * {@code ./mvnw -q -o test -Dtest=StartFormsTest -Dqyzmet.forms.write=true}.
 */
class StartFormsTest {

  private static final StandardsCatalog CATALOG =
      new StandardsCatalog(StandardsCatalog.loadClasspath(StandardsCatalog.LOCATION));
  static final Path FORMS = Path.of("processes", "forms");

  static Path file(Standard standard) {
    return FORMS.resolve(StartForms.formId(standard) + ".form");
  }

  static DmnModelInstance table(Standard standard) {
    return Dmn.readModelFromFile(Path.of("dmn", standard.code() + "-required-documents.dmn").toFile());
  }

  /** The decree's own wording's form, as committed. */
  static String form(Standard standard) {
    return StartForms.form(CATALOG.wordings(standard.number()).get(0), table(standard));
  }

  @Test
  void everyStandardsStartFormIsTheOneGeneratedFromTheCatalogAndItsTable() throws IOException {
    boolean write = Boolean.getBoolean("qyzmet.forms.write");
    List<String> differing = new ArrayList<>();
    for (Standard standard : CATALOG.all()) {
      String expected = form(standard);
      if (write) {
        Files.writeString(file(standard), expected, StandardCharsets.UTF_8);
      } else if (!Files.exists(file(standard))
          || !Files.readString(file(standard), StandardCharsets.UTF_8).equals(expected)) {
        differing.add(file(standard).toString());
      }
    }
    assertThat(differing).as("start forms that differ from the generator's; write them again with "
        + "-Dqyzmet.forms.write=true").isEmpty();
  }

  @Test
  void aStandardWithCaseTypesAndFlagsAsksForThemByName() {
    String form = form(CATALOG.require(29));
    assertThat(form).contains("\"key\": \"caseType\"", "\"key\": \"applicantFlags\"", "\"valuesExpression\"")
        .doesNotContain("Коды", "кодтар");
  }

  @Test
  void aDocumentIsShownWhileOneOfItsRowsHolds() {
    assertThat(StartForms.valuesTest("channel", "\"ztmo\",\"psc\"")).isEqualTo("list contains([\"ztmo\",\"psc\"], channel)");
    assertThat(StartForms.valuesTest("caseType", "-")).isEqualTo("true");
    assertThat(StartForms.flagsTest("not(list contains(?, \"seasonal-workers\") or list contains(?, \"x\"))"))
        .isEqualTo("(not((applicantFlags != null and list contains(applicantFlags, \"seasonal-workers\"))"
            + " or (applicantFlags != null and list contains(applicantFlags, \"x\"))))");
  }

  @Test
  void everyDocumentOfEveryStartFormIsNamedWithoutEnglish() {
    for (Standard standard : CATALOG.all()) {
      String expression = StartForms.documentsExpression(CATALOG.wordings(standard.number()).get(0), table(standard));
      Matcher label = Pattern.compile("label: \"((?:[^\"\\\\]|\\\\.)*)\"").matcher(expression);
      int labels = 0;
      while (label.find()) {
        labels++;
        ScreenTexts.assertNoEnglish(label.group(1));
      }
      assertThat(labels).as("documents of %s", standard.code()).isPositive();
    }
  }

  /** The three fictitious amendments of standard 2 (23 March, 1 April, 4 May: the akim and a flag added). */
  static final StandardsCatalog AMENDED = new StandardsCatalog(StandardsCatalog.loadClasspath(StandardsCatalog.LOCATION),
      java.util.stream.Stream.of("amendments-fictitious", "amendments-fictitious-later", "amendments-fictitious-channel")
          .flatMap(folder -> StandardsCatalog.loadAmendments("classpath*:" + folder + "/*.yaml").stream()).toList());

  @Test
  void anAmendedWordingsForm_offersItsChannelAndFlagByName_andNamesTheAct() throws IOException {
    var wording = AMENDED.wordingOn(2, java.time.LocalDate.parse("2026-05-04"));
    JsonNode form = new ObjectMapper().readTree(StartForms.form(wording, table(wording.standard())));
    assertThat(component(form, "Field_channel").path("values").toString())
        .contains("{\"label\":\"Ауылдық округ әкімі / Аким сельского округа\",\"value\":\"akim\"}");
    assertThat(component(form, "Field_applicantFlags").path("values").toString())
        .contains("{\"label\":\"тегі өзгерген жағдайда / Фамилия услугополучателя изменена\",\"value\":\"surname-changed\"}");
    assertThat(component(form, "Text_Wording").path("text").asText())
        .startsWith("**04.05.2026 бастап қолданылатын редакциясы / Редакция, действующая с 04.05.2026**")
        .contains("№ 0-TEST-3 (15.04.2026)", "№ 0-TEST-3 от 15.04.2026");
    // The akim shows what it asks for, the PSC's documents (on the refusing channels' note too).
    assertThat(component(form, "Text_IncompleteRefused").path("conditional").path("hide").asText()).contains("\"akim\"");
    // The decree's form for comparison: no such channel, flag or line.
    String decree = form(wording.standard());
    assertThat(decree).doesNotContain("akim", "surname-changed", "Text_Wording");
  }

  @Test
  void anAmendedWordingsDocuments_areThoseItAsksFor_atAnAddedChannelAsAtTheOneItFollows() throws IOException {
    var wording = AMENDED.wordingOn(2, java.time.LocalDate.parse("2026-05-04"));
    JsonNode form = new ObjectMapper().readTree(StartForms.form(wording, table(wording.standard())));
    String expression = component(form, "Field_documentsSubmitted").path("valuesExpression").asText();
    // Evaluated by a FEEL engine, as form-js evaluates it over the form's fields.
    assertThat(shown(expression, "psc", List.of())).containsExactly("application", "identity_document",
        "bank_account_details", "employment_record_book");
    assertThat(shown(expression, "akim", List.of())).isEqualTo(shown(expression, "psc", List.of()));
    assertThat(shown(expression, "akim", List.of("surname-changed"))).containsExactly("application", "identity_document",
        "bank_account_details", "employment_record_book", "surname_change_document");
    assertThat(shown(expression, "akim", List.of("representative"))).isEqualTo(shown(expression, "psc",
        List.of("representative"))).contains("power_of_attorney").doesNotContain("surname_change_document");
    assertThat(shown(expression, "ztmo", List.of("surname-changed"))).contains("surname_change_document")
        .doesNotContain("residence_registration_proof");
    // Before the 23 March amendment the residence document was asked for, and the decree's form still asks for it.
    String decree = new ObjectMapper().readTree(form(wording.standard())).path("components").findValue("valuesExpression")
        .asText();
    assertThat(shown(decree, "psc", List.of())).contains("residence_registration_proof")
        .doesNotContain("employment_record_book");
  }

  private static JsonNode component(JsonNode form, String id) {
    for (JsonNode component : form.path("components")) {
      if (component.path("id").asText().equals(id)) {
        return component;
      }
    }
    throw new AssertionError("the form has no component " + id);
  }

  /** The codes of the documents a form-js expression shows for these fields. */
  @SuppressWarnings("unchecked")
  private static List<String> shown(String expression, String channel, List<String> flags) {
    var feel = new org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory().createInstance();
    var fields = org.camunda.bpm.engine.variable.Variables.createVariables().putValue("channel", channel)
        .putValue("caseType", null).putValue("applicantFlags", flags);
    Object options = feel.evaluateSimpleExpression(expression.substring(1), fields.asVariableContext());
    return ((List<Map<String, Object>>) options).stream().map(option -> (String) option.get("value")).toList();
  }
}
