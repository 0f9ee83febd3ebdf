package kz.qyzmet.tasklist;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.stream.Collectors;
import kz.qyzmet.catalog.Amendment;
import kz.qyzmet.catalog.Channel;
import kz.qyzmet.catalog.Standard;
import kz.qyzmet.catalog.Wording;
import kz.qyzmet.process.DocumentWording;
import kz.qyzmet.process.PackageCompletenessCheck;
import kz.qyzmet.process.RequiredDocument;
import kz.qyzmet.process.RequiredDocuments;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.InputEntry;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;

/**
 * The start form of a standard's wording, from the catalog and the standard's required-documents
 * table, so that a worker takes an application in by names only: the channels, case types and
 * applicant flags of the wording, and the documents this applicant must bring, by their whole names
 * and paragraphs, ticked as they are handed in. The decree's own wording is committed as
 * processes/forms/submit-application-sNN.form and deployed (StartFormsTest writes and checks it); an
 * amended wording's form is served in its place from the wording's first day ({@link TodaysStartForms}).
 *
 * <p>Which documents are shown follows the table itself: each row's input entries (channel, case
 * type, flags) become a FEEL condition over the form's fields, and form-js shows a document while
 * one of its rows holds. The server checks the package again against the deployed table
 * (PackageCompletenessCheck); the form only spares the worker the codes.
 */
public final class StartForms {

  /** Portal applications come over /api/v1; a worker never takes one in by hand. */
  private static final String PORTAL = "portal";
  private static final String REPRESENTATIVE = "representative";

  private StartForms() {}

  /** The start form's id, {@code submit-application-sNN}: the standard's code follows the prefix. */
  static final String ID_PREFIX = "submit-application-";

  static String formId(Standard standard) {
    return ID_PREFIX + standard.code();
  }

  /** The channels where a worker takes an application in. */
  static List<Channel> workerChannels(Standard standard) {
    return standard.channels().stream()
        .filter(c -> c.takesApplications() && !PORTAL.equals(c.id()))
        .toList();
  }

  /** The form's JSON for a wording of the standard, with its decision table (the decree's: as committed). */
  public static String form(Wording wording, DmnModelInstance table) {
    Standard standard = wording.standard();
    Map<String, Object> form = new LinkedHashMap<>();
    form.put("schemaVersion", 16);
    Map<String, Object> exporter = new LinkedHashMap<>();
    exporter.put("name", "Qyzmet");
    exporter.put("version", "1");
    form.put("exporter", exporter);
    form.put("executionPlatform", "Camunda Platform");
    form.put("executionPlatformVersion", "7.24.0");
    form.put("type", "default");
    form.put("id", formId(standard));
    List<Map<String, Object>> components = new ArrayList<>();
    components.add(text("Text_Standard", "## " + standard.number() + ". " + standard.nameKk() + " / "
        + standard.nameRu() + "\n\nҚызмет беруші / Услугодатель: " + standard.providerKk() + " / "
        + standard.providerRu() + "\n\nМерзім құжаттар топтамасы тапсырылған сәттен бастап есептеледі. / "
        + "Срок исчисляется с момента сдачи пакета документов."));
    if (!wording.original()) {
      components.add(text("Text_Wording", wordingText(wording)));
    }

    List<Channel> channels = workerChannels(standard);
    Map<String, Object> channel = field("select", "Field_channel", "channel", "Қабылдау арнасы / Канал приёма");
    channel.put("values", channels.stream().map(c -> option(c.nameKk() + " / " + c.nameRu(), c.id())).toList());
    if (channels.size() == 1) {
      channel.put("defaultValue", channels.get(0).id());
    }
    channel.put("validate", Map.of("required", true));
    components.add(channel);

    if (!standard.caseTypes().isEmpty()) {
      Map<String, Object> caseType = field("select", "Field_caseType", "caseType", "Іс түрі / Вид дела");
      caseType.put("values", standard.caseTypes().stream()
          .map(c -> option(c.nameKk() + " / " + c.nameRu(), c.code())).toList());
      caseType.put("validate", Map.of("required", true));
      components.add(caseType);
    }
    if (!standard.flags().isEmpty()) {
      Map<String, Object> flags = field("checklist", "Field_applicantFlags", "applicantFlags",
          "Өтініш беруші туралы / О заявителе");
      flags.put("description", "Өтініш берушіге қатыстысын белгілеңіз / Отметьте то, что относится к заявителю");
      flags.put("values", standard.flags().stream()
          .map(f -> option(f.kazakhName() + " / " + f.nameRu(), f.code())).toList());
      components.add(flags);
    }

    Map<String, Object> name = field("textfield", "Field_applicantName", "applicantName",
        "Өтініш берушінің аты-жөні / ФИО заявителя");
    name.put("description", "Тегі, аты, әкесінің аты / Фамилия, имя, отчество");
    name.put("validate", Map.of("required", true));
    components.add(name);
    Map<String, Object> iin = field("textfield", "Field_applicantIin", "applicantIin", "ЖСН / ИИН");
    iin.put("description", "12 саннан тұрады / Состоит из 12 цифр");
    iin.put("validate", Map.of("required", true));
    components.add(iin);
    if (standard.hasFlag(REPRESENTATIVE)) {
      String hide = "=not(" + flagTest(REPRESENTATIVE) + ")";
      Map<String, Object> representative = field("textfield", "Field_representativeName", "representativeName",
          "Өкілдің аты-жөні / ФИО представителя");
      representative.put("conditional", Map.of("hide", hide));
      representative.put("validate", Map.of("required", true));
      components.add(representative);
      Map<String, Object> representativeIin = field("textfield", "Field_representativeIin", "representativeIin",
          "Өкілдің ЖСН / ИИН представителя");
      representativeIin.put("conditional", Map.of("hide", hide));
      representativeIin.put("validate", Map.of("required", true));
      components.add(representativeIin);
    }

    Map<String, Object> choose = text("Text_ChooseFirst", standard.caseTypes().isEmpty()
        ? "*Құжаттар тізімі арнаны таңдағаннан кейін шығады. / Список документов появится после выбора канала.*"
        : "*Құжаттар тізімі арна мен іс түрін таңдағаннан кейін шығады. / Список документов появится после выбора "
            + "канала и вида дела.*");
    choose.put("conditional", Map.of("hide", standard.caseTypes().isEmpty() ? "=channel != null"
        : "=channel != null and caseType != null"));
    components.add(choose);
    Map<String, Object> documents = field("checklist", "Field_documentsSubmitted", "documentsSubmitted",
        "Тапсырылған құжаттар / Сданные документы");
    documents.put("description", "Осы өтініш беруші тапсыруға тиіс құжаттар; тапсырылғандарын белгілеңіз. / "
        + "Документы, которые должен сдать этот заявитель; отметьте сданные.");
    documents.put("valuesExpression", documentsExpression(wording, table));
    documents.put("conditional", Map.of("hide", "=channel = null"));
    components.add(documents);
    // Where the catalog refuses an incomplete package at the counter (the PSC, p. 10 of most
    // standards; the provider in 15, 16, 20, 21), the worker is told before starting.
    List<String> refusing = channels.stream().map(Channel::id)
        .filter(c -> PackageCompletenessCheck.refusesIncompletePackage(standard, c)).toList();
    if (!refusing.isEmpty()) {
      Map<String, Object> refusal = text("Text_IncompleteRefused", "*Бұл арнада толық емес топтама қабылданбайды: "
          + "өтініш беруші бас тарту туралы қолхат алады. / На этом канале неполный пакет не принимается: заявитель "
          + "получает расписку об отказе.*");
      refusal.put("conditional", Map.of("hide", "=not(list contains(" + refusing.stream().map(c -> '"' + c + '"')
          .collect(java.util.stream.Collectors.joining(",", "[", "]")) + ", channel))"));
      components.add(refusal);
    }
    form.put("components", components);
    return json(form);
  }

  /**
   * One option per document row; a row is shown while its channel, case type and flags hold. In an
   * amended wording the rows of the documents it dropped go, a channel (case type, flag) it added
   * holds where the one whose documents it brings holds ({@code documentsAs}), and the documents it
   * added follow the table's, each shown where the wording asks for it ({@link Wording#documentsAdded}).
   */
  static String documentsExpression(Wording wording, DmnModelInstance table) {
    Standard standard = wording.standard();
    Amendment.DocumentsAs as = wording.documentsAs();
    List<String> options = new ArrayList<>();
    Map<String, Character> groups = new LinkedHashMap<>();
    List<String> channels = workerChannels(standard).stream().map(Channel::id).toList();
    for (Rule rule : table.getModelElementsByType(Rule.class)) {
      List<String> in = rule.getInputEntries().stream().map(InputEntry::getTextContent).map(String::strip).toList();
      if (!in.get(0).equals("-") && channels.stream().noneMatch(c -> in.get(0).contains('"' + c + '"'))) {
        continue; // a row of a channel no worker takes applications at (the portal's)
      }
      List<String> out = rule.getOutputEntries().stream().map(OutputEntry::getTextContent).map(StartForms::unquote).toList();
      if (wording.documentsDropped().contains(out.get(0))) {
        continue;
      }
      // Worded as the task forms word the same document (DocumentWording).
      RequiredDocument document = new RequiredDocument(out.get(0), out.get(1), out.get(2), out.get(3), out.get(4),
          out.get(5), out.get(6), out.get(7));
      String condition = String.join(" and ", List.of(valuesTest("channel", withAliases(in.get(0), as.channels())),
          valuesTest("caseType", withAliases(in.get(1), as.caseTypes())), flagsTest(withFlagAliases(in.get(2),
              as.flags()))).stream().filter(t -> !t.equals("true")).toList());
      options.add(option(document, groups, condition));
    }
    for (Amendment.AddedDocument added : wording.documentsAdded()) {
      String direct = addedTest(standard, added, x -> x, x -> x, x -> x);
      String asTable = addedTest(standard, added, as::channel, as::caseType, f -> as.flags(List.of(f)).get(0));
      if (direct != null || asTable != null) {
        String condition = direct == null || direct.equals(asTable) ? asTable
            : asTable == null ? direct : "(" + direct + ") or (" + asTable + ")";
        options.add(option(RequiredDocuments.of(added), groups, condition));
      }
    }
    return "=[\n" + String.join(",\n", options) + "\n][item.shown]";
  }

  private static String option(RequiredDocument document, Map<String, Character> groups, String condition) {
    StringBuilder label = new StringBuilder(DocumentWording.label(document)).append("; ")
        .append(copyWords(document.originalOrCopy()));
    String group = document.alternativeGroup() == null ? "" : document.alternativeGroup();
    if (!group.isEmpty()) {
      char letter = groups.computeIfAbsent(group, g -> (char) ('А' + groups.size()));
      label.append(" — ").append(letter).append(" тобынан біреуі / один из группы ").append(letter);
    }
    return "{label: " + feelString(label.toString()) + ", value: " + feelString(document.code()) + ", shown: "
        + (condition.isEmpty() ? "true" : condition) + "}";
  }

  /**
   * When an added document is shown, the applicant's channel, case type and flags seen through the
   * maps given (as they are, or as the table is asked for them): null when no worker's channel asks for it.
   */
  private static String addedTest(Standard standard, Amendment.AddedDocument added,
      java.util.function.UnaryOperator<String> channel, java.util.function.UnaryOperator<String> caseType,
      java.util.function.UnaryOperator<String> flag) {
    List<String> channels = workerChannels(standard).stream().map(Channel::id)
        .filter(c -> added.channels().contains(channel.apply(c))).toList();
    if (channels.isEmpty()) {
      return null;
    }
    List<String> tests = new ArrayList<>(List.of(valuesTest("channel", quoted(channels))));
    if (!added.caseTypes().isEmpty()) {
      tests.add(valuesTest("caseType", quoted(standard.caseTypes().stream().map(c -> c.code())
          .filter(c -> added.caseTypes().contains(caseType.apply(c))).toList())));
    }
    if (!added.flags().isEmpty()) {
      tests.add("(" + standard.flags().stream().map(f -> f.code()).filter(f -> added.flags().contains(flag.apply(f)))
          .map(StartForms::flagTest).map(t -> "(" + t + ")").collect(Collectors.joining(" or ")) + ")");
    }
    return String.join(" and ", tests);
  }

  private static String quoted(Collection<String> codes) {
    return codes.isEmpty() ? "\"\"" : codes.stream().map(c -> '"' + c + '"').collect(Collectors.joining(","));
  }

  /** A table's entry of codes, {@code "psc","ztmo"}, with the codes added as one of them ({@code akim: psc}). */
  static String withAliases(String entry, Map<String, String> addedAs) {
    StringBuilder result = new StringBuilder(entry);
    if (entry.equals("-") || entry.isEmpty()) {
      return entry;
    }
    addedAs.entrySet().stream().sorted(Map.Entry.comparingByKey())
        .filter(alias -> entry.contains('"' + alias.getValue() + '"'))
        .forEach(alias -> result.append(",\"").append(alias.getKey()).append('"'));
    return result.toString();
  }

  /** A table's flags entry, each flag tested also for the flags added as it. */
  static String withFlagAliases(String entry, Map<String, String> addedAs) {
    String result = entry;
    for (Map.Entry<String, String> alias : addedAs.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
      String test = "list contains(?, \"" + alias.getValue() + "\")";
      result = result.replace(test, "(" + test + " or list contains(?, \"" + alias.getKey() + "\"))");
    }
    return result;
  }

  /** e.g. "04.05.2026 бастап қолданылатын редакциясы: № 0-TEST-3 (15.04.2026) / Редакция, действующая с 04.05.2026: № 0-TEST-3 от 15.04.2026". */
  private static String wordingText(Wording wording) {
    DateTimeFormatter day = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    String from = day.format(wording.effectiveFrom());
    String adopted = day.format(wording.act().date());
    return "**" + from + " бастап қолданылатын редакциясы / Редакция, действующая с " + from + "**\n\n"
        + wording.act().titleKk() + ", № " + wording.act().number() + " (" + adopted + ") / "
        + wording.act().titleRu() + ", № " + wording.act().number() + " от " + adopted;
  }

  private static String copyWords(String originalOrCopy) {
    String words = DocumentWording.originalOrCopy(originalOrCopy);
    if (words == null) {
      throw new IllegalArgumentException("Unknown originalOrCopy " + originalOrCopy);
    }
    return words;
  }

  /** {@code "a","b"} over {@code field}: the field's value is one of them; {@code -}: anything. */
  static String valuesTest(String field, String entry) {
    if (entry.equals("-") || entry.isEmpty()) {
      return "true";
    }
    if (!entry.matches("\"[^\"]*\"(\\s*,\\s*\"[^\"]*\")*")) {
      throw new IllegalArgumentException("A " + field + " entry the form cannot follow: " + entry);
    }
    return "list contains([" + entry + "], " + field + ")";
  }

  /** The table's flags entry, {@code ?} being the list of flags ticked (none ticked: the empty list). */
  static String flagsTest(String entry) {
    if (entry.equals("-") || entry.isEmpty()) {
      return "true";
    }
    String test = entry.replaceAll("list contains\\(\\?, (\"[^\"]+\")\\)",
        "(applicantFlags != null and list contains(applicantFlags, $1))");
    if (test.contains("?")) {
      throw new IllegalArgumentException("A flags entry the form cannot follow: " + entry);
    }
    return "(" + test + ")";
  }

  private static String flagTest(String code) {
    return "applicantFlags != null and list contains(applicantFlags, \"" + code + "\")";
  }

  private static String unquote(String feel) {
    String text = feel.strip();
    if (text.length() < 2 || !text.startsWith("\"") || !text.endsWith("\"")) {
      throw new IllegalArgumentException("Not a string literal: " + feel);
    }
    return text.substring(1, text.length() - 1).replace("\\\"", "\"");
  }

  private static String feelString(String text) {
    return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }

  private static Map<String, Object> text(String id, String text) {
    Map<String, Object> component = new LinkedHashMap<>();
    component.put("type", "text");
    component.put("id", id);
    component.put("text", text);
    return component;
  }

  private static Map<String, Object> field(String type, String id, String key, String label) {
    Map<String, Object> component = new LinkedHashMap<>();
    component.put("type", type);
    component.put("id", id);
    component.put("key", key);
    component.put("label", label);
    return component;
  }

  private static Map<String, Object> option(String label, String value) {
    Map<String, Object> option = new LinkedHashMap<>();
    option.put("label", label);
    option.put("value", value);
    return option;
  }

  private static String json(Object value) {
    try {
      DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
          .withObjectIndenter(new DefaultIndenter("  ", "\n"))
          .withArrayIndenter(new DefaultIndenter("  ", "\n"));
      return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writer(printer)
          .writeValueAsString(value).replace("\" : ", "\": ") + "\n";
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
