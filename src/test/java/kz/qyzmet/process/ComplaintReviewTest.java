package kz.qyzmet.process;

import static kz.qyzmet.process.ProcessScenario.at;
import static kz.qyzmet.process.ProcessScenario.clockAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.util.Map;
import java.util.UUID;
import kz.qyzmet.QyzmetIntegrationTest;
import kz.qyzmet.application.ApplicationRecords;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Complaint review: 5 working days at the provider and at the PSC's head (a complaint about a PSC
 * employee, standard 2 p. 11 with the Law "On public services", art. 25 p. 2), 15 at the quality
 * authority, counted from the day after registration. Registered Wednesday 18 March 2026: due Monday 30 March and Monday 13 April
 * (Nauryz, 21-25 March, lies inside both).
 */
@QyzmetIntegrationTest
class ComplaintReviewTest {

  @Autowired ProcessEngine engine;
  @Autowired ApplicationRecords records;

  ProcessScenario scenario;
  String applicationId;

  @BeforeEach
  void registeredBeforeNauryz() {
    init(engine);
    clockAt("2026-03-18T10:00");
    scenario = new ProcessScenario(engine);
    applicationId = "S02-TEST-" + UUID.randomUUID();
  }

  @AfterEach
  void resetClock() {
    ProcessScenario.resetClock();
  }

  private ProcessInstance complain(String level) {
    String complaintId = "C-" + UUID.randomUUID();
    return engine.getRuntimeService().startProcessInstanceByKey("complaint-review", complaintId, Map.of(
        "applicationId", applicationId, "standardNumber", 2, "standardCode", "s02",
        "applicantName", "Сапарова Айгүл", "complaintLevel", level, "complaintText", "Жауап кешікті",
        "complaintId", complaintId));
  }

  @Test
  void providerLevel_dueFiveWorkingDaysAfterRegistration_forTheDepartmentHeads() {
    ProcessInstance complaint = complain("provider");
    assertThat(complaint).isWaitingAt("UserTask_ReviewComplaint")
        .variables().containsEntry("complaintDueDate", at("2026-03-30T18:00"))
        .containsEntry("complaintRegisteredAt", at("2026-03-18T10:00"));
    assertThat(task(complaint)).hasCandidateGroup("department-heads").hasDueDate(at("2026-03-30T18:00"));
    engine.getTaskService().complete(task(complaint).getId(),
        Map.of("complaintOutcome", "upheld", "complaintReasons", "Мерзім бұзылған"));
    assertThat(complaint).isEnded().hasPassed("EndEvent_Upheld");
  }

  @Test
  void qualityAuthorityLevel_dueFifteenWorkingDaysAfterRegistration_forTheInspectors() {
    ProcessInstance complaint = complain("quality-authority");
    assertThat(task(complaint)).hasCandidateGroup("quality-inspectors").hasDueDate(at("2026-04-13T18:00"));
  }

  @Test
  void pscHeadLevel_aPscEmployeesActions_dueFiveWorkingDaysAfterRegistration_forThePscHeads() {
    ProcessInstance complaint = complain("psc-head");
    assertThat(complaint).isWaitingAt("UserTask_ReviewComplaint").variables()
        .containsEntry("complaintDueDate", at("2026-03-30T18:00"))
        .containsEntry("complaintReviewerGroup", "psc-heads");
    assertThat(task(complaint)).hasCandidateGroup("psc-heads").hasDueDate(at("2026-03-30T18:00"));
    engine.getTaskService().complete(task(complaint).getId(),
        Map.of("complaintOutcome", "upheld", "complaintReasons", "Қызметкер ескерту алды"));
    assertThat(complaint).isEnded().hasPassed("EndEvent_Upheld");
  }

  @Test
  void pscHeadLevel_overdueReview_isRecordedAsABreachOfItsTerm_andEscalated() {
    ProcessInstance complaint = complain("psc-head");
    var timer = engine.getManagementService().createJobQuery().processInstanceId(complaint.getId()).timers()
        .singleResult();
    assertThat(timer.getDuedate()).isEqualTo(at("2026-03-30T18:00"));
    clockAt("2026-03-30T18:01");
    engine.getManagementService().executeJob(timer.getId());
    assertThat(complaint).isWaitingAt("UserTask_ReviewComplaint", "UserTask_AnswerOverdueComplaint");
    assertThat(task("UserTask_AnswerOverdueComplaint", complaint)).hasCandidateGroup("process-owners");
    assertThat(records.breachKinds(applicationId)).containsExactly("COMPLAINT_REVIEW");
  }

  @Test
  void rejectedByThePscHead_goesOnToTheQualityAuthority_withItsOwnFifteenDays() {
    ProcessInstance complaint = complain("psc-head");
    clockAt("2026-03-27T09:00");
    engine.getTaskService().complete(task(complaint).getId(), Map.of("complaintOutcome", "rejected",
        "complaintReasons", "Негізсіз", "appealToQualityAuthority", true));
    ProcessInstance appeal = engine.getRuntimeService().createProcessInstanceQuery()
        .superProcessInstanceId(complaint.getId()).singleResult();
    assertThat(appeal).isWaitingAt("UserTask_ReviewComplaint").variables()
        .containsEntry("complaintLevel", "quality-authority")
        .containsEntry("complaintDueDate", at("2026-04-17T18:00"));
    assertThat(task(appeal)).hasCandidateGroup("quality-inspectors");
  }

  @Test
  void overdueReview_isRecordedAndEscalatedToTheProcessOwners_andTheReviewGoesOn() {
    ProcessInstance complaint = complain("provider");
    engine.getManagementService().executeJob(engine.getManagementService().createJobQuery()
        .processInstanceId(complaint.getId()).timers().singleResult().getId());
    assertThat(complaint).isWaitingAt("UserTask_ReviewComplaint", "UserTask_AnswerOverdueComplaint");
    assertThat(task("UserTask_AnswerOverdueComplaint", complaint)).hasCandidateGroup("process-owners");
    assertThat(records.breachKinds(applicationId)).containsExactly("COMPLAINT_REVIEW");
    engine.getTaskService().complete(task("UserTask_ReviewComplaint", complaint).getId(),
        Map.of("complaintOutcome", "rejected", "complaintReasons", "Негізсіз"));
    assertThat(complaint).isEnded().hasPassed("EndEvent_Rejected");
  }

  @Test
  void rejectedAtTheProvider_goesOnToTheQualityAuthority_withItsOwnFifteenDays() {
    ProcessInstance complaint = complain("provider");
    clockAt("2026-03-27T09:00");
    engine.getTaskService().complete(task(complaint).getId(), Map.of("complaintOutcome", "rejected",
        "complaintReasons", "Негізсіз", "appealToQualityAuthority", true));
    ProcessInstance appeal = engine.getRuntimeService().createProcessInstanceQuery()
        .superProcessInstanceId(complaint.getId()).singleResult();
    assertThat(appeal).isWaitingAt("UserTask_ReviewComplaint").variables()
        .containsEntry("complaintLevel", "quality-authority")
        .containsEntry("complaintDueDate", at("2026-04-17T18:00"));
    assertThat(task(appeal)).hasCandidateGroup("quality-inspectors");
    assertThat(appeal.getBusinessKey()).isEqualTo(complaint.getBusinessKey() + "-QA");
    engine.getTaskService().complete(task(appeal).getId(), Map.of("complaintOutcome", "upheld",
        "complaintReasons", "Қайта қарау"));
    assertThat(complaint).isEnded().hasPassed("CallActivity_QualityAuthorityReview", "EndEvent_Appealed");
  }
}
