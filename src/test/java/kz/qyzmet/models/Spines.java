package kz.qyzmet.models;

import static kz.qyzmet.models.Blocks.INTAKE;
import static kz.qyzmet.models.Blocks.RESULT_DELIVERY;
import static kz.qyzmet.models.Blocks.REVIEW;
import static kz.qyzmet.models.Blocks.STATUTORY_DEADLINE_BREACHED;
import static kz.qyzmet.models.Blocks.answerBreach;
import static kz.qyzmet.models.Blocks.call;
import static kz.qyzmet.models.Blocks.escalationEndDefinition;
import static kz.qyzmet.models.Blocks.event;
import static kz.qyzmet.models.Blocks.expressionTask;
import static kz.qyzmet.models.Blocks.gateway;
import static kz.qyzmet.models.Blocks.userTask;
import static kz.qyzmet.models.ModelWriter.at;
import static kz.qyzmet.models.ModelWriter.ext;
import static kz.qyzmet.models.ModelWriter.listener;
import static kz.qyzmet.models.ModelWriter.taskExpressionListener;
import static kz.qyzmet.models.ModelWriter.taskPresentation;
import static kz.qyzmet.models.ModelWriter.timerDate;

import java.util.List;
import java.util.Map;
import kz.qyzmet.automated.InformationSystems.InformationSystem;
import kz.qyzmet.automated.InformationSystems.Topic;
import kz.qyzmet.catalog.Standard;
import kz.qyzmet.models.ModelWriter.El;
import kz.qyzmet.models.ModelWriter.Model;

/**
 * The spine of a standard: the thin process that calls the shared blocks. Every standard has the
 * same {@link #spine}; a standard whose decree needs more gets its own function in
 * {@link #OWN_SPINES}, and the fully automated services get {@link #automatedSpine}.
 */
final class Spines {

  private Spines() {}

  /** A standard's own shape: made from the standard and the documentation the spine carries. */
  interface OwnSpine {
    Model of(Standard standard, String doc);
  }

  /** Standards whose spine has a shape of its own. */
  static final Map<Integer, OwnSpine> OWN_SPINES = Map.of(13, Spines::s13);

  /** The text cut at a word to fit the limit, with an ellipsis when cut. */
  static String shorten(String text, int limit) {
    if (text.length() <= limit) {
      return text;
    }
    String cut = text.substring(0, limit - 1);
    if (cut.contains(" ")) {
      cut = cut.substring(0, cut.lastIndexOf(' '));
    }
    return cut.replaceAll("[ ,;:]+$", "") + "…";
  }

  /**
   * "S08 · kk / ru" within the engine's 255-character name column: the Russian part is shortened
   * first (to no less than 100 characters), then the Kazakh, the state language, if it is still too long.
   */
  static String processName(String code, String nameKk, String nameRu) {
    String prefix = code + " · ";
    int room = 255 - code.length() - 3 - 3;
    if (nameKk.length() + nameRu.length() <= room) {
      return prefix + nameKk + " / " + nameRu;
    }
    String ru = shorten(nameRu, Math.max(room - nameKk.length(), Math.min(nameRu.length(), 100)));
    return prefix + shorten(nameKk, room - ru.length()) + " / " + ru;
  }

  private static String code(Standard standard) {
    return standard.code().toUpperCase();
  }

  private static El applicationSubmitted(Model m, String code) {
    return event(m, "startEvent", "StartEvent_ApplicationSubmitted", "Өтініш берілді / Заявление подано", 150, 200)
        .body(ext("<camunda:executionListener delegateExpression=\"${applicationStart}\" event=\"start\" />"))
        .attrs("camunda:formRef", "submit-application-" + code.toLowerCase(), "camunda:formRefBinding",
            "deployment");
  }

  /** The spine every standard has: intake, review, result; with an information channel, its answer first. */
  static Model spine(Standard standard, String doc, String informationChannel) {
    String code = code(standard);
    Model m = new Model(standard.processKey(), processName(code, standard.nameKk(), standard.nameRu()), true, doc,
        null);
    applicationSubmitted(m, code);
    if (informationChannel != null) {
      gateway(m, "Gateway_InformationRequest", "Ақпарат сұрауы ма? / Запрос сведений?", 250, 200, "Flow_ToIntake");
      expressionTask(m, "ServiceTask_AnswerInformation",
          "Ақпаратты автоматты түрде беру / Автоматически выдать сведения", 390, 460,
          "${informationRequests.answer(execution)}");
      event(m, "endEvent", "EndEvent_Answered", "Жауап берілді / Ответ дан", 530, 460);
    }
    call(m, "CallActivity_Intake", "Құжаттарды қабылдау / Приём документов", 390, 200, INTAKE);
    gateway(m, "Gateway_Accepted", "Қабылданды ма? / Принято?", 530, 200, "Flow_ToReview");
    event(m, "endEvent", "EndEvent_RefusedToAccept", "Қабылданбады / Отказано в приёме", 530, 340);
    call(m, "CallActivity_Review", "Өтінішті мерзімінде қарау / Рассмотрение заявления в срок", 670, 200,
        REVIEW);
    gateway(m, "Gateway_Withdrawn", "Кері қайтарылды ма? / Отозвано?", 810, 200, "Flow_ToResult");
    expressionTask(m, "ServiceTask_MarkWithdrawn", "Кері қайтарылды деп жабу / Закрыть как отозванное", 810, 340,
        "${applicationProgress.status(execution, 'WITHDRAWN')}");
    // Withdrawn during the review or after the decision (the applicant's own stage missed): one end.
    gateway(m, "Gateway_WithdrawnClosed", "Кері қайтарылғанды жабу / Закрытие отозванного", 960, 340);
    event(m, "endEvent", "EndEvent_Withdrawn", "Кері қайтарылды / Отозвано", 1040, 340);
    call(m, "CallActivity_ResultDelivery", "Нәтижені беру / Выдача результата", 950, 200, RESULT_DELIVERY);
    gateway(m, "Gateway_Result", "Нәтиже? / Результат?", 1090, 200, "Flow_ToRefused");
    event(m, "endEvent", "EndEvent_Granted", "Көрсетілді / Услуга оказана", 1200, 100);
    event(m, "endEvent", "EndEvent_Refused", "Бас тартылды / Отказано", 1200, 200);
    if (informationChannel != null) {
      m.flow("Flow_ToChannel", "StartEvent_ApplicationSubmitted", "Gateway_InformationRequest");
      m.flow("Flow_InformationRequest", "Gateway_InformationRequest", "ServiceTask_AnswerInformation")
          .named("портал: ақпарат / портал: сведения").when("${channel == '" + informationChannel + "'}");
      m.flow("Flow_ToIntake", "Gateway_InformationRequest", "CallActivity_Intake").named("өтініш / заявление");
      m.flow("Flow_ToAnswered", "ServiceTask_AnswerInformation", "EndEvent_Answered");
    } else {
      m.flow("Flow_ToIntake", "StartEvent_ApplicationSubmitted", "CallActivity_Intake");
    }
    m.flow("Flow_ToAccepted", "CallActivity_Intake", "Gateway_Accepted");
    m.flow("Flow_NotAccepted", "Gateway_Accepted", "EndEvent_RefusedToAccept").named("жоқ / нет")
        .when("${status == 'REFUSED_TO_ACCEPT'}");
    m.flow("Flow_ToReview", "Gateway_Accepted", "CallActivity_Review").named("иә / да");
    m.flow("Flow_ToWithdrawn", "CallActivity_Review", "Gateway_Withdrawn");
    m.flow("Flow_Withdrawn", "Gateway_Withdrawn", "ServiceTask_MarkWithdrawn").named("иә / да")
        .when("${decision == 'withdraw'}");
    m.flow("Flow_ToWithdrawnClosed", "ServiceTask_MarkWithdrawn", "Gateway_WithdrawnClosed");
    m.flow("Flow_ToWithdrawnEnd", "Gateway_WithdrawnClosed", "EndEvent_Withdrawn");
    m.flow("Flow_ToResult", "Gateway_Withdrawn", "CallActivity_ResultDelivery").named("жоқ / нет");
    m.flow("Flow_ToResultGateway", "CallActivity_ResultDelivery", "Gateway_Result");
    m.flow("Flow_ToGranted", "Gateway_Result", "EndEvent_Granted").named("көрсетілді / оказано")
        .when("${status == 'GRANTED'}");
    m.flow("Flow_WithdrawnAfterDecision", "Gateway_Result", "Gateway_WithdrawnClosed")
        .named("кері қайтарылды / отозвано").when("${status == 'WITHDRAWN'}")
        .via(at(1090, 225), at(1090, 420), at(960, 420), at(960, 365));
    m.flow("Flow_ToRefused", "Gateway_Result", "EndEvent_Refused").named("бас тартылды / отказано");
    return m;
  }

  /**
   * Standard 13: the spine, and the compensation (annex 1), which the decree pays on the regional
   * schedule (p. 4(1)) rather than within a term: after intake the ZTMO specialists record the
   * payment (p. 6, at ZTMO), with no due date, no timer and no breach.
   */
  static Model s13(Standard standard, String doc) {
    Model m = spine(standard, doc + " The compensation case goes from intake to the ZTMO "
        + "payment on the regional schedule (p. 4(1), p. 6): no statutory term.", null);
    m.add(new El("userTask", "UserTask_PayCompensation", "Өтемақыны төлеу / Выплатить компенсацию по графику", 670,
        50).attrs("camunda:candidateGroups", "ztmo-specialists", "camunda:formRef", "record-compensation-payment",
        "camunda:formRefBinding", "deployment").body(ext(taskPresentation())));
    expressionTask(m, "ServiceTask_CompensationPaid", "Төленді / Закрыть как выплаченное", 950, 50,
        "${applicationProgress.status(execution, 'GRANTED')}");
    event(m, "endEvent", "EndEvent_CompensationPaid", "Өтемақы төленді / Компенсация выплачена", 1200, 50);
    m.flow("Flow_ToCompensation", "Gateway_Accepted", "UserTask_PayCompensation").named("өтемақы / компенсация")
        .when("${status != 'REFUSED_TO_ACCEPT' && caseType == 'compensation'}");
    m.flow("Flow_ToCompensationPaid", "UserTask_PayCompensation", "ServiceTask_CompensationPaid");
    m.flow("Flow_ToCompensationPaidEnd", "ServiceTask_CompensationPaid", "EndEvent_CompensationPaid");
    return m;
  }

  static final String INFORMATION_SYSTEM_FAILURE = "<bpmn:error id=\"Error_InformationSystemFailure\" "
      + "name=\"Ақпараттық жүйе істен шықты / Сбой информационной системы\" "
      + "errorCode=\"information-system-failure\" />\n";

  /**
   * A fully automated service (standard 8): after the intake, the answer is asked of the information
   * system that holds the data, as an external task on the service's topic, under the statutory term
   * of the catalog (${statutoryDueDate}, derived at registration). A missed term records the breach and
   * gives the head a task; an error the system reports, or a failure, goes to the reviewer, who answers
   * by hand (or, where the decree has a ground for the error code, the application is refused on it).
   */
  static Model automatedSpine(Standard standard, String doc, Topic topic, InformationSystem system) {
    String code = code(standard);
    Model m = new Model(standard.processKey(), processName(code, standard.nameKk(), standard.nameRu()), true, doc,
        STATUTORY_DEADLINE_BREACHED + INFORMATION_SYSTEM_FAILURE);
    applicationSubmitted(m, code);
    call(m, "CallActivity_Intake", "Құжаттарды қабылдау / Приём документов", 290, 200, INTAKE);
    gateway(m, "Gateway_Accepted", "Қабылданды ма? / Принято?", 430, 200, "Flow_ToRequestAnswer");
    event(m, "endEvent", "EndEvent_RefusedToAccept", "Қабылданбады / Отказано в приёме", 430, 340);
    m.add(new El("serviceTask", "ServiceTask_RequestAnswer", "Ақпараттық жүйеден сұрау / Запрос в " + system.nameRu(),
        600, 200).size(240, 80).attrs("camunda:type", "external", "camunda:topic", topic.topic())
        .body(ext("<camunda:errorEventDefinition id=\"ErrorEventDefinition_Failure\" "
                + "errorRef=\"Error_InformationSystemFailure\" "
                + "expression=\"${execution.getVariable('automatedResult') == null}\" />",
            listener("start", "${applicationProgress.status(execution, 'IN_REVIEW')}"))));
    event(m, "boundaryEvent", "BoundaryEvent_AnswerTerm", "Мерзім өтті / Срок истёк", 510, 240)
        .attached("ServiceTask_RequestAnswer").body(timerDate("${statutoryDueDate}", "AnswerTerm"))
        .attrs("cancelActivity", "false");
    // The task completed without an answer (the error of the external task above) is caught by its own
    // event; any error code the system reports, by the catch-all one. Both go to the same registration.
    event(m, "boundaryEvent", "BoundaryEvent_InformationSystemFailed", "Жүйе істен шықты / Сбой системы", 585, 240).attached("ServiceTask_RequestAnswer")
        .body("<bpmn:errorEventDefinition id=\"ErrorEventDefinition_InformationSystemFailed\" "
            + "errorRef=\"Error_InformationSystemFailure\" "
            + "camunda:errorCodeVariable=\"automatedAnswerError\" "
            + "camunda:errorMessageVariable=\"automatedAnswerErrorMessage\" />");
    event(m, "boundaryEvent", "BoundaryEvent_CouldNotAnswer", "Жүйе жауап бере алмады / Система не смогла ответить",
        670, 240).attached("ServiceTask_RequestAnswer")
        .body("<bpmn:errorEventDefinition id=\"ErrorEventDefinition_CouldNotAnswer\" "
            + "camunda:errorCodeVariable=\"automatedAnswerError\" "
            + "camunda:errorMessageVariable=\"automatedAnswerErrorMessage\" />");
    gateway(m, "Gateway_NoAnswer", "Жауап жоқ / Ответа нет", 670, 360);
    expressionTask(m, "ServiceTask_AnswerFailed", "Қатені тіркеу / Зарегистрировать сообщение системы", 790, 360,
        "${automatedAnswers.failed(execution)}");
    gateway(m, "Gateway_RefusalGround", "Бас тарту негізі бар ма? / Есть основание для отказа?", 930, 360,
        "Flow_ToAnswerByHand");
    gateway(m, "Gateway_Answered", "Жауап толық па? / Ответ полный?", 1020, 200, "Flow_AnswerIncomplete");
    expressionTask(m, "ServiceTask_AnswerReceived", "Жауапты тіркеу / Зарегистрировать ответ как результат", 1160,
        200, "${automatedAnswers.received(execution)}");
    // An incomplete answer or an error without a refusal ground: one way to the hand answer.
    gateway(m, "Gateway_ToAnswerByHand", "Қолмен жауап беруге / К ответу вручную", 1020, 360);
    userTask(m, "UserTask_AnswerByHand", "Жауапты қолмен беру / Дать ответ вручную", 1160, 360,
        "${automatedAnswers.handGroup(execution)}", "${statutoryDueDate}", null, "answer-automated-request",
        taskExpressionListener("complete", "${automatedAnswers.answeredByHand(task)}"));
    event(m, "boundaryEvent", "BoundaryEvent_HandAnswerTerm", "Мерзім өтті / Срок истёк", 1180, 400)
        .attached("UserTask_AnswerByHand").body(timerDate("${statutoryDueDate}", "HandAnswerTerm"))
        .attrs("cancelActivity", "false");
    gateway(m, "Gateway_TermMissed", "Мерзім өтті / Срок истёк", 860, 540);
    event(m, "endEvent", "EndEvent_EscalateBreach", "Мерзім бұзылды / Срок нарушен", 860, 640)
        .body(escalationEndDefinition());
    gateway(m, "Gateway_ToResult", "Нәтижеге / К результату", 1300, 360);
    call(m, "CallActivity_ResultDelivery", "Нәтижені беру / Выдать результат", 1440, 360, RESULT_DELIVERY);
    gateway(m, "Gateway_Result", "Нәтиже? / Результат?", 1580, 360, "Flow_ToRefused");
    event(m, "endEvent", "EndEvent_Granted", "Көрсетілді / Оказано", 1690, 280);
    event(m, "endEvent", "EndEvent_Refused", "Бас тартылды / Отказано", 1690, 440);
    answerBreach(m, 1280, 680);

    m.flow("Flow_ToIntake", "StartEvent_ApplicationSubmitted", "CallActivity_Intake");
    m.flow("Flow_ToAccepted", "CallActivity_Intake", "Gateway_Accepted");
    m.flow("Flow_NotAccepted", "Gateway_Accepted", "EndEvent_RefusedToAccept").named("жоқ / нет")
        .when("${status == 'REFUSED_TO_ACCEPT'}");
    m.flow("Flow_ToRequestAnswer", "Gateway_Accepted", "ServiceTask_RequestAnswer").named("иә / да");
    m.flow("Flow_ToAnswered", "ServiceTask_RequestAnswer", "Gateway_Answered");
    m.flow("Flow_AnswerComplete", "Gateway_Answered", "ServiceTask_AnswerReceived").named("иә / да")
        .when("${automatedAnswers.answered(execution)}");
    m.flow("Flow_AnswerIncomplete", "Gateway_Answered", "Gateway_ToAnswerByHand").named("жоқ / нет")
        .via(at(1020, 225), at(1020, 335));
    m.flow("Flow_AnswerToResult", "ServiceTask_AnswerReceived", "Gateway_ToResult")
        .via(at(1220, 200), at(1300, 200), at(1300, 335));
    m.flow("Flow_SystemFailed", "BoundaryEvent_InformationSystemFailed", "Gateway_NoAnswer")
        .via(at(585, 258), at(585, 360), at(645, 360));
    m.flow("Flow_ToNoAnswer", "BoundaryEvent_CouldNotAnswer", "Gateway_NoAnswer");
    m.flow("Flow_ToAnswerFailed", "Gateway_NoAnswer", "ServiceTask_AnswerFailed");
    m.flow("Flow_ToRefusalGround", "ServiceTask_AnswerFailed", "Gateway_RefusalGround");
    m.flow("Flow_RefuseOnGround", "Gateway_RefusalGround", "Gateway_ToResult").named("иә / да")
        .when("${execution.getVariable('refusalGround') != null}")
        .via(at(930, 385), at(930, 440), at(1300, 440), at(1300, 385));
    m.flow("Flow_ToAnswerByHand", "Gateway_RefusalGround", "Gateway_ToAnswerByHand").named("жоқ / нет");
    m.flow("Flow_AnswerByHandDue", "Gateway_ToAnswerByHand", "UserTask_AnswerByHand");
    m.flow("Flow_AnsweredByHand", "UserTask_AnswerByHand", "Gateway_ToResult");
    m.flow("Flow_AnswerTermMissed", "BoundaryEvent_AnswerTerm", "Gateway_TermMissed")
        .via(at(510, 258), at(510, 540), at(835, 540));
    m.flow("Flow_HandAnswerTermMissed", "BoundaryEvent_HandAnswerTerm", "Gateway_TermMissed")
        .via(at(1180, 418), at(1180, 540), at(885, 540));
    m.flow("Flow_ToEscalateBreach", "Gateway_TermMissed", "EndEvent_EscalateBreach");
    m.flow("Flow_ToResultDelivery", "Gateway_ToResult", "CallActivity_ResultDelivery");
    m.flow("Flow_ToResultGateway", "CallActivity_ResultDelivery", "Gateway_Result");
    m.flow("Flow_ToGranted", "Gateway_Result", "EndEvent_Granted").named("көрсетілді / оказано")
        .when("${status == 'GRANTED'}");
    m.flow("Flow_ToRefused", "Gateway_Result", "EndEvent_Refused").named("бас тартылды / отказано");
    return m;
  }
}
