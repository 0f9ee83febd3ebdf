package kz.qyzmet.standards;

import kz.qyzmet.QyzmetIntegrationTest;

/** Standard 3 of Decree No. 217, submitted on Wednesday 18 March 2026: due on 2026-04-06. */
@QyzmetIntegrationTest
class S03StateSocialBenefitsDisabilitySurvivorAgeTest extends StandardProcessScenarios {

  @Override
  int standardNumber() {
    return 3;
  }

  @Override
  String expectedDueDate(String channel) {
    return "2026-04-06T18:00";
  }

  /** The benefit for disability, one of the standard's three case types (p. 1). */
  @Override
  String caseType() {
    return "disability";
  }
}
