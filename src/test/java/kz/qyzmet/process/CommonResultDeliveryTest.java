package kz.qyzmet.process;

import static kz.qyzmet.process.ProcessScenario.at;
import static kz.qyzmet.process.ProcessScenario.clockAt;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.util.Map;
import kz.qyzmet.QyzmetIntegrationTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The shared result-delivery block: the result goes back through the channel the application came from. */
@QyzmetIntegrationTest
class CommonResultDeliveryTest {

  @Autowired ProcessEngine engine;

  @BeforeEach
  void clock() {
    init(engine);
    clockAt("2026-04-01T10:00");
  }

  @AfterEach
  void resetClock() {
    ProcessScenario.resetClock();
  }

  private ProcessInstance deliver(String channel, String decision) {
    Map<String, Object> variables = BlockTestSupport.application(channel, at("2026-03-18T10:00"));
    variables.putAll(Map.of("decision", decision, "intakeGroup", "psc".equals(channel) ? "psc-operators"
        : "ztmo-specialists", "statutoryDueDate", at("2026-04-06T18:00"), "reminderDate", at("2026-04-02T18:00")));
    return engine.getRuntimeService().startProcessInstanceByKey("common-result-delivery",
        BlockTestSupport.businessKey(variables), variables);
  }

  @Test
  void grantedAtThePsc_isHandedOverByAnOperatorBeforeTheStatutoryDate() {
    ProcessInstance delivery = deliver("psc", "grant");
    assertThat(delivery).isWaitingAt("UserTask_HandOverResult");
    assertThat(task(delivery)).hasCandidateGroup("psc-operators").hasDueDate(at("2026-04-06T18:00"));
    engine.getTaskService().complete(task(delivery).getId());
    assertThat(delivery).isEnded().hasPassedInOrder("ServiceTask_ResultReady", "UserTask_HandOverResult",
        "ServiceTask_Granted", "EndEvent_Granted").variables().containsEntry("status", "GRANTED");
  }

  @Test
  void refusalThroughThePortal_isPublishedToThePersonalCabinetWithoutAWorker() {
    ProcessInstance delivery = deliver("portal", "refuse");
    assertThat(delivery).isEnded().hasPassed("ServiceTask_PublishToCabinet", "EndEvent_Refused")
        .hasNotPassed("UserTask_HandOverResult")
        .variables().containsEntry("status", "REFUSED").containsEntry("resultPublishedAt", at("2026-04-01T10:00"));
  }
}
