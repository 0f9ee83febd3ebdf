package kz.qyzmet.standards;

import kz.qyzmet.QyzmetIntegrationTest;

/** Standard 17, the allowance for children under 18: 7 working days at the department or the PSC, 22 at the rural akim (p. 4). */
@QyzmetIntegrationTest
class S17ChildAllowanceUnder18AssignmentTest extends StandardProcessScenarios {

  @Override
  int standardNumber() {
    return 17;
  }

  @Override
  String expectedDueDate(String channel) {
    return "akim".equals(channel) ? "2026-04-22T18:00" : "2026-04-01T18:00";
  }
}
