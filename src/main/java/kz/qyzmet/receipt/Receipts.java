package kz.qyzmet.receipt;

import static kz.qyzmet.process.ProcessVariables.APPLICANT_FLAGS;
import static kz.qyzmet.process.ProcessVariables.CASE_TYPE;
import static kz.qyzmet.process.ProcessVariables.DOCUMENTS_SUBMITTED;
import static kz.qyzmet.process.ProcessVariables.MISSING_DOCUMENTS;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kz.qyzmet.application.ApplicationRecord;
import kz.qyzmet.application.ApplicationRecords;
import kz.qyzmet.application.ApplicationStatus;
import kz.qyzmet.calendar.DeadlineService;
import kz.qyzmet.catalog.Channel;
import kz.qyzmet.catalog.Extension;
import kz.qyzmet.catalog.RefusalGround;
import kz.qyzmet.catalog.Standard;
import kz.qyzmet.catalog.StandardsCatalog;
import kz.qyzmet.catalog.Term;
import kz.qyzmet.catalog.TermUnit;
import kz.qyzmet.catalog.Wording;
import kz.qyzmet.process.CodeList;
import kz.qyzmet.process.RequiredDocument;
import kz.qyzmet.process.RequiredDocuments;
import kz.qyzmet.receipt.PeriodWords.Form;
import kz.qyzmet.receipt.Receipt.DocumentLine;
import kz.qyzmet.receipt.Receipt.Fact;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * Words the receipt of an application from its row, its process's variables ({@code documentsSubmitted},
 * {@code missingDocuments}, {@code applicantFlags}, {@code caseType}), the catalog and the standard's
 * required-documents table. An application accepted for review (registered, and whatever came
 * after) gets the acceptance receipt; one refused at intake (REFUSED_TO_ACCEPT) the receipt of refusal;
 * any other gives none.
 *
 * <p>Reads as the system, not as the caller: whoever asks has been let through by its door.
 */
@Component
public class Receipts {

  static final String INCOMPLETE_PACKAGE = "incomplete-package";
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
  private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
  /** Where an application stands once its package was accepted and registered. */
  private static final Set<ApplicationStatus> ACCEPTED = EnumSet.of(ApplicationStatus.REGISTERED,
      ApplicationStatus.IN_REVIEW, ApplicationStatus.AWAITING_DOCUMENTS, ApplicationStatus.RESULT_READY,
      ApplicationStatus.GRANTED, ApplicationStatus.REFUSED, ApplicationStatus.WITHDRAWN);

  private final ApplicationRecords records;
  private final StandardsCatalog catalog;
  private final RequiredDocuments requiredDocuments;
  private final HistoryService historyService;
  private final IdentityService identityService;
  private final ZoneId zone;

  public Receipts(ApplicationRecords records, StandardsCatalog catalog, RequiredDocuments requiredDocuments,
      HistoryService historyService, IdentityService identityService,
      DeadlineService deadlines) {
    this.records = records;
    this.catalog = catalog;
    this.requiredDocuments = requiredDocuments;
    this.historyService = historyService;
    this.identityService = identityService;
    this.zone = deadlines.zone();
  }

  /** The application's row; 404 when there is none. */
  public ApplicationRecord application(String id) {
    Optional<ApplicationRecord> row = id == null || id.length() > 64 ? Optional.empty() : records.find(id);
    return row.orElseThrow(() -> new ReceiptUnavailable(404, "No application " + abbreviate(id),
        "«" + abbreviate(id) + "» нөмірлі өтініш жоқ", "Заявления с номером «" + abbreviate(id) + "» нет"));
  }

  /**
   * @param wholeApplicant whether the applicant's name is printed whole (else surname and initials)
   * @throws ReceiptUnavailable 404 for no such application, 409 for one neither accepted nor refused
   */
  public Receipt receipt(String id, ReceiptLanguage language, boolean wholeApplicant) {
    ApplicationRecord row = application(id);
    if (row.status() == ApplicationStatus.REFUSED_TO_ACCEPT) {
      return refusal(row, language, wholeApplicant);
    }
    if (ACCEPTED.contains(row.status())) {
      return acceptance(row, language, wholeApplicant);
    }
    if (row.status() == ApplicationStatus.ANSWERED) {
      throw new ReceiptUnavailable(409, "Application " + id + " is an information request answered at once: no "
          + "documents were taken and no receipt is given",
          "№ " + id + " өтініш — бірден жауап берілген ақпарат сұрауы: құжаттар қабылданбаған, қолхат берілмейді",
          "Заявление № " + id + " — запрос сведений, на который сразу дан ответ: документы не принимались, "
              + "расписка не выдается");
    }
    throw new ReceiptUnavailable(409, "Application " + id + " is " + row.status() + ": its package is neither "
        + "accepted nor refused yet, so there is no receipt",
        "№ " + id + " өтініштің құжаттары әлі қабылданған да, қабылдаудан бас тартылған да жоқ: қолхат әзірге жоқ",
        "Документы по заявлению № " + id + " еще не приняты и в их приеме не отказано: расписки пока нет");
  }

  private Receipt acceptance(ApplicationRecord row, ReceiptLanguage l, boolean wholeApplicant) {
    Standard standard = wordingOf(row).standard();
    Case c = caseOf(row);
    List<Fact> facts = common(row, standard, c, l, wholeApplicant);
    OffsetDateTime due = row.originalDueAt() != null ? row.originalDueAt() : row.dueAt();
    Optional<Term> term = standard.serviceTerm(row.channel(), c.caseType());
    boolean byTheHour = term.map(t -> t.unit() == TermUnit.HOURS || t.unit() == TermUnit.MINUTES).orElse(false);
    String dueText = due == null ? "—" : (byTheHour ? MOMENT : DAY).format(due.atZoneSameInstant(zone));
    if (term.isPresent() && term.get().unit() != null) {
      String period = PeriodWords.of(term.get().period(), l, Form.PLAIN);
      dueText += l.pick(" (өтініш тіркелген күннен бастап " + period + ")",
          " (" + period + " со дня регистрации заявления)");
    }
    facts.add(new Fact(l.pick("Қызметті алу күні", "Дата получения услуги"), dueText));
    facts.add(new Fact(l.pick("Құжаттарды қабылдаған", "Документы принял(а)"), worker(row.createdBy())));

    Map<String, RequiredDocument> rows = c.rows();
    Map<String, RequiredDocument> table = requiredDocuments.names(standard.number(), c.processDefinitionId());
    List<DocumentLine> documents = new ArrayList<>();
    for (String code : c.submitted()) {
      RequiredDocument document = rows.getOrDefault(code, table.get(code));
      documents.add(line(document, code, l));
    }
    List<String> notes = new ArrayList<>();
    extensionNote(standard, row.channel(), c.caseType(), l).ifPresent(notes::add);
    return new Receipt(Receipt.Kind.ACCEPTANCE, l, l.pick("Құжаттарды қабылдау туралы қолхат",
        "Расписка о приеме документов"),
        l.pick("№ " + row.id() + " өтініш қоса берілген құжаттармен бірге қабылданды және тіркелді",
            "Заявление № " + row.id() + " с приложенными документами принято и зарегистрировано"),
        facts, l.pick("Қабылданған құжаттар", "Принятые документы"), documents, notes,
        l.pick("Құжаттарды қабылдаған қызметкер", "Работник, принявший документы"), worker(row.createdBy()));
  }

  private Receipt refusal(ApplicationRecord row, ReceiptLanguage l, boolean wholeApplicant) {
    Standard standard = wordingOf(row).standard();
    Case c = caseOf(row);
    List<Fact> facts = common(row, standard, c, l, wholeApplicant);
    facts.add(new Fact(l.pick("Құжаттарды қабылдаудан бас тартқан", "В приеме документов отказал(а)"),
        worker(row.createdBy())));
    Map<String, RequiredDocument> rows = c.rows();
    Map<String, RequiredDocument> table = requiredDocuments.names(standard.number(), c.processDefinitionId());
    List<DocumentLine> missing = new ArrayList<>();
    for (String entry : c.missing()) {
      // An alternative group is missing as "a|b": any one of its documents would do.
      List<DocumentLine> alternatives = new ArrayList<>();
      for (String code : entry.split("\\|")) {
        alternatives.add(line(rows.getOrDefault(code, table.get(code)), code, l));
      }
      missing.add(alternatives.size() == 1 ? alternatives.get(0) : new DocumentLine(
          String.join(l.pick("; немесе ", "; или "), alternatives.stream().map(DocumentLine::name).toList()),
          alternatives.stream().map(DocumentLine::paragraph).filter(p -> !p.isEmpty()).distinct()
              .reduce((a, b) -> a + "; " + b).orElse("")));
    }
    List<String> notes = new ArrayList<>();
    standard.refusalGrounds().stream()
        .filter(g -> INCOMPLETE_PACKAGE.equals(g.code())
            && (g.channels().isEmpty() || g.channels().contains(row.channel())))
        .findFirst()
        .ifPresent(ground -> notes.add(groundNote(ground, l)));
    return new Receipt(Receipt.Kind.REFUSAL, l, l.pick("Құжаттарды қабылдаудан бас тарту туралы қолхат",
        "Расписка об отказе в приеме документов"),
        l.pick("№ " + row.id() + " өтініш бойынша құжаттардың толық топтамасы ұсынылмағандықтан, құжаттарды "
                + "қабылдаудан бас тартылды",
            "По заявлению № " + row.id() + " в приеме документов отказано: представлен неполный пакет документов"),
        facts, l.pick("Жетіспейтін құжаттар", "Недостающие документы"), missing, notes,
        l.pick("Құжаттарды қабылдаудан бас тартқан қызметкер", "Работник, отказавший в приеме документов"),
        worker(row.createdBy()));
  }

  private List<Fact> common(ApplicationRecord row, Standard standard, Case c, ReceiptLanguage l,
      boolean wholeApplicant) {
    List<Fact> facts = new ArrayList<>();
    facts.add(new Fact(l.pick("Өтініштің тіркеу нөмірі", "Регистрационный номер заявления"), row.id()));
    facts.add(new Fact(l.pick("Құжаттарды қабылдау күні мен уақыты", "Дата и время приема документов"),
        row.submittedAt() == null ? "—" : MOMENT.format(row.submittedAt().atZoneSameInstant(zone))));
    facts.add(new Fact(l.pick("Мемлекеттік көрсетілетін қызмет", "Государственная услуга"),
        l.pick(standard.number() + "-стандарт. " + standard.nameKk(),
            "Стандарт № " + standard.number() + ". " + standard.nameRu())));
    facts.add(new Fact(l.pick("Стандарттың редакциясы", "Редакция стандарта"), wordingText(wordingOf(row), l)));
    Optional<Channel> channel = standard.channel(row.channel());
    facts.add(new Fact(l.pick("Құжаттарды қабылдаған орын", "Место приема документов"),
        channel.map(ch -> l.pick(ch.nameKk(), ch.nameRu())).orElse("—")));
    if (c.caseType() != null && !c.caseType().isBlank()) {
      standard.caseType(c.caseType()).ifPresent(type ->
          facts.add(new Fact(l.pick("Өтініш түрі", "Вид обращения"), l.pick(type.nameKk(), type.nameRu()))));
    }
    List<String> flags = new ArrayList<>();
    for (String flag : c.flags()) {
      standard.flags().stream().filter(f -> f.code().equals(flag)).findFirst()
          .ifPresent(f -> flags.add(l.pick(f.kazakhName(), f.nameRu())));
    }
    if (!flags.isEmpty()) {
      facts.add(new Fact(l.pick("Өтініш берушінің жағдайы", "Обстоятельства заявителя"), String.join("; ", flags)));
    }
    facts.add(new Fact(l.pick("Көрсетілетін қызметті алушы", "Услугополучатель"),
        applicant(row.applicantName(), wholeApplicant)));
    return facts;
  }

  /** The wording the application answers to: as recorded at submission, else the one in force that day. */
  private Wording wordingOf(ApplicationRecord row) {
    return catalog.wordingOn(row.standardNumber(), records.wordingOf(row.id())
        .orElseGet(() -> row.submittedAt().atZoneSameInstant(zone).toLocalDate()));
  }

  /** e.g. "Decree No. 217 of 11.03.2014" or "as amended by act No. N of D, in force from E". */
  static String wordingText(Wording w, ReceiptLanguage l) {
    java.time.format.DateTimeFormatter day = java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy");
    String decree = l.pick("ҚР Үкіметінің 2014 жылғы 11 наурыздағы № 217 қаулысы",
        "постановление Правительства РК от 11.03.2014 № 217");
    if (w.original()) {
      return decree;
    }
    return l.pick(decree + ", " + day.format(w.act().date()) + " № " + w.act().number() + " актімен енгізілген өзгерістерімен («"
            + w.act().titleKk() + "»), " + day.format(w.effectiveFrom()) + " бастап",
        decree + ", с изменениями, внесёнными актом от " + day.format(w.act().date()) + " № " + w.act().number() + " («"
            + w.act().titleRu() + "»), действующая с " + day.format(w.effectiveFrom()));
  }

  private static DocumentLine line(RequiredDocument document, String code, ReceiptLanguage l) {
    if (document == null) {
      // Not a document of the standard's table (the intake refuses such codes): the code is all there is.
      return new DocumentLine(code, "");
    }
    String name = l.pick(document.nameKk(), document.nameRu());
    if (name == null || name.isBlank()) {
      name = code;
    }
    // The decree lists documents in lower case; a line of its own begins with a capital.
    name = name.substring(0, 1).toUpperCase(java.util.Locale.forLanguageTag(l.code())) + name.substring(1);
    return new DocumentLine(name, ParagraphNames.format(document.paragraph(), l));
  }

  private static String groundNote(RefusalGround ground, ReceiptLanguage l) {
    String paragraph = ParagraphNames.format(ground.paragraph(), l);
    String name = l.pick(ground.nameKk(), ground.nameRu());
    return l.pick("Бас тарту негізі", "Основание отказа") + (paragraph.isEmpty() ? "" : " (" + paragraph + ")")
        + ": " + name + (name.endsWith(".") ? "" : ".");
  }

  /** The term extends when documents are requested: by how much, as the standard says for this channel. */
  static Optional<String> extensionNote(Standard standard, String channel, String caseType, ReceiptLanguage l) {
    Optional<Extension> found = standard.extensions().stream()
        .filter(e -> Extension.DOCUMENT_REQUEST.equals(e.kind()) && e.channels().contains(channel)
            && (e.caseType() == null || e.caseType().equals(caseType)))
        .findFirst();
    if (found.isEmpty() || found.get().runsWithinTerm()) {
      return Optional.empty();
    }
    Extension extension = found.get();
    String when = l.pick("Қосымша құжаттар сұратылған не ұсынылған құжаттың дәйектілігіне күмән туындаған "
        + "жағдайда мемлекеттік қызметті көрсету мерзімі ", "Если запрошены дополнительные документы или возникло "
        + "сомнение в достоверности представленного документа, срок оказания государственной услуги ");
    String how;
    if (extension.maxTotal() != null) {
      how = l.pick(PeriodWords.of(extension.maxTotal(), l, Form.FROM) + " аспайтын мерзімге ұзартылады",
          "продлевается на срок не более " + PeriodWords.of(extension.maxTotal(), l, Form.FROM));
    } else if (extension.extendBy() != null) {
      how = l.pick(PeriodWords.of(extension.extendBy(), l, Form.TO) + " ұзартылады",
          "продлевается на " + PeriodWords.of(extension.extendBy(), l, Form.TO));
    } else {
      how = l.pick("заңнамада белгіленген тәртіппен ұзартылады", "продлевается в порядке, установленном "
          + "законодательством");
    }
    String paragraph = ParagraphNames.format(extension.paragraph(), l);
    String note = when + how + (paragraph.isEmpty() ? "" : " (" + paragraph + ")") + ".";
    if (extension.afterResolution() != null) {
      note += l.pick(" Қосымша құжаттар ұсынылған күннен бастап қызмет "
              + PeriodWords.of(extension.afterResolution(), l, Form.WITHIN) + " ішінде көрсетіледі.",
          " Со дня представления дополнительных документов услуга оказывается в течение "
              + PeriodWords.of(extension.afterResolution(), l, Form.WITHIN) + ".");
    }
    return Optional.of(note);
  }

  /** The worker (or client system) who took the application in: first and last name, else the user id. */
  String worker(String userId) {
    if (userId == null || userId.isBlank()) {
      return "—";
    }
    User user = identityService.createUserQuery().userId(userId).singleResult();
    if (user == null) {
      return userId;
    }
    String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
        + (user.getLastName() == null ? "" : user.getLastName())).trim();
    return name.isEmpty() ? userId : name;
  }

  /** The whole name, or the surname and initials (docs/security.md, "Applicants' personal data"). */
  static String applicant(String fullName, boolean whole) {
    if (fullName == null || fullName.isBlank()) {
      return "—";
    }
    if (whole) {
      return fullName.trim();
    }
    String[] words = fullName.trim().split("\\s+");
    StringBuilder name = new StringBuilder(words[0]);
    for (int i = 1; i < words.length; i++) {
      name.append(' ').appendCodePoint(words[i].codePointAt(0)).append('.');
    }
    return name.toString();
  }

  /** The facts of the case as its process recorded them. */
  private record Case(String processDefinitionId, String caseType, List<String> flags, List<String> submitted,
      List<String> missing, Map<String, RequiredDocument> rows) {}

  private Case caseOf(ApplicationRecord row) {
    HistoricProcessInstance spine = historyService.createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(row.id()).processDefinitionKey(row.processKey()).list().stream()
        .filter(p -> p.getSuperProcessInstanceId() == null).findFirst().orElse(null);
    String instanceId = spine != null ? spine.getId() : row.processInstanceId();
    Map<String, Object> variables = instanceId == null ? Map.of() : variables(instanceId);
    String caseType = variables.get(CASE_TYPE) instanceof String s && !s.isBlank() ? s : row.caseType();
    List<String> flags = CodeList.parse(text(variables.get(APPLICANT_FLAGS)));
    String processDefinitionId = spine == null ? null : spine.getProcessDefinitionId();
    Map<String, RequiredDocument> rows = new LinkedHashMap<>();
    for (RequiredDocument document : requiredDocuments.evaluate(wordingOf(row), row.channel(), caseType,
        flags, processDefinitionId)) {
      rows.putIfAbsent(document.code(), document);
    }
    return new Case(processDefinitionId, caseType, flags, CodeList.parse(text(variables.get(DOCUMENTS_SUBMITTED))),
        CodeList.parse(text(variables.get(MISSING_DOCUMENTS))), rows);
  }

  /**
   * The instance's own variables first; a called block's of the same name only where it has none:
   * while the operator still holds the refusal receipt task, the intake block has not yet handed its
   * missing documents back to the spine.
   */
  private Map<String, Object> variables(String processInstanceId) {
    Map<String, Object> values = new HashMap<>();
    List<String> blocks = historyService.createHistoricProcessInstanceQuery().rootProcessInstanceId(processInstanceId)
        .list().stream().map(HistoricProcessInstance::getId).filter(id -> !id.equals(processInstanceId)).toList();
    for (HistoricVariableInstance variable : historyService.createHistoricVariableInstanceQuery()
        .processInstanceId(processInstanceId).disableCustomObjectDeserialization().list()) {
      if (processInstanceId.equals(variable.getActivityInstanceId()) || !values.containsKey(variable.getName())) {
        values.put(variable.getName(), variable.getValue());
      }
    }
    if (!blocks.isEmpty()) {
      for (HistoricVariableInstance variable : historyService.createHistoricVariableInstanceQuery()
          .processInstanceIdIn(blocks.toArray(String[]::new)).disableCustomObjectDeserialization().list()) {
        values.putIfAbsent(variable.getName(), variable.getValue());
      }
    }
    return values;
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }

  private static String abbreviate(String value) {
    return value == null ? "" : value.length() <= 64 ? value : value.substring(0, 61) + "...";
  }
}
