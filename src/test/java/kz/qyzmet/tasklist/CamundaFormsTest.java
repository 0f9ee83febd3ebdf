package kz.qyzmet.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The Camunda Forms in processes/forms against the models that use them and against what the
 * models read: every form a model references exists under its id; the values the forms write are
 * the ones the gateways branch on; each decision shows, and requires, only its own fields; labels
 * and texts are Kazakh first with Russian beside, no English; only fields that submit plain strings and booleans,
 * but for the documents ticked by name (a Json list the server turns into codes, DocumentCodesChecked);
 * no regular expression on the start form, whose facts the server checks and refuses in words; the case
 * shown in words (TaskFormTexts), never as its codes.
 */
class CamundaFormsTest {

  static final Path PROCESSES = Path.of("processes");
  static final Path FORMS = PROCESSES.resolve("forms");
  static final Pattern FORM_REF = Pattern.compile("camunda:formRef=\"([^\"]+)\"");
  /** Fields whose values Tasklist would submit as JSON, which no process reads. */
  static final Set<String> JSON_VALUED = Set.of("taglist", "dynamiclist", "table", "filepicker");
  /** The checklists (a JSON array from Tasklist) the process turns into its code lists (CodeList.fromChecklist). */
  static final Set<String> CODE_LIST_CHECKLISTS = Set.of("documentsSubmitted", "applicantFlags", "requestedDocuments",
      "documentsDelivered");
  /** The checklists of documents, each with the task variable that offers them (TaskFormTexts). */
  static final Map<String, String> TICKED_DOCUMENTS = Map.of("requestedDocuments", "requestableDocumentOptions",
      "documentsDelivered", "deliverableDocumentOptions");

  static Map<String, JsonNode> forms = new LinkedHashMap<>();

  @BeforeAll
  static void readForms() throws IOException {
    ObjectMapper json = new ObjectMapper();
    try (Stream<Path> files = Files.list(FORMS)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".form")).sorted().toList()) {
        forms.put(file.getFileName().toString().replace(".form", ""), json.readTree(file.toFile()));
      }
    }
  }

  @Test
  void everyFormAModelReferencesExistsUnderItsId_andEveryFormIsUsed() throws IOException {
    Set<String> referenced = new TreeSet<>();
    try (Stream<Path> models = Files.walk(PROCESSES)) {
      for (Path model : models.filter(f -> f.toString().endsWith(".bpmn")).toList()) {
        Matcher matcher = FORM_REF.matcher(Files.readString(model));
        while (matcher.find()) {
          referenced.add(matcher.group(1));
        }
      }
    }
    assertThat(referenced).contains("submit-application-s02", "submit-application-s29", "hand-refusal-receipt", "forward-package", "review-application", "notify-applicant",
        "receive-documents", "decide-without-documents", "answer-escalation", "hand-over-result", "review-complaint",
        "decide-missed-applicant-stage", "correct-errors");
    assertThat(forms.keySet()).containsExactlyInAnyOrderElementsOf(referenced);
    forms.forEach((file, form) -> assertThat(form.path("id").asText()).as(file).isEqualTo(file));
  }

  @TestFactory
  Stream<DynamicTest> everyFormIsWellFormedBilingualAndSubmitsPlainValues() {
    return forms.entrySet().stream().map(entry -> DynamicTest.dynamicTest(entry.getKey(), () -> {
      JsonNode form = entry.getValue();
      assertThat(form.path("type").asText()).isEqualTo("default");
      assertThat(form.path("executionPlatform").asText()).isEqualTo("Camunda Platform");
      List<JsonNode> components = components(form);
      assertThat(components).isNotEmpty();
      assertThat(components).extracting(c -> c.path("id").asText()).doesNotHaveDuplicates().doesNotContain("");
      assertThat(components.stream().filter(c -> c.has("key"))).extracting(c -> c.path("key").asText())
          .doesNotHaveDuplicates();
      for (JsonNode component : components) {
        String type = component.path("type").asText();
        assertThat(JSON_VALUED).as("%s is a %s", component.path("id").asText(), type).doesNotContain(type);
        if (type.equals("checklist")) {
          assertThat(CODE_LIST_CHECKLISTS).as("%s is a checklist the process reads", component.path("id").asText())
              .contains(component.path("key").asText());
        }
        if (component.has("key")) {
          ScreenTexts.assertKazakhAndRussian(component.path("label").asText());
        }
        if (component.has("description")) {
          ScreenTexts.assertKazakhAndRussian(component.path("description").asText());
        }
        if (component.has("text")) {
          // A link's address (the receipt's) is not read; its words are.
          ScreenTexts.assertNoEnglish(component.path("text").asText().replaceAll("]\\([^)\\s]*\\)", "]"));
        }
        for (JsonNode value : component.path("values")) {
          ScreenTexts.assertKazakhAndRussian(value.path("label").asText());
        }
      }
    }));
  }

  @Test
  void theReviewOffersTheDecisionsTheStatutoryReviewBranchesOn_eachWithItsOwnRequiredFields() {
    JsonNode review = forms.get("review-application");
    // The decisions and extensions are the task's own (ReviewOptions, from the catalog), never a fixed list.
    assertThat(field(review, "decision").path("valuesKey").asText()).isEqualTo("decisionOptions");
    assertThat(field(review, "decision").has("values")).isFalse();
    assertThat(field(review, "extensionKind").path("valuesKey").asText()).isEqualTo("extensionOptions");
    assertThat(required(field(review, "decision"))).isTrue();

    assertShownOnlyFor(review, "refusalGround", "refuse");
    assertShownOnlyFor(review, "requestedDocuments", "request-documents");
    assertShownOnlyFor(review, "errorsFound", "errors-found");
    assertShownOnlyFor(review, "extensionKind", "extend");
    assertShownOnlyFor(review, "extensionReason", "extend");
    assertThat(field(review, "decisionComment").path("conditional").path("hide").asText())
        .isEqualTo("=decision != \"refuse\" and decision != \"withdraw\"");
    for (String key : List.of("refusalGround", "decisionComment", "requestedDocuments", "errorsFound", "extensionKind",
        "extensionReason")) {
      assertThat(required(field(review, key))).as(key).isTrue();
    }
    assertThat(field(review, "refusalGround").path("valuesKey").asText()).isEqualTo("refusalGroundOptions");
    // The documents to request are ticked by name from the standard's table, checked by the server,
    // which answers in words (DocumentCodesChecked).
    assertThat(field(review, "requestedDocuments").path("type").asText()).isEqualTo("checklist");
    assertThat(field(review, "requestedDocuments").path("valuesKey").asText()).isEqualTo("requestableDocumentOptions");
    assertThat(field(review, "requestedDocuments").path("validate").has("pattern")).isFalse();
  }

  @Test
  void theOtherDecisionsWriteWhatTheirModelsRead() {
    JsonNode without = forms.get("decide-without-documents");
    assertThat(values(field(without, "decision"))).containsExactly("refuse", "withdraw");
    assertShownOnlyFor(without, "refusalGround", "refuse");
    assertThat(values(field(without, "refusalGround"))).containsExactly("documents-not-provided");
    assertThat(field(without, "refusalGround").path("defaultValue").asText()).isEqualTo("documents-not-provided");
    assertThat(required(field(without, "decisionComment"))).isTrue();

    JsonNode missedStage = forms.get("decide-missed-applicant-stage");
    assertThat(values(field(missedStage, "missedStageDecision"))).containsExactly("wait", "withdraw");
    assertThat(required(field(missedStage, "missedStageDecision"))).isTrue();

    JsonNode complaint = forms.get("review-complaint");
    assertThat(values(field(complaint, "complaintOutcome"))).containsExactly("upheld", "rejected");
    assertThat(required(field(complaint, "complaintReasons"))).isTrue();
    assertThat(field(complaint, "appealToQualityAuthority").path("type").asText()).isEqualTo("checkbox");
    assertThat(field(complaint, "appealToQualityAuthority").path("conditional").path("hide").asText())
        .isEqualTo("=complaintLevel = \"quality-authority\" or complaintOutcome != \"rejected\"");

    assertThat(required(field(forms.get("receive-documents"), "documentsDelivered"))).isTrue();
    assertThat(required(field(forms.get("answer-escalation"), "escalationNote"))).isTrue();
    assertThat(required(field(forms.get("notify-applicant"), "applicantNotifiedBy"))).isTrue();
    assertThat(required(field(forms.get("hand-over-result"), "resultHandedOverTo"))).isTrue();
    assertThat(required(field(forms.get("forward-package"), "packageForwarded"))).isTrue();
  }

  @Test
  void theStartFormTakesWhatAnApplicationNeeds_byNames() {
    JsonNode start = forms.get("submit-application-s02");
    assertThat(values(field(start, "channel"))).containsExactly("ztmo", "psc");
    for (String key : List.of("channel", "applicantName", "applicantIin")) {
      assertThat(required(field(start, key))).as(key).isTrue();
    }
    assertThat(field(start, "applicantFlags").path("type").asText()).isEqualTo("checklist");
    assertThat(field(start, "documentsSubmitted").path("type").asText()).isEqualTo("checklist");
    assertThat(field(start, "documentsSubmitted").path("valuesExpression").asText())
        .contains("residence_registration_proof", "list contains([\"ztmo\",\"psc\"], channel)");
    assertThat(forms.get("submit-application-s02").toString()).doesNotContain("\"key\":\"caseType\"");
    assertThat(values(field(forms.get("submit-application-s29"), "caseType"))).contains("employer-issue");
    // form-js 7.24 can only say "Field must match pattern <regex>": the start leaves the format to the
    // server's check (ApplicationStart), which refuses in Kazakh and Russian words.
    forms.forEach((name, form) -> assertThat(components(form)).as(name)
        .allSatisfy(c -> assertThat(c.path("validate").has("pattern")).isFalse()));
    assertThat(field(forms.get("receive-documents"), "documentsDelivered").path("valuesKey").asText())
        .isEqualTo("deliverableDocumentOptions");
  }

  @Test
  void theCaseIsShownInWordsButNeverWrittenBack() {
    // The case's documents are shown as the names TaskFormTexts puts in task variables, in text
    // components: nothing a form shows is submitted back. The complaint's text is a disabled field,
    // which form-js leaves out of what it submits. Dates are shown in text, never bound to a field.
    Map<String, List<String>> shown = Map.of(
        "forward-package", List.of("documentsSubmittedText"),
        "review-application", List.of("requiredDocumentsText", "documentsSubmittedText", "missingDocumentsText",
            "documentsDeliveredText"),
        "notify-applicant", List.of("requestedDocumentsText"),
        "receive-documents", List.of("requestedDocumentsText"),
        "decide-without-documents", List.of("requestedDocumentsText"));
    shown.forEach((form, variables) -> variables.forEach(variable -> assertThat(texts(forms.get(form)))
        .as("%s in %s", variable, form).anyMatch(text -> text.contains("{{" + variable + "}}"))));
    assertThat(field(forms.get("review-complaint"), "complaintText").path("disabled").asBoolean()).isTrue();
    // On a portal application the notice step closes on the portal's word: the specialist is told so.
    assertThat(components(forms.get("notify-applicant"))).filteredOn(c -> c.path("conditional").path("hide").asText()
        .equals("=channel != \"portal\"")).singleElement().satisfies(c -> assertThat(c.path("text").asText())
            .contains("жеке кабинет", "личный кабинет", "өзі аяқталады", "завершится сам"));
    Set<String> dates = Set.of("submittedAt", "statutoryDueDate", "originalDueDate", "reminderDate",
        "notifyApplicantDueDate", "documentsCapDate", "complaintDueDate", "documentsRequestedAt", "documentsArrivedAt");
    forms.forEach((name, form) -> assertThat(components(form)).extracting(c -> c.path("key").asText()).as(name)
        .doesNotContainAnyElementsOf(dates));
  }

  @Test
  void noTaskFormShowsACodeOrARawDate_andEveryOneShowsTheCaseNotes() {
    // Codes and dates the case holds are shown only through their words (TaskFormTexts): the name of
    // the channel, flags, extensions, grounds, level, and dates as dd.MM.yyyy.
    Pattern raw = Pattern.compile("\\{\\{[^}]*\\b(channel|applicantFlags|termExtensions|refusalGround|complaintLevel|"
        + "status|caseType|documentsSubmitted|requiredDocuments|missingDocuments|requestedDocuments|documentsDelivered)"
        + "\\b(?!Text)[^}]*}}|substring\\(|string\\(");
    forms.forEach((name, form) -> {
      if (name.startsWith("submit-application")) {
        return;
      }
      for (String text : texts(form)) {
        assertThat(raw.matcher(text).find()).as("%s: %s", name, text).isFalse();
      }
      JsonNode notes = components(form).stream().filter(c -> "Text_CaseNotes".equals(c.path("id").asText()))
          .findFirst().orElseThrow(() -> new AssertionError(name + " shows no case notes"));
      assertThat(notes.path("text").asText()).startsWith("**Іс бойынша жазбалар / Заметки по делу**")
          .contains("{{caseNotes}}");
      assertThat(notes.path("conditional").path("hide").asText()).isEqualTo("=caseNotes = null or caseNotes = \"\"");
      // The case file's files by name, each a link to the Tasklist door (kz.qyzmet.casefile.CaseFileTexts).
      JsonNode files = components(form).stream().filter(c -> "Text_CaseFiles".equals(c.path("id").asText()))
          .findFirst().orElseThrow(() -> new AssertionError(name + " shows no case file"));
      assertThat(files.path("text").asText()).isEqualTo("**Электрондық іс / Электронное дело**\n\n{{caseFiles}}");
      assertThat(files.path("conditional").path("hide").asText()).isEqualTo("=caseFiles = null or caseFiles = \"\"");
    });
    for (String form : List.of("review-application", "forward-package")) {
      String header = texts(forms.get(form)).get(0);
      assertThat(header).as(form).contains("{{applicationId}}", "else statusText}}", "else statutoryDueDateText}}",
          "(/camunda/api/tasklist/plugin/qyzmet-receipts/default/receipts/{{applicationId}}?lang=kk)",
          "(/camunda/api/tasklist/plugin/qyzmet-receipts/default/receipts/{{applicationId}}?lang=ru)");
    }
  }

  static List<String> texts(JsonNode form) {
    return components(form).stream().filter(c -> "text".equals(c.path("type").asText()))
        .map(c -> c.path("text").asText()).toList();
  }

  private static void assertShownOnlyFor(JsonNode form, String key, String decision) {
    assertThat(field(form, key).path("conditional").path("hide").asText()).as(key)
        .isEqualTo("=decision != \"" + decision + "\"");
  }

  static List<JsonNode> components(JsonNode form) {
    List<JsonNode> all = new ArrayList<>();
    for (JsonNode component : form.path("components")) {
      all.add(component);
      all.addAll(components(component));
    }
    return all;
  }

  static JsonNode field(JsonNode form, String key) {
    return components(form).stream().filter(c -> key.equals(c.path("key").asText())).findFirst()
        .orElseThrow(() -> new AssertionError("no field " + key + " in " + form.path("id").asText()));
  }

  static List<String> values(JsonNode field) {
    return StreamSupport.stream(field.path("values").spliterator(), false).map(v -> v.path("value").asText()).toList();
  }

  static boolean required(JsonNode field) {
    return field.path("validate").path("required").asBoolean(false);
  }
}
