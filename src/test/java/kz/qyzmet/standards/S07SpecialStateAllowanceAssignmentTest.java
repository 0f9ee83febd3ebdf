package kz.qyzmet.standards;

import kz.qyzmet.QyzmetIntegrationTest;

/** Standard 7 of Decree No. 217, submitted on Wednesday 18 March 2026: due on 2026-04-06. */
@QyzmetIntegrationTest
class S07SpecialStateAllowanceAssignmentTest extends StandardProcessScenarios {

  @Override
  int standardNumber() {
    return 7;
  }

  @Override
  String expectedDueDate(String channel) {
    return "2026-04-06T18:00";
  }

  /** Standard 7 has case types: an application names one, at every door. */
  @Override
  String caseType() {
    return "wwii-participant-or-invalid";
  }
}
