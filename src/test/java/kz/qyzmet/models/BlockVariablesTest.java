package kz.qyzmet.models;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import kz.qyzmet.models.Blocks.Block;
import org.junit.jupiter.api.Test;

/**
 * Each shared block's declared variables ({@link Block}: what it reads, what it returns) against what
 * the block's model and forms read: every call passes exactly the declaration, the block reads no
 * variable it is not given (or writes itself), and it is given none that nothing reads.
 *
 * <p>The scan reads the block's BPMN expressions (conditions, timers, due dates, groups, expressions;
 * {@code execution.getVariable('x')}) and the forms its tasks name ({@code {{x}}} templates and FEEL
 * {@code =x} expressions; {@code xText} is the text {@code TaskFormTexts} makes of {@code x}). It cannot
 * see Java: what the block's delegates and listeners read (the package check, the deadlines' derivation,
 * the task's name, the breach records), what the API reads on the block's tasks, and what the delegates
 * write. Those are listed here, each with its reader or writer, and a new one must be added by hand.
 */
class BlockVariablesTest {

  private static final Path PROCESSES = Path.of("processes");

  private static final List<Block> BLOCKS = List.of(Blocks.INTAKE, Blocks.REVIEW, Blocks.DOCUMENT_REQUEST,
      Blocks.RESULT_DELIVERY, Blocks.COMPLAINT_REVIEW);

  /**
   * What a deadline's derivation reads ({@code DeadlineVariables.derive}): in every block holding a
   * statutory date, since a calendar correction or a wording migration derives each such instance again.
   */
  private static final Map<String, String> DERIVATION = Map.of(
      "standardNumber", "DeadlineVariables.derive: the standard and its wording",
      "submittedAt", "DeadlineVariables.derive: the term runs from the submission",
      "channel", "DeadlineVariables.derive: the channel's term",
      "caseType", "DeadlineVariables.derive: the case type's term",
      "termExtensions", "DeadlineVariables.derive: the extensions applied",
      "errorCorrections", "DeadlineVariables.derive: the error-correction rounds",
      "documentsRequestedAt", "DeadlineVariables.derive: the term extends to its cap while documents are awaited",
      "documentsArrivedAt", "DeadlineVariables.derive: the term runs again from the documents' arrival",
      "wordingEffectiveFrom", "ApplicationWording: the wording in force, after the application's row");

  /** What each block's Java reads (delegates, listeners, the API on its tasks), by reader. */
  private static final Map<String, Map<String, String>> READ_BY_CODE = Map.of(
      "common-intake", with(DERIVATION,
          "standardCode", "TaskPresentation: the task's name",
          "applicantFlags", "PackageCompletenessCheck: the decision table's flags",
          "documentsSubmitted", "PackageCompletenessCheck: the package"),
      "common-statutory-review", with(DERIVATION,
          "standardCode", "TaskPresentation: the task's name",
          "acceptedBy", "AcceptedByFollowUp: the forward task goes to the operator who took the package",
          "requiredDocuments", "TaskFormTexts: the documents on the review form",
          "missingDocuments", "DeadlineVariables and TaskFormTexts",
          "resultDueDate", "returned: the review re-derives it on an extension",
          "statutoryDueDate", "Breaches, returned"),
      "common-document-request", with(DERIVATION,
          "standardCode", "TaskPresentation: the task's name",
          "documentsRequestedAt", "DocumentRequestNotices and ApplicationViews: the API on the notice task",
          "notifyApplicantDueDate", "ApplicationViews: the API's document request"),
      "common-result-delivery", with(DERIVATION,
          "standardCode", "TaskPresentation: the task's name",
          "refusalGround", "ApplicationEvents: the decision's event names its ground",
          "statutoryDueDate", "Breaches.recordStage: the service term"),
      "complaint-review", Map.of(
          "standardCode", "TaskPresentation: the task's name",
          "complaintText", "the review form's field complaintText"));

  /**
   * What each block's Java writes before anything reads it: the package check and the registration
   * (intake), the errors found (review), the dates derived when the decision is recorded (result
   * delivery), the complaint's registration.
   */
  private static final Map<String, Set<String>> WRITTEN_BY_CODE = Map.of(
      "common-intake", Set.of("packageComplete", "incompletePackageRefused", "requiredDocuments",
          "missingDocuments", "intakeGroup", "reviewerGroup", "status"),
      "common-statutory-review", Set.of("errorCorrectionDueDate"),
      "common-document-request", Set.of(),
      "common-result-delivery", Set.of("notifyDecisionDueDate", "applicantStageDueDate"),
      "complaint-review", Set.of("complaintDueDate", "complaintReviewerGroup", "complaintLevel", "complaintId"));

  /**
   * Shown on a shared form where present, never given: the complaint is filed with the application's
   * id, its standard and the applicant's name only (ComplaintFiling), so its forms show no IIN, channel
   * or service term; the result delivery's late documents, the document request's and the review's
   * escalation forms show fields of other processes (a request, a complaint, the applicant's stage).
   */
  private static final Map<String, Set<String>> SHOWN_WHERE_PRESENT = Map.of(
      "complaint-review", Set.of("applicantIin", "channel", "statutoryDueDate"),
      "common-result-delivery", Set.of("documentsCapDate", "requestedDocuments"),
      "common-document-request", Set.of("complaintDueDate", "complaintId", "applicantStageDueDate"),
      "common-statutory-review", Set.of("complaintDueDate", "complaintId"));

  /** Variables TaskFormTexts computes when a form reads them (FormPresentation), not copies. */
  private static final Set<String> TASK_TEXTS = Set.of("caseFiles", "caseNotes", "decisionOptions",
      "refusalGroundOptions", "requestableDocumentOptions", "caseTypeOptions", "extensionOptions",
      "deliverableDocumentOptions");

  private static final Set<String> FEEL_WORDS = Set.of("if", "then", "else", "null", "and", "or", "not", "true",
      "false", "loop", "this", "kk", "ru", "execution", "task");

  private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{(.*?)}");
  private static final Pattern IDENTIFIER = Pattern.compile("(?<![\\w.'\"])([A-Za-z_]\\w*)(?![\\w(.])");
  private static final Pattern GET_VARIABLE = Pattern.compile("getVariable\\('([^']+)'\\)");
  private static final Pattern SET_VARIABLE = Pattern.compile("setVariable\\('([^']+)'");
  private static final Pattern ATTRIBUTE_VARIABLE = Pattern.compile("camunda:error(?:Code|Message)Variable=\"(\\w+)\"");
  private static final Pattern FORM_REF = Pattern.compile("camunda:formRef=\"([^\"]+)\"");
  private static final Pattern CALL = Pattern.compile(
      "<bpmn:callActivity id=\"(\\w+)\"[^>]*calledElement=\"([^\"]+)\"[^>]*>(.*?)</bpmn:callActivity>", Pattern.DOTALL);
  private static final Pattern IN = Pattern.compile("<camunda:in source=\"(\\w+)\"");
  private static final Pattern OUT = Pattern.compile("<camunda:out source=\"(\\w+)\"");
  private static final Pattern TEMPLATE = Pattern.compile("\\{\\{(.*?)}}");
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void everyCallOfABlockPassesExactlyItsDeclaredVariables() throws IOException {
    Map<String, Block> byKey = new LinkedHashMap<>();
    BLOCKS.forEach(b -> byKey.put(b.key(), b));
    List<String> problems = new ArrayList<>();
    int calls = 0;
    for (Path model : models()) {
      Matcher call = CALL.matcher(Files.readString(model));
      while (call.find()) {
        Block block = byKey.get(call.group(2));
        assertThat(block).as("the declaration of %s called in %s", call.group(2), model).isNotNull();
        calls++;
        List<String> in = all(IN, call.group(3));
        List<String> out = all(OUT, call.group(3));
        if (!in.equals(block.reads()) || !out.equals(block.returns())) {
          problems.add(model.getFileName() + " " + call.group(1) + ": in " + in + ", out " + out);
        }
      }
    }
    assertThat(calls).as("calls of blocks: 3 in each of 28 spines, 2 in the automated 2, the request, the appeal")
        .isEqualTo(3 * 28 + 2 * 2 + 2);
    assertThat(problems).as("calls whose mappings differ from the block's declaration").isEmpty();
  }

  @Test
  void aBlockReadsNoVariableItIsNotGiven() {
    Map<String, Set<String>> missing = new TreeMap<>();
    for (Block block : BLOCKS) {
      Set<String> read = new TreeSet<>(scannedReads(block));
      read.removeAll(block.reads());
      read.removeAll(ownVariables(block));
      Set<String> shown = SHOWN_WHERE_PRESENT.getOrDefault(block.key(), Set.of());
      assertThat(read).as("shown where present in %s, and read there without being given", block.key())
          .containsAll(shown);
      read.removeAll(shown);
      if (!read.isEmpty()) {
        missing.put(block.key(), read);
      }
    }
    assertThat(missing).as("variables a block's model or forms read that it is neither given nor writes: "
        + "add them to its declaration in Blocks (or, written by its Java, to WRITTEN_BY_CODE here)").isEmpty();
  }

  @Test
  void aBlockIsGivenNoVariableThatNothingInItReads() {
    Map<String, Set<String>> unread = new TreeMap<>();
    for (Block block : BLOCKS) {
      Set<String> given = new TreeSet<>(block.reads());
      given.removeAll(scannedReads(block));
      given.removeAll(READ_BY_CODE.get(block.key()).keySet());
      if (!given.isEmpty()) {
        unread.put(block.key(), given);
      }
    }
    assertThat(unread).as("variables copied into a block that nothing in it reads: each copy costs a runtime "
        + "variable and two history rows; drop it from the declaration in Blocks, or name its Java reader in "
        + "READ_BY_CODE here").isEmpty();
  }

  @Test
  void aReturnedVariableTheCallerHoldsIsGivenToo() {
    // The spine's order: intake, review (which calls the document request), result delivery. A variable
    // the caller already holds and the block returns without having been given it comes back as null
    // on every path that does not write it.
    List<String> problems = new ArrayList<>();
    Set<String> held = new TreeSet<>(Blocks.APP);
    for (Block block : List.of(Blocks.INTAKE, Blocks.REVIEW, Blocks.RESULT_DELIVERY)) {
      check(block, held, problems);
      held.addAll(block.returns());
    }
    check(Blocks.DOCUMENT_REQUEST, new TreeSet<>(Blocks.REVIEW.reads()), problems);
    assertThat(problems).isEmpty();
  }

  private static void check(Block block, Set<String> held, List<String> problems) {
    for (String returned : block.returns()) {
      // The result delivery sets the status on each of its ends (granted, refused, withdrawn).
      boolean alwaysWritten = block == Blocks.RESULT_DELIVERY && returned.equals("status");
      if (held.contains(returned) && !block.reads().contains(returned) && !alwaysWritten) {
        problems.add(block.key() + " returns " + returned + " without being given it");
      }
    }
  }

  /** The variables a block's model and forms read. */
  private static Set<String> scannedReads(Block block) {
    String model = blockModel(block);
    Set<String> read = new TreeSet<>();
    String bpmn = model.replaceAll("delegateExpression=\"[^\"]*\"", "").replace("&amp;", "&")
        .replace("&gt;", ">").replace("&lt;", "<").replace("&quot;", "\"");
    Matcher expression = EXPRESSION.matcher(bpmn);
    while (expression.find()) {
      String text = expression.group(1);
      read.addAll(all(GET_VARIABLE, text));
      read.addAll(identifiers(text.replaceAll("'[^']*'", "''")));
    }
    for (String form : all(FORM_REF, model)) {
      formTexts(form).forEach(text -> {
        if (text.startsWith("=")) {
          read.addAll(identifiers(text.substring(1).replaceAll("\"[^\"]*\"", "\"\"")));
        }
        Matcher template = TEMPLATE.matcher(text);
        while (template.find()) {
          read.addAll(identifiers(template.group(1).replaceAll("^[#/]\\w+\\s*", "").replaceAll("\"[^\"]*\"", "\"\"")));
        }
      });
    }
    read.removeAll(TASK_TEXTS);
    read.removeAll(FEEL_WORDS);
    Set<String> sources = new TreeSet<>();
    for (String name : read) {
      sources.add(name.equals("wordingText") ? "standardNumber" : name.endsWith("Text") && name.length() > 4
          ? name.substring(0, name.length() - 4) : name);
    }
    return sources;
  }

  /** What the block writes before reading: its forms' fields, its expressions, its Java, its calls' returns. */
  private static Set<String> ownVariables(Block block) {
    String model = blockModel(block);
    Set<String> own = new TreeSet<>(WRITTEN_BY_CODE.get(block.key()));
    own.addAll(all(SET_VARIABLE, model));
    own.addAll(all(ATTRIBUTE_VARIABLE, model));
    for (String form : all(FORM_REF, model)) {
      own.addAll(formKeys(form));
    }
    Matcher call = CALL.matcher(model);
    while (call.find()) {
      own.addAll(all(OUT, call.group(3)));
    }
    return own;
  }

  private static Set<String> identifiers(String text) {
    Set<String> names = new TreeSet<>();
    Matcher m = IDENTIFIER.matcher(text);
    while (m.find()) {
      if (!FEEL_WORDS.contains(m.group(1))) {
        names.add(m.group(1));
      }
    }
    return names;
  }

  private static List<String> formTexts(String form) {
    List<String> texts = new ArrayList<>();
    walk(form(form), node -> {
      if (node.isTextual()) {
        texts.add(node.asText());
      }
    });
    return texts;
  }

  private static Set<String> formKeys(String form) {
    Set<String> keys = new TreeSet<>();
    walk(form(form), node -> {
      if (node.isObject() && node.has("key") && node.get("key").isTextual()) {
        keys.add(node.get("key").asText());
      }
    });
    return keys;
  }

  private static void walk(JsonNode node, java.util.function.Consumer<JsonNode> visit) {
    visit.accept(node);
    node.forEach(child -> walk(child, visit));
  }

  private static JsonNode form(String id) {
    try {
      return JSON.readTree(PROCESSES.resolve("forms").resolve(id + ".form").toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String blockModel(Block block) {
    Path path = block.key().startsWith("common-") ? Models.BLOCKS.resolve(block.key() + ".bpmn")
        : PROCESSES.resolve(block.key() + ".bpmn");
    try {
      return Files.readString(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Path> models() throws IOException {
    try (Stream<Path> files = Files.walk(PROCESSES)) {
      return files.filter(p -> p.toString().endsWith(".bpmn")).sorted().toList();
    }
  }

  private static List<String> all(Pattern pattern, String text) {
    List<String> found = new ArrayList<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }

  private static Map<String, String> with(Map<String, String> base, String... more) {
    Map<String, String> all = new LinkedHashMap<>(base);
    for (int i = 0; i < more.length; i += 2) {
      all.put(more[i], more[i + 1]);
    }
    return all;
  }
}
