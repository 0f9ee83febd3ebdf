package kz.qyzmet.standards;

import static kz.qyzmet.process.ProcessScenario.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import kz.qyzmet.QyzmetIntegrationTest;

/** Standard 5 of Decree No. 217, submitted on Wednesday 18 March 2026: due on 2026-04-06. */
@QyzmetIntegrationTest
class S05SocialInsuranceRiskPaymentsAssignmentTest extends StandardProcessScenarios {

  @Override
  int standardNumber() {
    return 5;
  }

  @Override
  String expectedDueDate(String channel) {
    return "2026-04-06T18:00";
  }

  /** Loss of a job, one of the social risks of the standard. */
  @Override
  String caseType() {
    return "loss-of-job";
  }

  @Test
  void checkExtension_runsOneMonthFromSubmission_toTheNextWorkingDay() {
    toReview("ztmo");
    scenario.complete("UserTask_ReviewApplication", Map.of("decision", "extend", "extensionKind", "check",
        "extensionReason", "Құжаттарды тексеру"));
    // One month from 18 March is Saturday 18 April: the term ends on Monday 20 April.
    assertThat(scenario.task("UserTask_ReviewApplication").getDueDate()).isEqualTo(at("2026-04-20T18:00"));
    assertThat(scenario.timer("BoundaryEvent_StatutoryDeadline").getDuedate()).isEqualTo(at("2026-04-20T18:00"));
  }
}
