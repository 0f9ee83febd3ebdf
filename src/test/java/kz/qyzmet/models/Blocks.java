package kz.qyzmet.models;

import static kz.qyzmet.models.ModelWriter.at;
import static kz.qyzmet.models.ModelWriter.delegateListener;
import static kz.qyzmet.models.ModelWriter.ext;
import static kz.qyzmet.models.ModelWriter.listener;
import static kz.qyzmet.models.ModelWriter.mapping;
import static kz.qyzmet.models.ModelWriter.taskListener;
import static kz.qyzmet.models.ModelWriter.taskPresentation;
import static kz.qyzmet.models.ModelWriter.timerDate;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import kz.qyzmet.models.ModelWriter.El;
import kz.qyzmet.models.ModelWriter.Model;

/**
 * The shared blocks every spine calls (processes/common/: intake, statutory review, document
 * request, result delivery) and the complaint review, with the element helpers the spines use too.
 */
final class Blocks {

  private Blocks() {}

  /**
   * The application's variables every block reads: its tasks' forms show the applicant (name, IIN), the
   * application's id and channel; Tasklist's filters and the case file find a task by them
   * (applicationId, applicantName); the standard, its wording (the submission's day) and the case type
   * name its documents, grounds and terms ({@code TaskPresentation}, {@code TaskFormTexts},
   * {@code DeadlineVariables}).
   */
  static final List<String> APP = List.of("applicationId", "standardNumber", "standardCode", "channel", "caseType",
      "applicantName", "applicantIin", "submittedAt");

  /**
   * A shared block's variables, declared once for every caller: what it reads from the caller's
   * variables ({@code camunda:in}) and what it writes or changes and gives back ({@code camunda:out}).
   * A copy costs a runtime variable, a historic variable instance and a historic detail
   * (docs/performance.md), so a block reads only what its expressions, forms, delegates, the API on its
   * tasks and the re-derivation of its dates ({@code DeadlineVariables.refresh}: a calendar correction
   * or a wording migration re-derives every running instance holding a statutory date) read;
   * {@code BlockVariablesTest} checks the declaration against the models and forms. A variable it
   * gives back that the caller may already hold must be read too: an out-mapping of a variable the
   * block never had writes null over the caller's value.
   */
  record Block(String key, List<String> reads, List<String> returns) {}

  static List<String> plus(List<String> first, String... more) {
    return Stream.concat(first.stream(), Stream.of(more)).toList();
  }

  /** The call of a block: the business key of the application and the block's declared variables. */
  static El call(Model m, String id, String name, double x, double y, Block block) {
    return m.add(new El("callActivity", id, name, x, y)
        .attrs("calledElement", block.key(), "camunda:calledElementBinding", "deployment")
        .body(ext(mapping(block.reads(), block.returns()))));
  }

  /**
   * Intake reads the package (documentsSubmitted, applicantFlags: PackageCompletenessCheck and the
   * decision table) and who took it (acceptedBy); it returns the documents' check, the status, the
   * work groups and the dates derived at registration.
   */
  static final Block INTAKE = new Block("common-intake", plus(APP, "applicantFlags", "documentsSubmitted",
      "acceptedBy"), List.of("requiredDocuments", "missingDocuments", "packageComplete", "status", "intakeGroup",
      "reviewerGroup", "statutoryDueDate", "originalDueDate", "reminderDate", "reviewDueDate", "resultDueDate"));

  // ------------------------------------------------------------------ element helpers

  static El userTask(Model m, String id, String name, double x, double y, String groups, String due,
      String followUp, String form, String... listeners) {
    El task = new El("userTask", id, name, x, y).attrs("camunda:candidateGroups", groups);
    if (due != null) {
      task.attrs("camunda:dueDate", due);
    }
    if (followUp != null) {
      task.attrs("camunda:followUpDate", followUp);
    }
    if (form != null) {
      task.attrs("camunda:formRef", form, "camunda:formRefBinding", "deployment");
    }
    List<String> items = new ArrayList<>();
    items.add(taskPresentation());
    items.addAll(List.of(listeners));
    return m.add(task.body(ext(items)));
  }

  static El expressionTask(Model m, String id, String name, double x, double y, String expression) {
    return m.add(new El("serviceTask", id, name, x, y).attrs("camunda:expression", expression));
  }

  static El delegateTask(Model m, String id, String name, double x, double y, String delegateExpression) {
    return m.add(new El("serviceTask", id, name, x, y).attrs("camunda:delegateExpression", delegateExpression));
  }

  static El gateway(Model m, String id, String name, double x, double y, String defaultFlow) {
    El gateway = new El("exclusiveGateway", id, name, x, y);
    if (defaultFlow != null) {
      gateway.attrs("default", defaultFlow);
    }
    return m.add(gateway);
  }

  static El gateway(Model m, String id, String name, double x, double y) {
    return gateway(m, id, name, x, y, null);
  }

  static El event(Model m, String kind, String id, String name, double x, double y) {
    return m.add(new El(kind, id, name, x, y));
  }

  static String escalationEndDefinition() {
    return "<bpmn:escalationEventDefinition id=\"EscalationEventDefinition_Throw\" "
        + "escalationRef=\"Escalation_StatutoryDeadlineBreached\" />";
  }

  static final String STATUTORY_DEADLINE_BREACHED = "<bpmn:escalation id=\"Escalation_StatutoryDeadlineBreached\" "
      + "name=\"Мерзім бұзылды / Срок нарушен\" escalationCode=\"statutory-deadline-breached\" />\n";

  /**
   * The event sub-process that answers the escalation "statutory deadline breached": the breach is
   * recorded and the department head gets a task (centre x, y; the review and the automated spine).
   */
  static El answerBreach(Model m, double x, double y) {
    El es = m.add(new El("subProcess", "SubProcess_AnswerBreach", "Бұзушылыққа жауап / Ответ на нарушение", x, y)
        .size(560, 160).triggeredByEvent());
    event(m, "startEvent", "StartEvent_BreachRaised", "Мерзім бұзылды / Срок нарушен", x - 230, y).in(es)
        .attrs("isInterrupting", "false")
        .body("<bpmn:escalationEventDefinition id=\"EscalationEventDefinition_Catch\" "
            + "escalationRef=\"Escalation_StatutoryDeadlineBreached\" />");
    expressionTask(m, "ServiceTask_RecordBreach", "Бұзушылықты тіркеу / Зарегистрировать нарушение", x - 110, y,
        "${breaches.record(execution, 'SERVICE_TERM')}").in(es);
    userTask(m, "UserTask_AnswerBreach", "Мерзімі өткен өтінішке жауап беру / Ответить по просроченному заявлению",
        x + 70, y, "department-heads", "${deadlines.workingDays(deadlines.now(), 1)}", null, "answer-escalation")
        .in(es);
    event(m, "endEvent", "EndEvent_BreachAnswered", "Жауап берілді / Ответ дан", x + 220, y).in(es);
    m.flow("Flow_ToRecordBreach", "StartEvent_BreachRaised", "ServiceTask_RecordBreach").in(es);
    m.flow("Flow_ToAnswerBreach", "ServiceTask_RecordBreach", "UserTask_AnswerBreach").in(es);
    m.flow("Flow_ToBreachAnswered", "UserTask_AnswerBreach", "EndEvent_BreachAnswered").in(es);
    return es;
  }

  // ------------------------------------------------------------------ intake

  static Model intake() {
    Model m = new Model("common-intake", "Құжаттарды қабылдау / Приём документов", false,
        "Shared block: checks the package against the standard's sNN-required-documents table. "
            + "Where the catalog has the refusal ground incomplete-package of stage intake for the channel "
            + "(the PSC, p. 10 of most standards; the provider in standards 15, 16, 20 and 21, p. 9) an "
            + "incomplete package is refused to accept (the applicant gets a receipt listing the missing "
            + "documents); otherwise the application is registered and its statutory due date is computed "
            + "by the working-day calendar from the submission and the channel's term.", null);
    event(m, "startEvent", "StartEvent_PackageHandedIn", "Құжаттар тапсырылды / Документы сданы", 160, 200);
    delegateTask(m, "ServiceTask_CheckPackage", "Топтаманы тексеру / Проверить пакет документов", 300, 200,
        "${packageCompletenessCheck}");
    gateway(m, "Gateway_PackageComplete", "Топтама толық па? / Пакет полный?", 460, 200, "Flow_Accepted");
    expressionTask(m, "ServiceTask_RefuseToAccept", "Қабылдаудан бас тарту / Отказать в приёме документов", 600,
        340, "${applicationProgress.status(execution, 'REFUSED_TO_ACCEPT')}");
    gateway(m, "Gateway_TakenInByWorker", "Қызметкер қабылдады ма? / Принял работник?", 760, 340,
        "Flow_RefusedWithoutReceiptTask");
    userTask(m, "UserTask_HandRefusalReceipt", "Бас тарту қолхатын беру / Выдать расписку об отказе", 900, 440,
        "${intakeGroup}", "${deadlines.workingDays(deadlines.now(), 1)}", null, "hand-refusal-receipt",
        taskListener("create", "${acceptedByFollowUp}"));
    gateway(m, "Gateway_RefusalClosed", "Бас тартуды жабу / Закрытие отказа", 1040, 340);
    event(m, "endEvent", "EndEvent_RefusedToAccept", "Қабылданбады / Отказано в приёме", 1140, 340);
    delegateTask(m, "ServiceTask_RegisterApplication", "Өтінішті тіркеу / Зарегистрировать заявление", 600, 200,
        "${applicationRegistration}");
    event(m, "endEvent", "EndEvent_Registered", "Тіркелді / Зарегистрировано", 760, 200);
    m.flow("Flow_ToCheck", "StartEvent_PackageHandedIn", "ServiceTask_CheckPackage");
    m.flow("Flow_ToCompleteness", "ServiceTask_CheckPackage", "Gateway_PackageComplete");
    m.flow("Flow_IncompleteRefused", "Gateway_PackageComplete", "ServiceTask_RefuseToAccept")
        .named("толық емес, қабылданбайды / неполный, в приёме отказано")
        .when("${!packageComplete && incompletePackageRefused}");
    m.flow("Flow_Accepted", "Gateway_PackageComplete", "ServiceTask_RegisterApplication")
        .named("қабылданды / принято");
    m.flow("Flow_ToTakenInByWorker", "ServiceTask_RefuseToAccept", "Gateway_TakenInByWorker");
    m.flow("Flow_ToRefusalReceiptTask", "Gateway_TakenInByWorker", "UserTask_HandRefusalReceipt")
        .named("иә / да").when("${execution.getVariable('acceptedBy') != null}");
    m.flow("Flow_RefusedWithoutReceiptTask", "Gateway_TakenInByWorker", "Gateway_RefusalClosed")
        .named("жоқ / нет");
    m.flow("Flow_ReceiptHanded", "UserTask_HandRefusalReceipt", "Gateway_RefusalClosed")
        .via(at(960, 440), at(1040, 440), at(1040, 365));
    m.flow("Flow_ToRefusedEnd", "Gateway_RefusalClosed", "EndEvent_RefusedToAccept");
    m.flow("Flow_ToRegisteredEnd", "ServiceTask_RegisterApplication", "EndEvent_Registered");
    return m;
  }

  // ------------------------------------------------------------------ statutory review

  /**
   * The review reads the case as the specialist sees it (documents, flags, status, term extensions on
   * the forms), the dates its timers and breaches read, and gives back the decision and everything a
   * decision, an extension, a correction, a change of case type or a document request changes.
   * Not the original due date: only the registration writes it and nothing in the review reads it.
   */
  static final Block REVIEW = new Block("common-statutory-review", plus(APP, "acceptedBy", "intakeGroup",
      "reviewerGroup", "requiredDocuments", "missingDocuments", "documentsSubmitted", "applicantFlags",
      "statutoryDueDate", "reminderDate", "status", "termExtensions", "reviewDueDate", "resultDueDate"),
      List.of("decision", "refusalGround", "decisionComment", "status", "statutoryDueDate", "reminderDate",
          "reviewDueDate", "resultDueDate", "termExtensions", "errorCorrections", "errorsCorrectedBy", "caseType",
          "requiredDocuments", "missingDocuments", "documentsRequestedAt", "documentsArrivedAt",
          "documentsDelivered", "requestedDocuments", "statutoryDeadlineBreached"));

  /**
   * The document request reads what was requested and by when (the API's notice reads documentsRequestedAt
   * on its task) and what its dates are derived from again (term extensions, error corrections), not
   * the review's own dates (reminder, decision stage, result), which it neither reads nor changes.
   */
  static final Block DOCUMENT_REQUEST = new Block("common-document-request", plus(APP, "intakeGroup",
      "reviewerGroup", "requestedDocuments", "notifyApplicantDueDate", "documentsCapDate", "documentsRequestedAt",
      "termExtensions", "errorCorrections", "statutoryDueDate"), List.of("documentsOutcome", "documentsDelivered",
      "decision", "refusalGround", "decisionComment", "statutoryDeadlineBreached"));

  static Model review() {
    Model m = new Model("common-statutory-review", "Мерзімінде қарау / Рассмотрение в установленный срок", false,
        "Shared block: the PSC forwards the package (when it was taken there), the specialist "
            + "reviews it and decides: grant, refuse on one of the standard's grounds, request documents "
            + "(the term extends to its cap), record errors of the office (the term extends, the errors are "
            + "corrected and the term runs again from the correction), extend the term for a check; only "
            + "what the catalog allows at the channel is offered (ReviewOptions). A reminder fires at "
            + "the follow-up date; at the statutory due date a non-interrupting timer raises the escalation "
            + "\"statutory deadline breached\": the breach is recorded and the department head gets a task. "
            + "The review itself goes on.", STATUTORY_DEADLINE_BREACHED);
    event(m, "startEvent", "StartEvent_ReviewStarted", "Қарауға келді / Поступило на рассмотрение", 150, 260);
    El sp = m.add(new El("subProcess", "SubProcess_ServiceWithinTerm",
        "Қызметті мерзімінде көрсету / Оказание услуги в срок", 880, 330).size(1300, 600));
    event(m, "startEvent", "StartEvent_TermRuns", "Мерзім басталды / Срок начался", 290, 260).in(sp);
    gateway(m, "Gateway_TakenAtPsc", "ХҚКО-да қабылданды ма? / Принято в ЦОН?", 380, 260, "Flow_NotAtPsc").in(sp);
    userTask(m, "UserTask_ForwardPackage", "Құжаттарды жіберу / Направить документы услугодателю", 490, 160,
        "${intakeGroup}", "${statutoryDueDate}", "${reminderDate}", "forward-package",
        taskListener("create", "${acceptedByFollowUp}")).in(sp);
    gateway(m, "Gateway_ToReview", "Қарауға / На рассмотрение", 610, 260).in(sp);
    userTask(m, "UserTask_ReviewApplication", "Өтінішті қарау / Рассмотреть заявление", 730, 260,
        "${reviewerGroup}", "${reviewDueDate}", "${reminderDate}", "review-application",
        listener("start", "${applicationProgress.status(execution, 'IN_REVIEW')}"),
        delegateListener("end", "${reviewOptions}"),
        taskListener("create", "${acceptedByFollowUp}")).in(sp);
    event(m, "boundaryEvent", "BoundaryEvent_DecisionStage", "Шешім кезеңі / Этап решения", 760, 300).in(sp)
        .attached("UserTask_ReviewApplication").body(timerDate("${reviewDueDate}", "DecisionStage"))
        .attrs("cancelActivity", "false");
    expressionTask(m, "ServiceTask_RecordDecisionStage", "Кезеңді тексеру / Проверить этап решения", 760, 480,
        "${breaches.recordStage(execution, 'DECISION_STAGE')}").in(sp);
    event(m, "endEvent", "EndEvent_DecisionStageChecked", "Тексерілді / Проверено", 760, 580).in(sp);
    gateway(m, "Gateway_Decision", "Шешім? / Решение?", 860, 260).in(sp);
    // Granted, refused, or closed by the document request: one end of the term.
    gateway(m, "Gateway_Decided", "Шешім шықты / Решение вынесено", 1360, 260).in(sp);
    event(m, "endEvent", "EndEvent_Decided", "Шешім қабылданды / Решение принято", 1450, 260).in(sp);
    expressionTask(m, "ServiceTask_ExtendForErrors", "Мерзімді ұзарту / Продлить срок", 990, 140,
        "${applicationProgress.extended(execution)}").in(sp);
    expressionTask(m, "ServiceTask_DocumentsRequested", "Мерзімді шекке дейін ұзарту / Продлить срок до предельного",
        990, 420, "${applicationProgress.documentsRequested(execution)}").in(sp);
    call(m, "CallActivity_DocumentRequest", "Құжаттарды сұрату / Запрос документов", 1120, 420, DOCUMENT_REQUEST)
        .in(sp);
    gateway(m, "Gateway_DocumentsOutcome", "Құжаттар келді ме? / Документы поступили?", 1260, 420,
        "Flow_DocumentsDelivered").in(sp);
    expressionTask(m, "ServiceTask_DocumentsArrived", "Мерзімді қайта есептеу / Пересчитать срок", 1260, 160,
        "${applicationProgress.documentsArrived(execution)}").in(sp);
    expressionTask(m, "ServiceTask_ErrorsFound",
        "Қателерді тіркеу, мерзімді ұзарту / Зарегистрировать ошибки, продлить срок", 990, 540,
        "${applicationProgress.errorsFound(execution)}").in(sp);
    userTask(m, "UserTask_CorrectErrors", "Қателерді түзету / Исправить ошибки", 1130, 540,
        "${applicationProgress.errorCorrectors(execution)}", "${errorCorrectionDueDate}", null, "correct-errors")
        .in(sp);
    expressionTask(m, "ServiceTask_ErrorsCorrected",
        "Мерзімді түзетуден бастап санау / Исчислить срок со дня исправления", 1260, 540,
        "${applicationProgress.errorsCorrected(execution)}").in(sp);
    expressionTask(m, "ServiceTask_CaseTypeChanged", "Өтініш түрін өзгерту / Изменить вид обращения", 1130, 320,
        "${applicationProgress.caseTypeChanged(execution)}").in(sp);
    m.flow("Flow_ToPscCheck", "StartEvent_TermRuns", "Gateway_TakenAtPsc").in(sp);
    m.flow("Flow_AtPsc", "Gateway_TakenAtPsc", "UserTask_ForwardPackage").in(sp).named("иә / да")
        .when("${channel == 'psc'}");
    m.flow("Flow_NotAtPsc", "Gateway_TakenAtPsc", "Gateway_ToReview").in(sp).named("жоқ / нет");
    m.flow("Flow_Forwarded", "UserTask_ForwardPackage", "Gateway_ToReview").in(sp);
    m.flow("Flow_ToReviewTask", "Gateway_ToReview", "UserTask_ReviewApplication").in(sp);
    m.flow("Flow_ToDecision", "UserTask_ReviewApplication", "Gateway_Decision").in(sp);
    m.flow("Flow_Grant", "Gateway_Decision", "Gateway_Decided").in(sp).named("тағайындау / назначить")
        .when("${decision == 'grant'}").via(at(860, 235), at(860, 220), at(1360, 220), at(1360, 235));
    m.flow("Flow_Refuse", "Gateway_Decision", "Gateway_Decided").in(sp).named("бас тарту / отказ")
        .when("${decision == 'refuse' || decision == 'withdraw'}");
    m.flow("Flow_Extend", "Gateway_Decision", "ServiceTask_ExtendForErrors").in(sp).named("ұзарту / продление")
        .when("${decision == 'extend'}");
    m.flow("Flow_RequestDocuments", "Gateway_Decision", "ServiceTask_DocumentsRequested").in(sp)
        .named("құжат сұрату / запрос документов").when("${decision == 'request-documents'}");
    m.flow("Flow_ErrorsFound", "Gateway_Decision", "ServiceTask_ErrorsFound").in(sp).named("қателер / ошибки")
        .when("${decision == 'errors-found'}").via(at(860, 285), at(860, 540), at(930, 540));
    m.flow("Flow_ToCorrectErrors", "ServiceTask_ErrorsFound", "UserTask_CorrectErrors").in(sp);
    m.flow("Flow_ToErrorsCorrected", "UserTask_CorrectErrors", "ServiceTask_ErrorsCorrected").in(sp);
    m.flow("Flow_BackAfterCorrection", "ServiceTask_ErrorsCorrected", "Gateway_ToReview").in(sp)
        .via(at(1260, 580), at(1260, 620), at(610, 620), at(610, 285));
    m.flow("Flow_ChangeCaseType", "Gateway_Decision", "ServiceTask_CaseTypeChanged").in(sp)
        .named("түрі / вид обращения").when("${decision == 'change-case-type'}")
        .via(at(860, 285), at(860, 320), at(1070, 320));
    m.flow("Flow_BackAfterCaseTypeChange", "ServiceTask_CaseTypeChanged", "Gateway_ToReview").in(sp)
        .via(at(1190, 320), at(1230, 320), at(1230, 70), at(610, 70), at(610, 235));
    m.flow("Flow_BackAfterExtension", "ServiceTask_ExtendForErrors", "Gateway_ToReview").in(sp)
        .via(at(990, 100), at(990, 80), at(610, 80), at(610, 235));
    m.flow("Flow_ToDocumentRequest", "ServiceTask_DocumentsRequested", "CallActivity_DocumentRequest").in(sp);
    m.flow("Flow_ToDocumentsOutcome", "CallActivity_DocumentRequest", "Gateway_DocumentsOutcome").in(sp);
    m.flow("Flow_DocumentsDelivered", "Gateway_DocumentsOutcome", "ServiceTask_DocumentsArrived").in(sp)
        .named("келді / поступили").via(at(1260, 395), at(1260, 200));
    m.flow("Flow_NoDocuments", "Gateway_DocumentsOutcome", "Gateway_Decided").in(sp)
        .named("келмеді / не поступили").when("${documentsOutcome != 'DELIVERED'}")
        .via(at(1285, 420), at(1360, 420), at(1360, 285));
    m.flow("Flow_ToDecidedEnd", "Gateway_Decided", "EndEvent_Decided").in(sp);
    m.flow("Flow_ToRecordDecisionStage", "BoundaryEvent_DecisionStage", "ServiceTask_RecordDecisionStage").in(sp);
    m.flow("Flow_ToDecisionStageChecked", "ServiceTask_RecordDecisionStage", "EndEvent_DecisionStageChecked")
        .in(sp);
    m.flow("Flow_BackToReview", "ServiceTask_DocumentsArrived", "Gateway_ToReview").in(sp)
        .via(at(1260, 120), at(1260, 60), at(610, 60), at(610, 235));
    // boundary timers
    event(m, "boundaryEvent", "BoundaryEvent_DeadlineReminder", "Еске салу / Напоминание", 600, 630)
        .attached("SubProcess_ServiceWithinTerm").body(timerDate("${reminderDate}", "DeadlineReminder"))
        .attrs("cancelActivity", "false");
    expressionTask(m, "ServiceTask_Remind", "Еске салу / Напоминание", 600, 740, "${reminders.remind(execution)}");
    event(m, "endEvent", "EndEvent_Reminded", "Еске салынды / Напомнено", 760, 740);
    event(m, "boundaryEvent", "BoundaryEvent_StatutoryDeadline", "Мерзім өтті / Срок истёк", 1000, 630)
        .attached("SubProcess_ServiceWithinTerm").body(timerDate("${statutoryDueDate}", "StatutoryDeadline"))
        .attrs("cancelActivity", "false");
    event(m, "endEvent", "EndEvent_EscalateBreach", "Мерзім бұзылды / Срок нарушен", 1000, 740)
        .body(escalationEndDefinition());
    event(m, "endEvent", "EndEvent_ReviewDone", "Қаралды / Рассмотрено", 1620, 360)
        .body("<bpmn:terminateEventDefinition id=\"TerminateEventDefinition_ReviewDone\" />");
    m.flow("Flow_ToTerm", "StartEvent_ReviewStarted", "SubProcess_ServiceWithinTerm").via(at(168, 260), at(230, 260));
    m.flow("Flow_ToRemind", "BoundaryEvent_DeadlineReminder", "ServiceTask_Remind");
    m.flow("Flow_ToReminded", "ServiceTask_Remind", "EndEvent_Reminded");
    m.flow("Flow_ToEscalate", "BoundaryEvent_StatutoryDeadline", "EndEvent_EscalateBreach");
    m.flow("Flow_ToReviewDone", "SubProcess_ServiceWithinTerm", "EndEvent_ReviewDone")
        .via(at(1530, 360), at(1602, 360));
    // the escalation answered: an event sub-process
    answerBreach(m, 1330, 800);
    return m;
  }

  // ------------------------------------------------------------------ document request

  static Model documents() {
    Model m = new Model("common-document-request",
        "Қосымша құжаттарды сұрату / Запрос дополнительных документов", false,
        "Shared block: the applicant is notified of the documents requested within the standard's "
            + "notice term (escalated to the head when missed) while the documents are awaited: delivered "
            + "over the API (message DocumentsDelivered) or entered by an operator. If nothing arrives by "
            + "the cap (30 working days from submission), the breach is recorded and the head refuses the "
            + "application or closes it as withdrawn.",
        "<bpmn:message id=\"Message_DocumentsDelivered\" name=\"DocumentsDelivered\" />\n");
    event(m, "startEvent", "StartEvent_DocumentsRequested", "Құжаттар сұратылды / Документы запрошены", 150, 260);
    El sp = m.add(new El("subProcess", "SubProcess_AwaitDocuments", "Құжаттарды күту / Ожидание документов", 720,
        340).size(1000, 520));
    event(m, "startEvent", "StartEvent_AwaitingDocuments", "Күту басталды / Ожидание началось", 280, 300).in(sp);
    m.add(new El("parallelGateway", "Gateway_NotifyAndAwait", "Хабарлау және күту / Уведомить и ожидать", 360, 300))
        .in(sp);
    userTask(m, "UserTask_NotifyApplicant", "Өтініш берушіге хабарлау / Уведомить заявителя о запросе документов",
        480, 170, "${reviewerGroup}", "${notifyApplicantDueDate}", null, "notify-applicant").in(sp);
    event(m, "endEvent", "EndEvent_ApplicantNotified", "Хабарланды / Уведомлено", 640, 170).in(sp);
    userTask(m, "UserTask_ReceiveDocuments", "Қосымша құжаттарды қабылдау / Принять дополнительные документы", 520,
        380, "${intakeGroup}", "${documentsCapDate}", null, "receive-documents").in(sp);
    event(m, "boundaryEvent", "BoundaryEvent_NotificationDeadline", "Хабарлау мерзімі / Срок уведомления", 480, 210)
        .in(sp).attached("UserTask_NotifyApplicant")
        .body(timerDate("${notifyApplicantDueDate}", "NotificationDeadline")).attrs("cancelActivity", "false");
    expressionTask(m, "ServiceTask_RecordNotificationBreach",
        "Бұзушылықты тіркеу / Зарегистрировать пропуск срока уведомления", 680, 260,
        "${breaches.record(execution, 'APPLICANT_NOTIFICATION')}").in(sp);
    userTask(m, "UserTask_AnswerMissedNotification", "Хабарлау мерзімі өтті / Срок уведомления истёк", 840, 260,
        "department-heads", "${deadlines.workingDays(deadlines.now(), 1)}", null, "answer-escalation").in(sp);
    event(m, "endEvent", "EndEvent_MissedNoticeAnswered", "Жауап берілді / Ответ дан", 990, 260).in(sp);
    event(m, "boundaryEvent", "BoundaryEvent_DocumentsDelivered", "Құжаттар келді / Документы поступили", 560, 420)
        .in(sp).attached("UserTask_ReceiveDocuments")
        .body("<bpmn:messageEventDefinition id=\"MessageEventDefinition_DocumentsDelivered\" "
            + "messageRef=\"Message_DocumentsDelivered\" />");
    event(m, "boundaryEvent", "BoundaryEvent_DocumentsCap", "Шекті мерзім / Предельный срок", 500, 420).in(sp)
        .attached("UserTask_ReceiveDocuments").body(timerDate("${documentsCapDate}", "DocumentsCap"));
    // Entered by an operator or delivered over the API: one end.
    gateway(m, "Gateway_DocumentsIn", "Құжаттар келді / Документы поступили", 1040, 380).in(sp);
    event(m, "endEvent", "EndEvent_DocumentsReceived", "Құжаттар қабылданды / Документы приняты", 1120, 380).in(sp)
        .body(ext(listener("start", "${execution.setVariable('documentsOutcome', 'DELIVERED')}"))
            + "\n<bpmn:terminateEventDefinition id=\"TerminateEventDefinition_Received\" />");
    expressionTask(m, "ServiceTask_RecordCapBreach",
        "Бұзушылықты тіркеу / Зарегистрировать истечение предельного срока", 700, 520,
        "${breaches.record(execution, 'DOCUMENTS_CAP')}").in(sp);
    userTask(m, "UserTask_DecideWithoutDocuments", "Құжатсыз шешім / Решение без документов", 860, 520,
        "department-heads", "${deadlines.workingDays(deadlines.now(), 1)}", null, "decide-without-documents")
        .in(sp);
    event(m, "endEvent", "EndEvent_ClosedWithoutDocuments", "Құжатсыз жабылды / Закрыто без документов", 1120, 520)
        .in(sp)
        .body(ext(listener("start",
            "${execution.setVariable('documentsOutcome', decision == 'withdraw' ? 'WITHDRAWN' : 'REFUSED')}"))
            + "\n<bpmn:terminateEventDefinition id=\"TerminateEventDefinition_Closed\" />");
    m.flow("Flow_ToSplit", "StartEvent_AwaitingDocuments", "Gateway_NotifyAndAwait").in(sp);
    m.flow("Flow_ToNotify", "Gateway_NotifyAndAwait", "UserTask_NotifyApplicant").in(sp);
    m.flow("Flow_ToReceive", "Gateway_NotifyAndAwait", "UserTask_ReceiveDocuments").in(sp);
    m.flow("Flow_ToNotified", "UserTask_NotifyApplicant", "EndEvent_ApplicantNotified").in(sp);
    m.flow("Flow_ToRecordNoticeBreach", "BoundaryEvent_NotificationDeadline", "ServiceTask_RecordNotificationBreach")
        .in(sp);
    m.flow("Flow_ToAnswerNotice", "ServiceTask_RecordNotificationBreach", "UserTask_AnswerMissedNotification")
        .in(sp);
    m.flow("Flow_ToNoticeAnswered", "UserTask_AnswerMissedNotification", "EndEvent_MissedNoticeAnswered").in(sp);
    m.flow("Flow_EnteredByOperator", "UserTask_ReceiveDocuments", "Gateway_DocumentsIn").in(sp);
    m.flow("Flow_DeliveredOverApi", "BoundaryEvent_DocumentsDelivered", "Gateway_DocumentsIn").in(sp)
        .via(at(560, 438), at(560, 460), at(1040, 460), at(1040, 405));
    m.flow("Flow_ToDocumentsReceived", "Gateway_DocumentsIn", "EndEvent_DocumentsReceived").in(sp);
    m.flow("Flow_ToRecordCapBreach", "BoundaryEvent_DocumentsCap", "ServiceTask_RecordCapBreach").in(sp);
    m.flow("Flow_ToDecideWithout", "ServiceTask_RecordCapBreach", "UserTask_DecideWithoutDocuments").in(sp);
    m.flow("Flow_ToClosedWithout", "UserTask_DecideWithoutDocuments", "EndEvent_ClosedWithoutDocuments").in(sp);
    event(m, "endEvent", "EndEvent_RequestClosed", "Сұрату жабылды / Запрос закрыт", 1300, 340);
    m.flow("Flow_ToAwait", "StartEvent_DocumentsRequested", "SubProcess_AwaitDocuments")
        .via(at(168, 260), at(220, 260));
    m.flow("Flow_ToRequestClosed", "SubProcess_AwaitDocuments", "EndEvent_RequestClosed")
        .via(at(1220, 340), at(1282, 340));
    return m;
  }

  // ------------------------------------------------------------------ result delivery

  /**
   * The result delivery reads the decision (its gateways, the hand-over form, the decision's event with
   * its ground), the dates its timers and breaches read and what its dates are derived from again when
   * the decision is recorded; it returns the final status and when the result was published. Not the
   * decision stage's date: it is derived there again, and nothing in the block reads it.
   */
  static final Block RESULT_DELIVERY = new Block("common-result-delivery", plus(APP, "intakeGroup", "reviewerGroup",
      "decision", "refusalGround", "decisionComment", "statutoryDueDate", "reminderDate", "resultDueDate",
      "termExtensions", "errorCorrections", "documentsRequestedAt", "documentsArrivedAt"),
      List.of("status", "resultPublishedAt"));

  static Model result() {
    Model m = new Model("common-result-delivery", "Нәтижені беру / Выдача результата", false,
        "Shared block: the decision is recorded and the result goes back through the channel the "
            + "application came from: the PSC or the pension centre hands it over, the department or the "
            + "akim hands it over, the portal publishes it to the personal cabinet. Where the standard fixes "
            + "stages after the decision (standard 29: the notice of the decision in 3 working days, the "
            + "applicant's departure-guarantee documents in 20, the hand-over in 3; standard 13: the "
            + "certificate in 5), each has its due date and its timer; an applicant who misses the own stage "
            + "is escalated to the head. Ends GRANTED, REFUSED or WITHDRAWN.",
        "<bpmn:message id=\"Message_DocumentsDelivered\" name=\"DocumentsDelivered\" />");
    event(m, "startEvent", "StartEvent_DecisionTaken", "Шешім қабылданды / Решение принято", 150, 300);
    expressionTask(m, "ServiceTask_ResultReady", "Нәтиже дайын / Результат готов", 290, 300,
        "${applicationProgress.resultReady(execution)}");
    gateway(m, "Gateway_DecisionNotice", "Шешім туралы хабарлау керек пе? / Нужно уведомить о решении?", 420, 300,
        "Flow_NoDecisionNotice");
    userTask(m, "UserTask_NotifyDecision", "Шешім туралы хабарлау / Уведомить заявителя о решении", 540, 190,
        "${reviewerGroup}", "${notifyDecisionDueDate}", null, "notify-applicant",
        listener("end", "${applicationProgress.decisionNotified(execution)}"));
    event(m, "boundaryEvent", "BoundaryEvent_DecisionNoticeTerm", "Хабарлау мерзімі / Срок уведомления", 560, 140)
        .attached("UserTask_NotifyDecision").body(timerDate("${notifyDecisionDueDate}", "DecisionNoticeTerm"))
        .attrs("cancelActivity", "false");
    expressionTask(m, "ServiceTask_RecordLateDecisionNotice",
        "Бұзушылықты тіркеу / Зарегистрировать просрочку уведомления", 560, 50,
        "${breaches.record(execution, 'DECISION_NOTIFICATION')}");
    event(m, "endEvent", "EndEvent_LateNoticeRecorded", "Тіркелді / Зарегистрировано", 700, 50);
    // Notified or not: one way on, so that the next gateway only forks.
    gateway(m, "Gateway_DecisionNoticeDone", "Хабарлаудан кейін / После уведомления", 660, 300);
    gateway(m, "Gateway_ApplicantStage", "Өтініш берушінің кезеңі бар ма? / Есть этап заявителя?", 760, 300,
        "Flow_NoApplicantStage");
    userTask(m, "UserTask_ReceiveApplicantDocuments",
        "Өтініш берушінің құжаттарын қабылдау / Принять документы заявителя", 880, 430, "${intakeGroup}",
        "${applicantStageDueDate}", null, "receive-documents");
    event(m, "boundaryEvent", "BoundaryEvent_ApplicantDocumentsDelivered", "Құжаттар келді / Документы поступили",
        920, 470).attached("UserTask_ReceiveApplicantDocuments")
        .body("<bpmn:messageEventDefinition id=\"MessageEventDefinition_ApplicantDocuments\" "
            + "messageRef=\"Message_DocumentsDelivered\" />");
    event(m, "boundaryEvent", "BoundaryEvent_ApplicantStageTerm", "Өтініш беруші мерзімі / Срок заявителя", 860,
        470).attached("UserTask_ReceiveApplicantDocuments")
        .body(timerDate("${applicantStageDueDate}", "ApplicantStageTerm"));
    expressionTask(m, "ServiceTask_RecordApplicantMissed", "Мерзімнің өткенін тіркеу / Зарегистрировать пропуск срока",
        860, 580, "${breaches.record(execution, 'APPLICANT_STAGE_MISSED')}");
    userTask(m, "UserTask_DecideOnMissedApplicantStage", "Өтініш беруші келмеді / Заявитель не явился", 1000, 580,
        "department-heads", "${deadlines.workingDays(deadlines.now(), 1)}", null, "decide-missed-applicant-stage");
    gateway(m, "Gateway_KeepWaiting", "Күте ме? / Продолжить ожидание?", 1160, 580, "Flow_CloseWithdrawn");
    userTask(m, "UserTask_ReceiveLateApplicantDocuments",
        "Кешіккен құжаттарды қабылдау / Принять опоздавшие документы", 1160, 720, "${intakeGroup}",
        "${deadlines.workingDays(deadlines.now(), 5)}", null, "receive-documents");
    event(m, "boundaryEvent", "BoundaryEvent_LateDocumentsDelivered", "Құжаттар келді / Документы поступили", 1180,
        760).attached("UserTask_ReceiveLateApplicantDocuments")
        .body("<bpmn:messageEventDefinition id=\"MessageEventDefinition_LateDocuments\" "
            + "messageRef=\"Message_DocumentsDelivered\" />");
    expressionTask(m, "ServiceTask_CloseWithdrawn", "Кері қайтарылды деп жабу / Закрыть как отозванное", 1300, 580,
        "${applicationProgress.status(execution, 'WITHDRAWN')}");
    event(m, "endEvent", "EndEvent_Withdrawn", "Кері қайтарылды / Отозвано", 1440, 580);
    gateway(m, "Gateway_ApplicantDocumentsIn", "Құжаттар келді / Документы поступили", 1070, 430);
    expressionTask(m, "ServiceTask_ApplicantDocumentsArrived", "Тапсыру мерзімін есептеу / Рассчитать срок выдачи",
        1210, 430, "${applicationProgress.applicantDocumentsArrived(execution)}");
    // With or without the applicant's stage: one way on, so that the channel gateway only forks.
    gateway(m, "Gateway_ToDelivery", "Беруге / К выдаче", 1320, 300);
    gateway(m, "Gateway_ResultChannel", "Нәтиже қайда? / Куда направить результат?", 1420, 300, "Flow_HandOver");
    expressionTask(m, "ServiceTask_PublishToCabinet", "Жеке кабинетке жіберу / Направить в личный кабинет", 1560,
        430, "${execution.setVariable('resultPublishedAt', deadlines.now())}");
    userTask(m, "UserTask_HandOverResult", "Нәтижені беру / Выдать результат заявителю", 1560, 300,
        "${intakeGroup}", "${resultDueDate}", "${reminderDate}", "hand-over-result");
    event(m, "boundaryEvent", "BoundaryEvent_HandOverTerm", "Беру мерзімі / Срок выдачи", 1580, 260)
        .attached("UserTask_HandOverResult").body(timerDate("${resultDueDate}", "HandOverTerm"))
        .attrs("cancelActivity", "false");
    expressionTask(m, "ServiceTask_RecordLateHandOver", "Бұзушылықты тіркеу / Зарегистрировать просрочку выдачи",
        1580, 160, "${breaches.record(execution, 'RESULT_HANDOVER')}");
    event(m, "endEvent", "EndEvent_LateHandOverRecorded", "Тіркелді / Зарегистрировано", 1720, 160);
    gateway(m, "Gateway_Delivered", "Берілді / Выдано", 1700, 300);
    gateway(m, "Gateway_Outcome", "Нәтиже? / Итог?", 1800, 300, "Flow_Refused");
    expressionTask(m, "ServiceTask_Granted", "Көрсетілді деп белгілеу / Отметить оказание услуги", 1940, 220,
        "${applicationProgress.status(execution, 'GRANTED')}");
    expressionTask(m, "ServiceTask_Refused", "Бас тартылды деп белгілеу / Отметить отказ", 1940, 380,
        "${applicationProgress.status(execution, 'REFUSED')}");
    event(m, "endEvent", "EndEvent_Granted", "Көрсетілді / Услуга оказана", 2090, 220);
    event(m, "endEvent", "EndEvent_Refused", "Бас тартылды / Отказано", 2090, 380);
    m.flow("Flow_ToResultReady", "StartEvent_DecisionTaken", "ServiceTask_ResultReady");
    m.flow("Flow_ToDecisionNotice", "ServiceTask_ResultReady", "Gateway_DecisionNotice");
    m.flow("Flow_DecisionNoticeDue", "Gateway_DecisionNotice", "UserTask_NotifyDecision").named("иә / да")
        .when("${decision == 'grant' && execution.getVariable('notifyDecisionDueDate') != null}");
    m.flow("Flow_NoDecisionNotice", "Gateway_DecisionNotice", "Gateway_DecisionNoticeDone").named("жоқ / нет");
    m.flow("Flow_DecisionNoticeGiven", "UserTask_NotifyDecision", "Gateway_DecisionNoticeDone")
        .via(at(600, 190), at(660, 190), at(660, 275));
    m.flow("Flow_ToApplicantStage", "Gateway_DecisionNoticeDone", "Gateway_ApplicantStage");
    m.flow("Flow_ToRecordLateNotice", "BoundaryEvent_DecisionNoticeTerm", "ServiceTask_RecordLateDecisionNotice")
        .via(at(560, 122), at(560, 80));
    m.flow("Flow_ToLateNoticeRecorded", "ServiceTask_RecordLateDecisionNotice", "EndEvent_LateNoticeRecorded");
    m.flow("Flow_ApplicantStageDue", "Gateway_ApplicantStage", "UserTask_ReceiveApplicantDocuments")
        .named("иә / да")
        .when("${decision == 'grant' && execution.getVariable('applicantStageDueDate') != null}");
    m.flow("Flow_NoApplicantStage", "Gateway_ApplicantStage", "Gateway_ToDelivery").named("жоқ / нет");
    m.flow("Flow_ApplicantDocumentsEntered", "UserTask_ReceiveApplicantDocuments", "Gateway_ApplicantDocumentsIn");
    m.flow("Flow_ApplicantDocumentsOverApi", "BoundaryEvent_ApplicantDocumentsDelivered",
        "Gateway_ApplicantDocumentsIn").via(at(920, 488), at(920, 510), at(1070, 510), at(1070, 455));
    m.flow("Flow_ToRecordApplicantMissed", "BoundaryEvent_ApplicantStageTerm", "ServiceTask_RecordApplicantMissed");
    m.flow("Flow_ToDecideOnMissed", "ServiceTask_RecordApplicantMissed", "UserTask_DecideOnMissedApplicantStage");
    m.flow("Flow_ToKeepWaiting", "UserTask_DecideOnMissedApplicantStage", "Gateway_KeepWaiting");
    m.flow("Flow_KeepWaiting", "Gateway_KeepWaiting", "UserTask_ReceiveLateApplicantDocuments")
        .named("күту / ждать").when("${missedStageDecision == 'wait'}");
    m.flow("Flow_CloseWithdrawn", "Gateway_KeepWaiting", "ServiceTask_CloseWithdrawn").named("жабу / закрыть");
    m.flow("Flow_ToWithdrawnEnd", "ServiceTask_CloseWithdrawn", "EndEvent_Withdrawn");
    m.flow("Flow_LateDocumentsEntered", "UserTask_ReceiveLateApplicantDocuments", "Gateway_ApplicantDocumentsIn")
        .via(at(1100, 720), at(1070, 720), at(1070, 455));
    m.flow("Flow_LateDocumentsOverApi", "BoundaryEvent_LateDocumentsDelivered", "Gateway_ApplicantDocumentsIn")
        .via(at(1180, 778), at(1180, 800), at(1070, 800), at(1070, 455));
    m.flow("Flow_ToApplicantDocumentsArrived", "Gateway_ApplicantDocumentsIn",
        "ServiceTask_ApplicantDocumentsArrived");
    m.flow("Flow_FromApplicantStage", "ServiceTask_ApplicantDocumentsArrived", "Gateway_ToDelivery")
        .via(at(1270, 430), at(1320, 430), at(1320, 325));
    m.flow("Flow_ToResultChannel", "Gateway_ToDelivery", "Gateway_ResultChannel");
    m.flow("Flow_ToPortal", "Gateway_ResultChannel", "ServiceTask_PublishToCabinet").named("портал / портал")
        .when("${channel == 'portal'}");
    m.flow("Flow_HandOver", "Gateway_ResultChannel", "UserTask_HandOverResult").named("кеңсе / офис");
    m.flow("Flow_FromPortal", "ServiceTask_PublishToCabinet", "Gateway_Delivered")
        .via(at(1620, 430), at(1700, 430), at(1700, 325));
    m.flow("Flow_FromOffice", "UserTask_HandOverResult", "Gateway_Delivered");
    m.flow("Flow_ToRecordLateHandOver", "BoundaryEvent_HandOverTerm", "ServiceTask_RecordLateHandOver")
        .via(at(1580, 242), at(1580, 200));
    m.flow("Flow_ToLateHandOverRecorded", "ServiceTask_RecordLateHandOver", "EndEvent_LateHandOverRecorded");
    m.flow("Flow_ToOutcome", "Gateway_Delivered", "Gateway_Outcome");
    m.flow("Flow_Granted", "Gateway_Outcome", "ServiceTask_Granted").named("тағайындалды / назначено")
        .when("${decision == 'grant'}");
    m.flow("Flow_Refused", "Gateway_Outcome", "ServiceTask_Refused").named("бас тарту / отказ");
    m.flow("Flow_ToGrantedEnd", "ServiceTask_Granted", "EndEvent_Granted");
    m.flow("Flow_ToRefusedEnd", "ServiceTask_Refused", "EndEvent_Refused");
    return m;
  }

  // ------------------------------------------------------------------ complaint review

  /**
   * The complaint review, as the quality authority's level is called from the first: it reads what the
   * API starts the first level with (the application's id, standard and applicant's name, the
   * complaint's text; its level and id are given as expressions) and returns the outcome and reasons.
   */
  static final Block COMPLAINT_REVIEW = new Block("complaint-review", List.of("applicationId", "standardNumber",
      "standardCode", "applicantName", "complaintText"), List.of("complaintOutcome", "complaintReasons"));

  static Model complaint() {
    Model m = new Model("complaint-review", "Шағымды қарау / Рассмотрение жалобы", false,
        "A complaint about an application, its own process because complaints also come after the "
            + "result. Level provider: the department heads review it within 5 working days of its "
            + "registration; level psc-head (a PSC employee's actions, where the decree addresses such a "
            + "complaint to the PSC's head): the PSC heads within the catalog's complaints.pscHead term; "
            + "level quality-authority: the quality inspectors within 15. Overdue reviews are recorded as "
            + "breaches and escalated to the process owners. A complaint rejected by the provider or the PSC "
            + "head can go on to the quality authority.", null);
    event(m, "startEvent", "StartEvent_ComplaintFiled", "Шағым түсті / Поступила жалоба", 150, 200);
    delegateTask(m, "ServiceTask_RegisterComplaint", "Шағымды тіркеу / Зарегистрировать жалобу", 290, 200,
        "${complaintRegistration}");
    userTask(m, "UserTask_ReviewComplaint", "Шағымды қарау / Рассмотреть жалобу", 450, 200,
        "${complaintReviewerGroup}", "${complaintDueDate}", "${deadlines.workingDaysBefore(complaintDueDate, 1)}",
        "review-complaint");
    event(m, "boundaryEvent", "BoundaryEvent_ComplaintDeadline", "Қарау мерзімі / Срок рассмотрения", 470, 240)
        .attached("UserTask_ReviewComplaint").body(timerDate("${complaintDueDate}", "ComplaintDeadline"))
        .attrs("cancelActivity", "false");
    expressionTask(m, "ServiceTask_RecordComplaintBreach",
        "Бұзушылықты тіркеу / Зарегистрировать просрочку рассмотрения", 470, 360,
        "${breaches.record(execution, 'COMPLAINT_REVIEW')}");
    userTask(m, "UserTask_AnswerOverdueComplaint", "Шағымды қарау мерзімі өтті / Срок рассмотрения жалобы истёк",
        630, 360, "process-owners", "${deadlines.workingDays(deadlines.now(), 1)}", null, "answer-escalation");
    event(m, "endEvent", "EndEvent_OverdueAnswered", "Жауап берілді / Ответ дан", 780, 360);
    gateway(m, "Gateway_ComplaintOutcome", "Шағым қанағаттандырылды ма? / Жалоба удовлетворена?", 610, 200,
        "Flow_Rejected");
    event(m, "endEvent", "EndEvent_Upheld", "Қанағаттандырылды / Удовлетворена", 690, 100)
        .body("<bpmn:terminateEventDefinition id=\"TerminateEventDefinition_Upheld\" />");
    gateway(m, "Gateway_Appeal", "Сапа органына ма? / В орган контроля качества?", 760, 200, "Flow_NoAppeal");
    List<String> qualityAuthority = new ArrayList<>();
    qualityAuthority.add("<camunda:in businessKey=\"${complaintId}-QA\" />");
    qualityAuthority.addAll(mapping(COMPLAINT_REVIEW.reads(), COMPLAINT_REVIEW.returns(), false,
        List.of(new String[] {"complaintLevel", "quality-authority"},
            new String[] {"complaintId", "${complaintId}-QA"})));
    m.add(new El("callActivity", "CallActivity_QualityAuthorityReview",
        "Сапа органында қарау / Рассмотрение в органе контроля качества", 910, 100)
        .attrs("calledElement", "complaint-review", "camunda:calledElementBinding", "deployment")
        .body(ext(qualityAuthority)));
    event(m, "endEvent", "EndEvent_Appealed", "Сапа органы қарады / Рассмотрено органом контроля качества", 1060, 100)
        .body("<bpmn:terminateEventDefinition id=\"TerminateEventDefinition_Appealed\" />");
    event(m, "endEvent", "EndEvent_Rejected", "Қанағаттандырылмады / Не удовлетворена", 930, 200)
        .body("<bpmn:terminateEventDefinition id=\"TerminateEventDefinition_Rejected\" />");
    m.flow("Flow_ToRegister", "StartEvent_ComplaintFiled", "ServiceTask_RegisterComplaint");
    m.flow("Flow_ToReviewComplaint", "ServiceTask_RegisterComplaint", "UserTask_ReviewComplaint");
    m.flow("Flow_ToOutcome", "UserTask_ReviewComplaint", "Gateway_ComplaintOutcome");
    m.flow("Flow_Upheld", "Gateway_ComplaintOutcome", "EndEvent_Upheld").named("иә / удовлетворена")
        .when("${complaintOutcome == 'upheld'}");
    m.flow("Flow_Rejected", "Gateway_ComplaintOutcome", "Gateway_Appeal").named("жоқ / нет");
    m.flow("Flow_Appeal", "Gateway_Appeal", "CallActivity_QualityAuthorityReview").named("иә / да")
        .when("${complaintLevel != 'quality-authority' && execution.getVariable('appealToQualityAuthority') == true}");
    m.flow("Flow_NoAppeal", "Gateway_Appeal", "EndEvent_Rejected").named("жоқ / нет");
    m.flow("Flow_ToAppealed", "CallActivity_QualityAuthorityReview", "EndEvent_Appealed");
    m.flow("Flow_ToRecordComplaintBreach", "BoundaryEvent_ComplaintDeadline", "ServiceTask_RecordComplaintBreach");
    m.flow("Flow_ToAnswerOverdue", "ServiceTask_RecordComplaintBreach", "UserTask_AnswerOverdueComplaint");
    m.flow("Flow_ToOverdueAnswered", "UserTask_AnswerOverdueComplaint", "EndEvent_OverdueAnswered");
    return m;
  }
}
