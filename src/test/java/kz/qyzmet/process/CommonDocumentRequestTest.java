package kz.qyzmet.process;

import static kz.qyzmet.process.ProcessScenario.at;
import static kz.qyzmet.process.ProcessScenario.clockAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.util.Map;
import kz.qyzmet.QyzmetIntegrationTest;
import kz.qyzmet.application.ApplicationRecords;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The shared document-request block: the applicant told within the notice term while the documents
 * are awaited until the cap. Requested on Friday 20 March 2026 for an application of 18 March:
 * notice due Wednesday 1 April, cap (30 working days from submission) Tuesday 5 May.
 */
@QyzmetIntegrationTest
class CommonDocumentRequestTest {

  @Autowired ProcessEngine engine;
  @Autowired ApplicationRecords records;

  ProcessScenario scenario;

  @BeforeEach
  void requestedOnFriday() {
    init(engine);
    clockAt("2026-03-20T11:00");
    scenario = new ProcessScenario(engine);
    Map<String, Object> variables = BlockTestSupport.application("ztmo", at("2026-03-18T10:00"));
    variables.putAll(Map.of("intakeGroup", "ztmo-specialists", "reviewerGroup", "ztmo-specialists",
        "requestedDocuments", "disability_certificate", "documentsRequestedAt", at("2026-03-20T11:00"),
        "notifyApplicantDueDate", at("2026-04-01T18:00"), "documentsCapDate", at("2026-05-05T18:00")));
    scenario.start("common-document-request", BlockTestSupport.businessKey(variables), variables);
  }

  @AfterEach
  void resetClock() {
    ProcessScenario.resetClock();
  }

  private ProcessInstance instance() {
    return scenario.instance();
  }

  @Test
  void theApplicantIsToldAndTheDocumentsAwaited_inParallel() {
    assertThat(instance()).isWaitingAt("UserTask_NotifyApplicant", "UserTask_ReceiveDocuments");
    assertThat(task("UserTask_NotifyApplicant", instance())).hasDueDate(at("2026-04-01T18:00"))
        .hasCandidateGroup("ztmo-specialists");
    assertThat(task("UserTask_ReceiveDocuments", instance())).hasDueDate(at("2026-05-05T18:00"));
  }

  @Test
  void documentsEnteredByAnOperator_closeTheRequestEvenBeforeTheNotice() {
    engine.getTaskService().complete(task("UserTask_ReceiveDocuments", instance()).getId(),
        Map.of("documentsDelivered", "disability_certificate"));
    assertThat(instance()).isEnded().hasPassed("EndEvent_DocumentsReceived")
        .variables().containsEntry("documentsOutcome", "DELIVERED");
  }

  @Test
  void missedNotice_isRecordedAndEscalatedToTheHead_whileTheDocumentsAreStillAwaited() {
    scenario.moveClockAndFireTimers("2026-04-01T18:00");
    assertThat(instance()).isWaitingAt("UserTask_NotifyApplicant", "UserTask_ReceiveDocuments",
        "UserTask_AnswerMissedNotification");
    assertThat(task("UserTask_AnswerMissedNotification", instance())).hasCandidateGroup("department-heads");
    assertThat(records.breachKinds(instance().getBusinessKey())).containsExactly("APPLICANT_NOTIFICATION");
  }

  @Test
  void nothingByTheCap_theHeadRefuses() {
    scenario.moveClockAndFireTimers("2026-05-05T17:59");
    assertThat(instance()).isWaitingAt("UserTask_ReceiveDocuments");
    scenario.moveClockAndFireTimers("2026-05-05T18:00");
    assertThat(instance()).isWaitingAt("UserTask_DecideWithoutDocuments");
    engine.getTaskService().complete(task("UserTask_DecideWithoutDocuments", instance()).getId(),
        Map.of("decision", "refuse", "refusalGround", "documents-not-provided"));
    assertThat(instance()).isEnded().hasPassed("ServiceTask_RecordCapBreach", "EndEvent_ClosedWithoutDocuments")
        .variables().containsEntry("documentsOutcome", "REFUSED");
    assertThat(records.breachKinds(instance().getBusinessKey())).contains("DOCUMENTS_CAP");
  }

  @Test
  void nothingByTheCap_theHeadClosesAsWithdrawn() {
    scenario.moveClockAndFireTimers("2026-05-05T18:00");
    engine.getTaskService().complete(task("UserTask_DecideWithoutDocuments", instance()).getId(),
        Map.of("decision", "withdraw"));
    assertThat(instance()).isEnded().variables().containsEntry("documentsOutcome", "WITHDRAWN");
  }
}
