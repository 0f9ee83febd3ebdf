package kz.qyzmet.process;

import static kz.qyzmet.process.ProcessVariables.*;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kz.qyzmet.casefile.CaseFileTexts;
import kz.qyzmet.catalog.AmendingAct;
import kz.qyzmet.catalog.KindNames;
import kz.qyzmet.catalog.Standard;
import kz.qyzmet.catalog.StandardsCatalog;
import kz.qyzmet.catalog.Term;
import kz.qyzmet.catalog.Wording;
import kz.qyzmet.tasklist.CaseNotes;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What a task form shows of the case, in words: the variables that name what the case variables hold
 * as codes (documents, channel, flags, status, extensions, refusal ground, complaint level) and the
 * dates as dd.MM.yyyy in the country's zone, the review's options ({@link ReviewOptions}), the case
 * file ({@link CaseFileTexts}) and the notes ({@link CaseNotes}). They are computed from the case's
 * variables each time Tasklist reads a task's form variables ({@code kz.qyzmet.tasklist.FormPresentation})
 * and never stored: the case variables stay codes, the processes, the API and the reports read them.
 *
 * <p>The documents are named from the standard's decision table deployed with the process; a document
 * list is a Markdown list ("Kazakh name / Russian name (paragraph); original or copy"). The review
 * also gets the documents it may request, {@link #REQUESTABLE_DOCUMENT_OPTIONS} (this applicant's
 * documents first, then the rest of the table), and the operator receiving documents the ones to
 * tick, {@link #DELIVERABLE_DOCUMENT_OPTIONS}: form-js reads them with {@code valuesKey}.
 * {@link DocumentCodesChecked} checks the ticks against the same lists when the task ends.
 */
@Component("taskFormTexts")
public class TaskFormTexts {

  public static final String REQUESTABLE_DOCUMENT_OPTIONS = "requestableDocumentOptions";
  public static final String DELIVERABLE_DOCUMENT_OPTIONS = "deliverableDocumentOptions";
  public static final String STATUS_TEXT = "statusText";
  public static final String CHANNEL_TEXT = "channelText";
  public static final String CASE_TYPE_TEXT = "caseTypeText";
  public static final String APPLICANT_FLAGS_TEXT = "applicantFlagsText";
  public static final String TERM_EXTENSIONS_TEXT = "termExtensionsText";
  public static final String REFUSAL_GROUND_TEXT = "refusalGroundText";
  /** The amended wording the application answers to; absent for the decree's own wording. */
  public static final String WORDING_TEXT = "wordingText";
  public static final String COMPLAINT_LEVEL_TEXT = "complaintLevelText";
  /** What is said where a list is empty. */
  public static final String NONE = "—";

  /** The case's lists of document codes, each shown as {@code <name>Text}. */
  static final List<String> DOCUMENT_LISTS = List.of(DOCUMENTS_SUBMITTED, REQUIRED_DOCUMENTS, MISSING_DOCUMENTS,
      REQUESTED_DOCUMENTS, DOCUMENTS_DELIVERED);

  /** The case's dates, each shown as {@code <name>Text}, dd.MM.yyyy. */
  static final List<String> DATES = List.of(STATUTORY_DUE_DATE, ORIGINAL_DUE_DATE, REVIEW_DUE_DATE, RESULT_DUE_DATE,
      NOTIFY_APPLICANT_DUE_DATE, DOCUMENTS_CAP_DATE, APPLICANT_STAGE_DUE_DATE, ERROR_CORRECTION_DUE_DATE,
      COMPLAINT_DUE_DATE, NOTIFY_DECISION_DUE_DATE, SUBMITTED_AT);

  /**
   * Every variable that only presents the case to the worker: words and option lists derived from the
   * case's own variables (which keep their history) when the form reads them. None is stored; a task
   * created before they were computed on reading still holds them, and
   * {@code kz.qyzmet.engine.HistoryWithoutCopies} keeps their history out.
   */
  public static final Set<String> PRESENTATION = presentation();

  private static Set<String> presentation() {
    Set<String> names = new java.util.HashSet<>(List.of(REQUESTABLE_DOCUMENT_OPTIONS, DELIVERABLE_DOCUMENT_OPTIONS,
        STATUS_TEXT, CHANNEL_TEXT, CASE_TYPE_TEXT, APPLICANT_FLAGS_TEXT, TERM_EXTENSIONS_TEXT, REFUSAL_GROUND_TEXT,
        WORDING_TEXT, COMPLAINT_LEVEL_TEXT, ReviewOptions.DECISION_OPTIONS, ReviewOptions.CASE_TYPE_OPTIONS,
        ReviewOptions.EXTENSION_OPTIONS, ReviewOptions.REFUSAL_GROUND_OPTIONS, CaseFileTexts.VARIABLE,
        CaseNotes.VARIABLE));
    DOCUMENT_LISTS.forEach(list -> names.add(list + "Text"));
    DATES.forEach(date -> names.add(date + "Text"));
    return Set.copyOf(names);
  }

  /** The tasks where an operator ticks the documents that arrived. */
  static final List<String> RECEIVING_TASKS = List.of("UserTask_ReceiveDocuments", "UserTask_ReceiveApplicantDocuments",
      "UserTask_ReceiveLateApplicantDocuments");

  /**
   * What the applicant hands in at an applicant's stage after the decision, by the stage's kind (the
   * decree names it in the term, not in the documents table): standard 29, p. 4(1).
   */
  static final Map<String, RequiredDocument> STAGE_DOCUMENTS = Map.of("guarantee-documents",
      new RequiredDocument("departure_guarantee",
          "Шетелдік жұмыс күшінің Қазақстан Республикасынан шығуына кепілдік беретін құжаттардың көшірмелері",
          "Копии документов, гарантирующих выезд иностранной рабочей силы из Республики Казахстан", null, "copy",
          "always", "p. 4(1)", null));

  /** Statuses as the screens name them (the SLA plugin names them the same). */
  static final Map<String, String> STATUSES = Map.ofEntries(
      Map.entry("SUBMITTED", "Берілді / Подано"), Map.entry("REGISTERED", "Тіркелді / Зарегистрировано"),
      Map.entry("IN_REVIEW", "Қаралуда / На рассмотрении"),
      Map.entry("AWAITING_DOCUMENTS", "Құжаттар күтілуде / Ожидаются документы"),
      Map.entry("RESULT_READY", "Нәтиже дайын / Результат готов"), Map.entry("GRANTED", "Көрсетілді / Оказано"),
      Map.entry("REFUSED", "Бас тартылды / Отказано"), Map.entry("REFUSED_TO_ACCEPT", "Қабылданбады / Отказано в приёме"),
      Map.entry("WITHDRAWN", "Кері қайтарылды / Отозвано"), Map.entry("ANSWERED", "Жауап берілді / Ответ дан"));

  private final StandardsCatalog catalog;
  private final RequiredDocuments requiredDocuments;
  private final ReviewOptions reviewOptions;
  private final DateTimeFormatter dates;
  private final ObjectMapper json = new ObjectMapper();
  /** The application's case file, {@code caseFiles} (a provider: the engine calls this listener). */
  private final ObjectProvider<CaseFileTexts> caseFiles;

  private final ApplicationWording applicationWording;
  private final CaseNotes caseNotes;

  public TaskFormTexts(StandardsCatalog catalog, RequiredDocuments requiredDocuments, ReviewOptions reviewOptions,
      @Value("${qyzmet.zone:Asia/Almaty}") String zone, ObjectProvider<CaseFileTexts> caseFiles,
      ApplicationWording applicationWording, CaseNotes caseNotes) {
    this.applicationWording = applicationWording;
    this.caseNotes = caseNotes;
    this.caseFiles = caseFiles;
    this.catalog = catalog;
    this.requiredDocuments = requiredDocuments;
    this.reviewOptions = reviewOptions;
    this.dates = DateTimeFormatter.ofPattern("dd.MM.yyyy").withZone(ZoneId.of(zone));
  }

  /** The task's presentation variables, by name, as its form reads them (text, or Json for an option list). */
  public Map<String, TypedValue> of(TaskCase task) {
    Map<String, TypedValue> shown = new LinkedHashMap<>();
    String applicant = TaskPresentation.shortName(task.variable(APPLICANT_NAME) instanceof String n ? n : null);
    text(shown, CaseNotes.VARIABLE, caseNotes.of(task.rootProcessInstanceId(), applicant));
    for (String date : DATES) {
      if (task.variable(date) instanceof Date value) {
        text(shown, date + "Text", dates.format(value.toInstant()));
      }
    }
    if (task.variable(STATUS) instanceof String status) {
      text(shown, STATUS_TEXT, STATUSES.getOrDefault(status, NONE));
    }
    if (task.variable(COMPLAINT_LEVEL) instanceof String level) {
      text(shown, COMPLAINT_LEVEL_TEXT, KindNames.complaintLevel(level).map(KindNames.Name::kkRu).orElse(NONE));
    }
    Optional<Wording> wording = task.variable(STANDARD_NUMBER) instanceof Number number
        && catalog.byNumber(number.intValue()).isPresent()
        ? Optional.of(applicationWording.of(task.variables())) : Optional.empty();
    if (wording.isEmpty()) {
      return shown;
    }
    Standard standard = wording.get().standard();
    if (!wording.get().original()) {
      text(shown, WORDING_TEXT, wordingText(wording.get()));
    }
    CaseFileTexts files = caseFiles.getIfAvailable();
    if (files != null && task.variable(APPLICATION_ID) instanceof String applicationId) {
      text(shown, CaseFileTexts.VARIABLE, files.of(applicationId, standard.number(), task.processDefinitionId()));
    }
    String channel = task.variable(CHANNEL) instanceof String c ? c : null;
    String caseType = task.variable(CASE_TYPE) instanceof String c && !c.isBlank() ? c : null;
    if (channel != null) {
      text(shown, CHANNEL_TEXT, standard.channel(channel).map(c -> c.nameKk() + " / " + c.nameRu()).orElse(NONE));
    }
    if (caseType != null) {
      text(shown, CASE_TYPE_TEXT, standard.caseType(caseType).map(c -> c.nameKk() + " / " + c.nameRu()).orElse(NONE));
    }
    List<String> flags = CodeList.parse(task.variable(APPLICANT_FLAGS) instanceof String f ? f : null);
    if (task.variable(APPLICANT_FLAGS) != null) {
      text(shown, APPLICANT_FLAGS_TEXT, flags.isEmpty() ? NONE : String.join("; ", flags.stream()
          .map(f -> standard.flags().stream().filter(x -> x.code().equals(f)).findFirst()
              .map(x -> x.kazakhName() + " / " + x.nameRu()).orElse(NONE)).toList()));
    }
    if (task.variable(TERM_EXTENSIONS) instanceof String extensions) {
      List<String> kinds = CodeList.parse(extensions);
      text(shown, TERM_EXTENSIONS_TEXT, kinds.isEmpty() ? NONE : String.join("; ", kinds.stream()
          .map(k -> KindNames.extension(k).map(KindNames.Name::kkRu).orElse(NONE)).toList()));
    }
    if (task.variable(REFUSAL_GROUND) instanceof String ground) {
      // The standard's own grounds at any stage (an information system's refusal too), then the general ones.
      Optional<String> own = standard.refusalGrounds().stream().filter(g -> g.code().equals(ground))
          .map(g -> g.nameRu() == null || g.nameRu().isBlank() ? g.nameKk() : g.nameKk() + " / " + g.nameRu())
          .findFirst();
      text(shown, REFUSAL_GROUND_TEXT, own.orElseGet(() -> (channel == null ? List.<ReviewOptions.Option>of()
          : reviewOptions.refusalGrounds(standard, channel)).stream().filter(o -> o.value().equals(ground))
          .map(ReviewOptions.Option::label).findFirst().orElse(NONE)));
    }

    Map<String, RequiredDocument> known = documents(task.variables(), task.processDefinitionId(), wording.get(),
        channel, caseType, flags);
    for (String list : DOCUMENT_LISTS) {
      if (task.variable(list) instanceof String codes) {
        text(shown, list + "Text", markdownList(CodeList.parse(codes), known));
      }
    }
    if (ReviewOptions.REVIEW_TASK.equals(task.taskDefinitionKey())) {
      shown.put(REQUESTABLE_DOCUMENT_OPTIONS,
          SpinValues.jsonValue(options(requestable(task.variables(), known).values())).create());
      shown.putAll(reviewOptions.of(standard, channel, caseType));
    }
    if (RECEIVING_TASKS.contains(task.taskDefinitionKey())) {
      shown.put(DELIVERABLE_DOCUMENT_OPTIONS, SpinValues.jsonValue(options(deliverable(task.variables(), standard,
          channel, caseType, known).values())).create());
    }
    return shown;
  }

  private static void text(Map<String, TypedValue> shown, String name, String value) {
    shown.put(name, Variables.stringValue(value));
  }

  /** e.g. "23.03.2026 бастап: ... № 45 (12.03.2026) / с 23.03.2026: ... № 45 от 12.03.2026". */
  private String wordingText(Wording wording) {
    AmendingAct act = wording.act();
    String from = dates.format(wording.effectiveFrom().atStartOfDay(dates.getZone()).toInstant());
    String adopted = dates.format(act.date().atStartOfDay(dates.getZone()).toInstant());
    return from + " бастап: " + act.titleKk() + ", № " + act.number() + " (" + adopted + ") / с " + from + ": "
        + act.titleRu() + ", № " + act.number() + " от " + adopted;
  }

  /**
   * The documents a task at this activity offers to tick, by code, as its form showed them: what the
   * review may request, or what the operator may receive.
   */
  public Map<String, RequiredDocument> choices(DelegateExecution execution, String activityId) {
    Optional<Wording> found = execution.getVariable(STANDARD_NUMBER) instanceof Number number
        && catalog.byNumber(number.intValue()).isPresent()
        ? Optional.of(applicationWording.of(execution::getVariable)) : Optional.empty();
    if (found.isEmpty()) {
      return Map.of();
    }
    Standard standard = found.get().standard();
    String channel = execution.getVariable(CHANNEL) instanceof String c ? c : null;
    String caseType = execution.getVariable(CASE_TYPE) instanceof String c && !c.isBlank() ? c : null;
    List<String> flags = CodeList.parse(execution.getVariable(APPLICANT_FLAGS) instanceof String f ? f : null);
    Map<String, RequiredDocument> known = documents(execution::getVariable, execution.getProcessDefinitionId(),
        found.get(), channel, caseType, flags);
    return RECEIVING_TASKS.contains(activityId) ? deliverable(execution::getVariable, standard, channel, caseType,
        known) : requestable(execution::getVariable, known);
  }

  /** The documents a review may request: this applicant's first, then the rest of the standard's table. */
  Map<String, RequiredDocument> requestable(Function<String, Object> task, Map<String, RequiredDocument> known) {
    Map<String, RequiredDocument> options = new LinkedHashMap<>();
    for (String code : CodeList.parse(task.apply(REQUIRED_DOCUMENTS) instanceof String s ? s : null)) {
      if (known.containsKey(code)) {
        options.put(code, known.get(code));
      }
    }
    known.forEach(options::putIfAbsent);
    STAGE_DOCUMENTS.values().forEach(stage -> options.remove(stage.code()));
    return options;
  }

  /** The documents an operator may tick as arrived: those requested, or those of the applicant's stage. */
  Map<String, RequiredDocument> deliverable(Function<String, Object> task, Standard standard, String channel, String caseType,
      Map<String, RequiredDocument> known) {
    Map<String, RequiredDocument> options = new LinkedHashMap<>();
    List<String> requested = CodeList.parse(task.apply(REQUESTED_DOCUMENTS) instanceof String s ? s : null);
    if (!requested.isEmpty()) {
      for (String code : requested) {
        options.put(code, known.getOrDefault(code, new RequiredDocument(code, "Стандарт тізімінде жоқ құжат",
            "Документ не из перечня стандарта", null, null, null, null, null)));
      }
      return options;
    }
    for (Term term : standard.terms()) {
      if (Term.APPLICANT.equals(term.actor()) && term.channels().contains(channel)
          && (term.caseType() == null || term.caseType().equals(caseType)) && STAGE_DOCUMENTS.containsKey(term.kind())) {
        RequiredDocument document = STAGE_DOCUMENTS.get(term.kind());
        options.putIfAbsent(document.code(), document);
      }
    }
    return options;
  }

  /**
   * The documents the case may name, by code: the rows the table gives this applicant first (their
   * paragraph and form are this applicant's), then those of this case type, then every other row of
   * the table, then the documents the wording's amendments added, then the documents of the
   * applicant's stage.
   */
  Map<String, RequiredDocument> documents(Function<String, Object> task, String processDefinitionId, Wording wording,
      String channel, String caseType, List<String> flags) {
    Standard standard = wording.standard();
    Map<String, RequiredDocument> known = new LinkedHashMap<>();
    if (channel != null && standard.hasChannel(channel)) {
      for (RequiredDocument document : requiredDocuments.evaluate(wording, channel, caseType, flags,
          processDefinitionId)) {
        known.putIfAbsent(document.code(), document);
      }
      // Where the case does not carry the flags (a shared block), the rows of this case type still name
      // the paragraph the applicant's documents come under.
      List<String> everyFlag = standard.flags().stream().map(f -> f.code()).toList();
      for (RequiredDocument document : requiredDocuments.evaluate(wording, channel, caseType, everyFlag,
          processDefinitionId)) {
        known.putIfAbsent(document.code(), document);
      }
    }
    for (RequiredDocument document : requiredDocuments.all(wording, processDefinitionId)) {
      known.putIfAbsent(document.code(), document);
    }
    for (Term term : standard.terms()) {
      if (Term.APPLICANT.equals(term.actor()) && STAGE_DOCUMENTS.containsKey(term.kind())) {
        known.putIfAbsent(STAGE_DOCUMENTS.get(term.kind()).code(), STAGE_DOCUMENTS.get(term.kind()));
      }
    }
    return known;
  }

  /** The codes as a Markdown list of names; "—" when there are none. */
  static String markdownList(List<String> codes, Map<String, RequiredDocument> known) {
    if (codes.isEmpty()) {
      return NONE;
    }
    List<String> lines = new ArrayList<>();
    for (String code : codes) {
      RequiredDocument document = known.get(code);
      lines.add(document == null ? DocumentWording.unknownLine() : DocumentWording.line(document));
    }
    return String.join("\n", lines);
  }

  private String options(Iterable<RequiredDocument> documents) {
    ArrayNode array = json.createArrayNode();
    for (RequiredDocument document : documents) {
      array.addObject().put("label", DocumentWording.label(document)).put("value", document.code());
    }
    return array.toString();
  }
}
