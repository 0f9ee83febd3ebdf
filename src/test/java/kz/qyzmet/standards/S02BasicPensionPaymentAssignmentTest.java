package kz.qyzmet.standards;

import kz.qyzmet.tasklist.TaskForms;
import static kz.qyzmet.process.ProcessScenario.at;
import static kz.qyzmet.process.ProcessScenario.clockAt;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import kz.qyzmet.TestIins;
import kz.qyzmet.calendar.CalendarCorrection;
import kz.qyzmet.calendar.CalendarCorrections;
import kz.qyzmet.QyzmetIntegrationTest;
import kz.qyzmet.application.ApplicationRecords;
import kz.qyzmet.application.ApplicationStatus;
import kz.qyzmet.process.ProcessScenario;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Standard 2, the state basic pension payment: 10 working days at ZTMO and the PSC (p. 4(1)), the
 * portal answering information requests within 30 minutes. Every scenario is submitted on
 * Wednesday 18 March 2026, just before Nauryz (21-25 March off), so day 10 is Monday 6 April.
 */
@QyzmetIntegrationTest
class S02BasicPensionPaymentAssignmentTest {
  @org.springframework.boot.test.web.server.LocalServerPort int port;
  private TaskForms forms;

  /** What the task forms show, read over HTTP as Tasklist reads it. */
  private TaskForms forms() {
    return forms == null ? forms = new TaskForms(port, engine) : forms;
  }


  static final String PROCESS = "s02-basic-pension-payment-assignment";
  static final String COMPLETE_PACKAGE = "application,identity_document,residence_registration_proof,bank_account_details";

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired ApplicationRecords records;
  @Autowired CalendarCorrections corrections;

  ProcessScenario scenario;

  @BeforeEach
  void submittedJustBeforeNauryz() {
    clockAt("2026-03-18T10:00");
    scenario = new ProcessScenario(engine);
  }

  @AfterEach
  void resetClock() {
    ProcessScenario.resetClock();
  }

  /** Each scenario has an applicant of its own: the portal's answers read the applicant's history. */
  private String applicantIin = TestIins.random("8501013");

  private void submit(String channel, String documents) {
    scenario.start(PROCESS, Map.of("channel", channel, "applicantName", "Сапарова Айгүл Маратқызы",
        "applicantIin", applicantIin, "documentsSubmitted", documents));
  }

  @Test
  void pscHappyPath_dueOnTheTenthWorkingDayAfterNauryz_forwardedReviewedGrantedHandedOver() {
    submit("psc", COMPLETE_PACKAGE);
    String id = scenario.instance().getBusinessKey();

    assertThat(scenario.variable("statutoryDueDate")).isEqualTo(at("2026-04-06T18:00"));
    assertThat(scenario.variable("status")).isEqualTo("REGISTERED");
    var forward = scenario.task("UserTask_ForwardPackage");
    assertThat(forward.getName()).isEqualTo("S02 · Құжаттарды жіберу / Направить документы услугодателю · Сапарова А.");
    assertThat(forward.getDueDate()).isEqualTo(at("2026-04-06T18:00"));
    assertThat(forward.getFollowUpDate()).isEqualTo(at("2026-04-02T18:00"));
    scenario.complete("UserTask_ForwardPackage");

    var review = scenario.task("UserTask_ReviewApplication");
    assertThat(review.getDueDate()).isEqualTo(at("2026-04-06T18:00"));
    assertThat(engine.getTaskService().getIdentityLinksForTask(review.getId()))
        .anyMatch(link -> "ztmo-specialists".equals(link.getGroupId()));
    scenario.complete("UserTask_ReviewApplication", Map.of("decision", "grant"));

    var handOver = scenario.task("UserTask_HandOverResult");
    assertThat(engine.getTaskService().getIdentityLinksForTask(handOver.getId()))
        .anyMatch(link -> "psc-operators".equals(link.getGroupId()));
    scenario.complete("UserTask_HandOverResult");

    assertThat(scenario.ended()).isTrue();
    assertThat(scenario.path()).containsSubsequence("StartEvent_ApplicationSubmitted", "CallActivity_Intake",
        "Gateway_Accepted", "CallActivity_Review", "Gateway_Withdrawn", "CallActivity_ResultDelivery",
        "EndEvent_Granted");
    var record = records.find(id).orElseThrow();
    assertThat(record.status()).isEqualTo(ApplicationStatus.GRANTED);
    assertThat(record.originalDueAt().toInstant()).isEqualTo(at("2026-04-06T18:00").toInstant());
  }

  @Test
  void ztmoHappyPath_reviewedAtOnceWithTheSameStatutoryDate() {
    submit("ztmo", COMPLETE_PACKAGE);
    assertThat(scenario.openTasks()).extracting("taskDefinitionKey").containsExactly("UserTask_ReviewApplication");
    assertThat(scenario.task("UserTask_ReviewApplication").getDueDate()).isEqualTo(at("2026-04-06T18:00"));
    scenario.complete("UserTask_ReviewApplication", Map.of("decision", "grant"));
    scenario.complete("UserTask_HandOverResult");
    assertThat(scenario.variable("status")).isEqualTo("GRANTED");
  }

  @Test
  void portalInformationRequest_isAnsweredAutomatically() {
    submit("portal", "electronic_request");
    assertThat(scenario.ended()).isTrue();
    assertThat(scenario.variable("status")).isEqualTo("ANSWERED");
    assertThat(scenario.variable("informationAnswer")).isEqualTo("NO_DECISION");
    assertThat(scenario.path()).contains("ServiceTask_AnswerInformation", "EndEvent_Answered")
        .doesNotContain("CallActivity_Intake");
  }

  @Test
  void portalInformationRequest_answersWithTheDecisionOnTheApplicantsApplication() {
    submit("ztmo", COMPLETE_PACKAGE);
    scenario.complete("UserTask_ReviewApplication", Map.of("decision", "grant"));
    scenario.complete("UserTask_HandOverResult");
    submit("portal", "electronic_request");
    assertThat(scenario.variable("informationAnswer")).isEqualTo("GRANTED");
  }

  @Test
  void pscRefusesToAcceptAnIncompletePackage_namingTheMissingDocument() {
    submit("psc", "application,identity_document,residence_registration_proof");
    assertThat(scenario.ended()).isTrue();
    assertThat(scenario.variable("status")).isEqualTo("REFUSED_TO_ACCEPT");
    assertThat(scenario.variable("missingDocuments")).isEqualTo("bank_account_details");
    assertThat(scenario.path()).endsWith("EndEvent_RefusedToAccept");
    assertThat(records.find(scenario.instance().getBusinessKey()).orElseThrow().status())
        .isEqualTo(ApplicationStatus.REFUSED_TO_ACCEPT);
  }

  @Test
  void pscOperatorTakesItInWithTheStartFormsChecklists_andForwardsItAsTheirOwnTask() {
    // Tasklist submits a checklist as a Json array; the start turns it into the process's code list.
    engine.getIdentityService().setAuthentication("psc.operator", List.of("psc-operators"));
    try {
      scenario.start(PROCESS, Map.of("channel", "psc", "applicantName", "Сапарова Айгүл Маратқызы",
          "applicantIin", applicantIin, "applicantFlags", SpinValues.jsonValue("[]").create(),
          "documentsSubmitted", SpinValues.jsonValue("[\"application\",\"identity_document\","
              + "\"residence_registration_proof\",\"bank_account_details\"]").create()));
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    assertThat(scenario.variable("documentsSubmitted")).isEqualTo(COMPLETE_PACKAGE);
    assertThat(scenario.variable("applicantFlags")).isEqualTo("");
    assertThat(scenario.variable("acceptedBy")).isEqualTo("psc.operator");
    assertThat(scenario.variable("status")).isEqualTo("REGISTERED");
    assertThat(scenario.task("UserTask_ForwardPackage").getAssignee()).isEqualTo("psc.operator");
    scenario.complete("UserTask_ForwardPackage");
    // The review is the pension centre's: it stays in their queue.
    assertThat(scenario.task("UserTask_ReviewApplication").getAssignee()).isNull();
  }

  @Test
  void ztmoSpecialistWhoTookItIn_reviewsItAsTheirOwnTask() {
    engine.getIdentityService().setAuthentication("ztmo.specialist", List.of("ztmo-specialists"));
    try {
      submit("ztmo", COMPLETE_PACKAGE);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    assertThat(scenario.task("UserTask_ReviewApplication").getAssignee()).isEqualTo("ztmo.specialist");
  }

  @Test
  void pscOperatorWhoRefusedAnIncompletePackage_handsTheRefusalReceipt_namingTheMissingDocument() {
    engine.getIdentityService().setAuthentication("psc.operator", List.of("psc-operators"));
    try {
      submit("psc", "application,identity_document,residence_registration_proof");
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    // The application is refused at once; the receipt task is the operator's last step on it.
    assertThat(records.find(scenario.instance().getBusinessKey()).orElseThrow().status())
        .isEqualTo(ApplicationStatus.REFUSED_TO_ACCEPT);
    var receipt = scenario.task("UserTask_HandRefusalReceipt");
    assertThat(receipt.getAssignee()).isEqualTo("psc.operator");
    assertThat(receipt.getName()).isEqualTo("S02 · Бас тарту қолхатын беру / Выдать расписку об отказе · Сапарова А.");
    assertThat(engine.getTaskService().getIdentityLinksForTask(receipt.getId()))
        .anyMatch(link -> "psc-operators".equals(link.getGroupId()));
    assertThat((String) forms().shown(receipt.getId(), "missingDocumentsText"))
        .isEqualTo("- зейнетақылар және жәрдемақылар беру жөніндегі уәкілетті ұйымның банк шотының не түзеу "
            + "мекемесінің қолма-қол ақшаны бақылау шотының нөмірі туралы мәліметтер / сведения о номере банковского "
            + "счета в уполномоченной организации по выдаче пенсий и пособий либо контрольного счета наличности "
            + "исправительного учреждения (9-тармақ 4) тармақша / п. 9 пп. 4)); *салыстыру үшін түпнұсқа / оригинал для сверки*");
    scenario.complete("UserTask_HandRefusalReceipt", Map.of("receiptHanded", true));
    assertThat(scenario.ended()).isTrue();
    assertThat(scenario.variable("status")).isEqualTo("REFUSED_TO_ACCEPT");
    assertThat(scenario.path()).endsWith("EndEvent_RefusedToAccept");
  }

  @Test
  void refusalOnOneOfItsGrounds_isHandedBackAndEndsRefused() {
    submit("ztmo", COMPLETE_PACKAGE);
    scenario.complete("UserTask_ReviewApplication", Map.of("decision", "refuse", "refusalGround",
        "no-right-to-the-service", "decisionComment", "Жасы жетпеген"));
    scenario.complete("UserTask_HandOverResult");
    assertThat(scenario.variable("status")).isEqualTo("REFUSED");
    assertThat(scenario.variable("refusalGround")).isEqualTo("no-right-to-the-service");
    assertThat(scenario.path()).endsWith("EndEvent_Refused");
  }

  @Test
  void documentRequest_extendsToTheCap_thenTenWorkingDaysFromTheirArrival() {
    submit("ztmo", COMPLETE_PACKAGE);
    clockAt("2026-03-20T11:00");
    scenario.complete("UserTask_ReviewApplication", Map.of("decision", "request-documents",
        "requestedDocuments", "disability_certificate"));

    // Waiting: due at the 30-working-day cap (1 May is a holiday), the applicant to be told in 5.
    var notify = scenario.task("UserTask_NotifyApplicant");
    assertThat(notify.getDueDate()).isEqualTo(at("2026-04-01T18:00"));
    var receive = scenario.task("UserTask_ReceiveDocuments");
    assertThat(receive.getDueDate()).isEqualTo(at("2026-05-05T18:00"));
    assertThat(scenario.timer("BoundaryEvent_StatutoryDeadline").getDuedate()).isEqualTo(at("2026-05-05T18:00"));
    assertThat(records.find(scenario.instance().getBusinessKey()).orElseThrow().status())
        .isEqualTo(ApplicationStatus.AWAITING_DOCUMENTS);
    scenario.complete("UserTask_NotifyApplicant");

    clockAt("2026-04-10T12:00");
    runtime.createMessageCorrelation("DocumentsDelivered")
        .processInstanceBusinessKey(scenario.instance().getBusinessKey())
        .setVariable("documentsDelivered", "disability_certificate")
        .correlate();

    var review = scenario.task("UserTask_ReviewApplication");
    assertThat(review.getDueDate()).isEqualTo(at("2026-04-24T18:00"));
    assertThat(scenario.timer("BoundaryEvent_StatutoryDeadline").getDuedate()).isEqualTo(at("2026-04-24T18:00"));
    scenario.complete("UserTask_ReviewApplication", Map.of("decision", "grant"));
    scenario.complete("UserTask_HandOverResult");
    assertThat(scenario.variable("status")).isEqualTo("GRANTED");
    assertThat(records.deadlineChanges(scenario.instance().getBusinessKey()))
        .extracting("kind").containsExactly("REGISTERED", "DOCUMENT_REQUEST", "DOCUMENTS_ARRIVED");
  }

  @Test
  void deadlineBreach_escalatesToTheHeadOnTheDueDay_andTheReviewGoesOn() {
    submit("ztmo", COMPLETE_PACKAGE);
    scenario.moveClockAndFireTimers("2026-04-02T18:00");
    assertThat(scenario.hasTimer("BoundaryEvent_DeadlineReminder")).isFalse();
    assertThat(records.breachCount(scenario.instance().getBusinessKey())).isZero();

    scenario.moveClockAndFireTimers("2026-04-06T17:59");
    assertThat(records.breachCount(scenario.instance().getBusinessKey())).isZero();

    scenario.moveClockAndFireTimers("2026-04-06T18:00");
    assertThat(records.breachKinds(scenario.instance().getBusinessKey())).containsExactly("SERVICE_TERM");
    var head = scenario.task("UserTask_AnswerBreach");
    assertThat(engine.getTaskService().getIdentityLinksForTask(head.getId()))
        .anyMatch(link -> "department-heads".equals(link.getGroupId()));
    assertThat(scenario.task("UserTask_ReviewApplication")).isNotNull();

    scenario.complete("UserTask_ReviewApplication", Map.of("decision", "grant"));
    scenario.complete("UserTask_HandOverResult");
    assertThat(scenario.ended()).isTrue();
    assertThat(scenario.variable("statutoryDeadlineBreached")).isEqualTo(true);
  }

  @Test
  void calendarCorrection_kurbanAit2024MovedToSunday_movesTheRunningApplicationOneWorkingDayEarlier() {
    clockAt("2024-06-10T10:00");
    long announced = corrections.add(kurbanAit("2024-06-17", "As first announced"), "test").correction().id();
    long corrected = -1;
    try {
      submit("ztmo", COMPLETE_PACKAGE);
      // 11, 12, 13, 14, (17 off) 18, 19, 20, 21, 24, 25 June.
      assertThat(scenario.task("UserTask_ReviewApplication").getDueDate()).isEqualTo(at("2024-06-25T18:00"));

      corrected = corrections.add(kurbanAit("2024-06-16", "Corrected: Sunday 16 June"), "test").correction().id();

      assertThat(scenario.task("UserTask_ReviewApplication").getDueDate()).isEqualTo(at("2024-06-24T18:00"));
      assertThat(scenario.task("UserTask_ReviewApplication").getFollowUpDate()).isEqualTo(at("2024-06-20T18:00"));
      assertThat(scenario.timer("BoundaryEvent_StatutoryDeadline").getDuedate()).isEqualTo(at("2024-06-24T18:00"));
      String id = scenario.instance().getBusinessKey();
      assertThat(records.find(id).orElseThrow().dueAt().toInstant()).isEqualTo(at("2024-06-24T18:00").toInstant());
      assertThat(records.deadlineChanges(id)).extracting("kind").containsExactly("REGISTERED", "CALENDAR_CORRECTION");
    } finally {
      corrections.revoke(announced, "test over", "test");
      if (corrected > 0) {
        corrections.revoke(corrected, "test over", "test");
      }
    }
  }

  private static CalendarCorrections.Request kurbanAit(String date, String reason) {
    return new CalendarCorrections.Request(CalendarCorrection.Kind.KURBAN_AIT, LocalDate.parse(date), null, null,
        "Spiritual Administration of Muslims of Kazakhstan", reason);
  }
}
