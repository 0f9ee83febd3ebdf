package kz.qyzmet.standards;

import static kz.qyzmet.process.ProcessScenario.at;
import static kz.qyzmet.process.ProcessScenario.clockAt;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import kz.qyzmet.QyzmetIntegrationTest;
import kz.qyzmet.TestIins;
import kz.qyzmet.application.ApplicationRecords;
import kz.qyzmet.process.CodeList;
import kz.qyzmet.process.ProcessScenario;
import kz.qyzmet.process.RequiredDocuments;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Standard 29, permits for foreign labour: a total term that is a chain of stages (p. 4). For an
 * employer's permit issued on an application of Wednesday 18 March 2026: decision in 15 working days
 * (13 April), the notice of it in 3, the employer's departure-guarantee documents in 20 after the
 * notice, the hand-over in 3 after them, all within 41 (22 May: 1, 7 and 11 May are days off).
 */
@QyzmetIntegrationTest
class S29ForeignLabourPermitsTest {

  static final String PROCESS = "s29-foreign-labour-permits";

  @Autowired ProcessEngine engine;
  @Autowired ApplicationRecords records;
  @Autowired RequiredDocuments requiredDocuments;

  ProcessScenario scenario;

  @BeforeEach
  void submitted() {
    clockAt("2026-03-18T10:00");
    scenario = new ProcessScenario(engine);
  }

  @AfterEach
  void resetClock() {
    ProcessScenario.resetClock();
  }

  private void submit(String caseType) {
    String documents = CodeList.format(requiredDocuments.evaluate(29, "provider", caseType, java.util.List.of(), null)
        .stream().filter(d -> d.alternativeGroup() == null || d.alternativeGroup().isBlank())
        .map(d -> d.code()).toList());
    scenario.start(PROCESS, Map.of("channel", "provider", "caseType", caseType, "applicantName", "ТОО Құрылыс Сервис",
        "applicantIin", TestIins.random("8501014"), "documentsSubmitted", documents));
  }

  @Test
  void employerIssue_everyStageCarriesItsOwnDate_andThePermitIsHandedOver() {
    submit("employer-issue");
    assertThat(scenario.task("UserTask_ReviewApplication").getDueDate()).isEqualTo(at("2026-04-13T18:00"));
    assertThat(scenario.timer("BoundaryEvent_DecisionStage").getDuedate()).isEqualTo(at("2026-04-13T18:00"));
    assertThat(scenario.timer("BoundaryEvent_StatutoryDeadline").getDuedate()).isEqualTo(at("2026-05-22T18:00"));

    clockAt("2026-04-10T10:00");
    scenario.complete("UserTask_ReviewApplication", Map.of("decision", "grant"));
    assertThat(scenario.task("UserTask_NotifyDecision").getDueDate()).isEqualTo(at("2026-04-15T18:00"));

    clockAt("2026-04-14T10:00");
    scenario.complete("UserTask_NotifyDecision");
    assertThat(scenario.task("UserTask_ReceiveApplicantDocuments").getDueDate()).isEqualTo(at("2026-05-15T18:00"));

    clockAt("2026-04-20T10:00");
    engine.getRuntimeService().createMessageCorrelation("DocumentsDelivered")
        .processInstanceBusinessKey(scenario.instance().getBusinessKey())
        .setVariable("documentsDelivered", "departure_guarantee").correlate();
    assertThat(scenario.task("UserTask_HandOverResult").getDueDate()).isEqualTo(at("2026-04-23T18:00"));
    scenario.complete("UserTask_HandOverResult");

    assertThat(scenario.ended()).isTrue();
    assertThat(scenario.variable("status")).isEqualTo("GRANTED");
    assertThat(records.breachCount(scenario.instance().getBusinessKey())).isZero();
  }

  @Test
  void aLateDecision_isABreachOfItsStage_beforeTheTotalTermRunsOut() {
    submit("employer-issue");
    scenario.moveClockAndFireTimers("2026-04-13T18:00");
    assertThat(records.breachKinds(scenario.instance().getBusinessKey())).containsExactly("DECISION_STAGE");
    assertThat(scenario.task("UserTask_ReviewApplication")).isNotNull();
  }

  @Test
  void theEmployerMissesTheTwentyDays_theHeadClosesTheApplicationAsWithdrawn() {
    submit("employer-issue");
    clockAt("2026-04-10T10:00");
    scenario.complete("UserTask_ReviewApplication", Map.of("decision", "grant"));
    clockAt("2026-04-14T10:00");
    scenario.complete("UserTask_NotifyDecision");

    scenario.moveClockAndFireTimers("2026-05-15T18:00");
    assertThat(records.breachKinds(scenario.instance().getBusinessKey())).contains("APPLICANT_STAGE_MISSED");
    scenario.complete("UserTask_DecideOnMissedApplicantStage", Map.of("missedStageDecision", "withdraw"));
    assertThat(scenario.ended()).isTrue();
    assertThat(scenario.variable("status")).isEqualTo("WITHDRAWN");
    assertThat(scenario.path()).endsWith("EndEvent_Withdrawn");
  }

  @Test
  void theEmployerMissesTheTwentyDays_theHeadWaits_andTheLateDocumentsStillLeadToThePermit() {
    submit("employer-issue");
    clockAt("2026-04-10T10:00");
    scenario.complete("UserTask_ReviewApplication", Map.of("decision", "grant"));
    scenario.complete("UserTask_NotifyDecision");
    scenario.moveClockAndFireTimers("2026-05-15T18:00");
    scenario.complete("UserTask_DecideOnMissedApplicantStage", Map.of("missedStageDecision", "wait"));
    clockAt("2026-05-18T10:00");
    scenario.complete("UserTask_ReceiveLateApplicantDocuments", Map.of("documentsDelivered", "departure_guarantee"));
    // 19, 20, 21 May.
    assertThat(scenario.task("UserTask_HandOverResult").getDueDate()).isEqualTo(at("2026-05-21T18:00"));
    scenario.complete("UserTask_HandOverResult");
    // The head's choice does not overwrite the decision on the application.
    assertThat(scenario.variable("status")).isEqualTo("GRANTED");
    assertThat(scenario.path()).endsWith("EndEvent_Granted");
  }

  @Test
  void employerExtension_decisionInFive_noticeInThree_noApplicantStage() {
    submit("employer-extension");
    assertThat(scenario.task("UserTask_ReviewApplication").getDueDate()).isEqualTo(at("2026-03-30T18:00"));
    assertThat(scenario.timer("BoundaryEvent_StatutoryDeadline").getDuedate()).isEqualTo(at("2026-04-02T18:00"));
    clockAt("2026-03-27T10:00");
    scenario.complete("UserTask_ReviewApplication", Map.of("decision", "grant"));
    assertThat(scenario.task("UserTask_NotifyDecision").getDueDate()).isEqualTo(at("2026-04-01T18:00"));
    scenario.complete("UserTask_NotifyDecision");
    assertThat(scenario.task("UserTask_HandOverResult").getDueDate()).isEqualTo(at("2026-04-02T18:00"));
    scenario.complete("UserTask_HandOverResult");
    assertThat(scenario.variable("status")).isEqualTo("GRANTED");
  }

  @Test
  void workerReissue_threeWorkingDays() {
    submit("worker-reissue");
    assertThat(scenario.task("UserTask_ReviewApplication").getDueDate()).isEqualTo(at("2026-03-26T18:00"));
    scenario.complete("UserTask_ReviewApplication", Map.of("decision", "grant"));
    scenario.complete("UserTask_HandOverResult");
    assertThat(scenario.variable("status")).isEqualTo("GRANTED");
  }

  @Test
  void workerIssue_refused_endsWithoutTheApplicantStages() {
    submit("worker-issue-extension");
    // The worker's decision stage: 5 working days.
    assertThat(scenario.task("UserTask_ReviewApplication").getDueDate()).isEqualTo(at("2026-03-30T18:00"));
    scenario.complete("UserTask_ReviewApplication", Map.of("decision", "refuse", "refusalGround", "other"));
    scenario.complete("UserTask_HandOverResult");
    assertThat(scenario.variable("status")).isEqualTo("REFUSED");
    assertThat(scenario.path()).endsWith("EndEvent_Refused");
  }
}
