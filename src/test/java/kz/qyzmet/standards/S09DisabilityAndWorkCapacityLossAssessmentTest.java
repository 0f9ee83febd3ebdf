package kz.qyzmet.standards;

import static kz.qyzmet.process.ProcessScenario.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import kz.qyzmet.QyzmetIntegrationTest;
import kz.qyzmet.process.ProcessScenario;
import org.junit.jupiter.api.Test;

/**
 * Standard 9, disability and the degree of lost working capacity: decided the same day (p. 4(1)), or
 * within 10 working days of registration when further examination is needed.
 */
@QyzmetIntegrationTest
class S09DisabilityAndWorkCapacityLossAssessmentTest extends StandardProcessScenarios {

  @Override
  int standardNumber() {
    return 9;
  }

  @Override
  String expectedDueDate(String channel) {
    return "2026-03-18T18:00";
  }

  @Test
  void furtherExamination_extendsTheSameDayDecisionToTenWorkingDays() {
    toReview("provider");
    assertThat(scenario.task("UserTask_ReviewApplication").getDueDate()).isEqualTo(at("2026-03-18T18:00"));
    scenario.complete("UserTask_ReviewApplication", Map.of("decision", "extend", "extensionKind", "examination",
        "extensionReason", "Диагнозды нақтылау қажет"));
    assertThat(scenario.task("UserTask_ReviewApplication").getDueDate()).isEqualTo(at("2026-04-06T18:00"));
    assertThat(scenario.timer("BoundaryEvent_StatutoryDeadline").getDuedate()).isEqualTo(at("2026-04-06T18:00"));
    scenario.complete("UserTask_ReviewApplication", Map.of("decision", "grant"));
    scenario.complete("UserTask_HandOverResult");
    assertThat(scenario.variable("status")).isEqualTo("GRANTED");
  }

  @Test
  void submittedAfterTheCloseOfTheDay_isDecidedOnTheNextWorkingDay() {
    ProcessScenario.clockAt("2026-03-20T18:30");
    submit("provider", completePackage("provider"));
    // Friday evening before Nauryz: the next working day is Thursday 26 March.
    assertThat(scenario.task("UserTask_ReviewApplication").getDueDate()).isEqualTo(at("2026-03-26T18:00"));
  }
}
