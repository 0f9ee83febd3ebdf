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
 * The shared review block under the statutory deadline, for a standard 2 application submitted on
 * Wednesday 18 March 2026 (due Monday 6 April at 18:00, follow-up Thursday 2 April).
 */
@QyzmetIntegrationTest
class CommonStatutoryReviewTest {

  @Autowired ProcessEngine engine;
  @Autowired ApplicationRecords records;

  ProcessScenario scenario;

  @BeforeEach
  void registered() {
    init(engine);
    clockAt("2026-03-18T10:05");
    scenario = new ProcessScenario(engine);
  }

  @AfterEach
  void resetClock() {
    ProcessScenario.resetClock();
  }

  private ProcessInstance review(String channel) {
    Map<String, Object> variables = BlockTestSupport.application(channel, at("2026-03-18T10:00"));
    variables.putAll(Map.of("intakeGroup", "psc".equals(channel) ? "psc-operators" : "ztmo-specialists",
        "reviewerGroup", "ztmo-specialists", "statutoryDueDate", at("2026-04-06T18:00"),
        "reminderDate", at("2026-04-02T18:00"), "documentsSubmitted", "application", "requiredDocuments",
        "application", "missingDocuments", ""));
    variables.putAll(Map.of("reviewDueDate", at("2026-04-06T18:00"), "resultDueDate", at("2026-04-06T18:00")));
    return scenario.start("common-statutory-review", BlockTestSupport.businessKey(variables), variables);
  }

  @Test
  void atAPsc_theOperatorForwardsThePackageFirst() {
    ProcessInstance review = review("psc");
    assertThat(review).isWaitingAt("UserTask_ForwardPackage");
    assertThat(task(review)).hasCandidateGroup("psc-operators");
    engine.getTaskService().complete(task(review).getId());
    assertThat(review).isWaitingAt("UserTask_ReviewApplication");
    assertThat(task(review)).hasCandidateGroup("ztmo-specialists").hasDueDate(at("2026-04-06T18:00"));
  }

  @Test
  void reminderFiresOnTheFollowUpDate_andTheBreachOnTheDueDate_once() {
    ProcessInstance review = review("ztmo");
    assertThat(scenario.timer("BoundaryEvent_DeadlineReminder").getDuedate()).isEqualTo(at("2026-04-02T18:00"));
    scenario.moveClockAndFireTimers("2026-04-02T18:00");
    assertThat(review).hasPassed("ServiceTask_Remind").isWaitingAt("UserTask_ReviewApplication")
        .variables().containsEntry("reminderSentAt", at("2026-04-02T18:00"));

    scenario.moveClockAndFireTimers("2026-04-06T18:00");
    assertThat(review).hasPassed("EndEvent_EscalateBreach", "ServiceTask_RecordBreach")
        .isWaitingAt("UserTask_ReviewApplication", "UserTask_AnswerBreach");
    assertThat(task("UserTask_AnswerBreach", review)).hasCandidateGroup("department-heads");
    assertThat(records.breachKinds(review.getBusinessKey())).containsExactly("SERVICE_TERM");
  }

  @Test
  void aDecisionClosesTheHeadsTaskButTheBreachStaysRecorded() {
    ProcessInstance review = review("ztmo");
    scenario.moveClockAndFireTimers("2026-04-06T18:00");
    engine.getTaskService().complete(task("UserTask_ReviewApplication", review).getId(), Map.of("decision", "grant"));
    assertThat(review).isEnded().hasPassed("EndEvent_ReviewDone");
    assertThat(scenario.openTasks()).isEmpty();
    assertThat(records.breachCount(review.getBusinessKey())).isEqualTo(1);
  }

  @Test
  void withdrawal_endsTheReview() {
    ProcessInstance review = review("ztmo");
    engine.getTaskService().complete(task(review).getId(), Map.of("decision", "withdraw",
        "decisionComment", "Өтініш беруші кері қайтарып алды"));
    assertThat(review).isEnded().variables().containsEntry("decision", "withdraw");
  }
}
