package kz.qyzmet.standards;

import kz.qyzmet.QyzmetIntegrationTest;

/** Standard 11 of Decree No. 217, submitted on Wednesday 18 March 2026: due on 2026-03-30. */
@QyzmetIntegrationTest
class S11BurialOneTimePaymentAssignmentTest extends StandardProcessScenarios {

  @Override
  int standardNumber() {
    return 11;
  }

  @Override
  String expectedDueDate(String channel) {
    return "2026-03-30T18:00";
  }
}
