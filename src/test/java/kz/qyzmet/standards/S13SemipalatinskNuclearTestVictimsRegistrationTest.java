package kz.qyzmet.standards;

import kz.qyzmet.QyzmetIntegrationTest;

/** Standard 13, Semipalatinsk test-site victims: the registration decision within 20 working days (p. 4(1)). */
@QyzmetIntegrationTest
class S13SemipalatinskNuclearTestVictimsRegistrationTest extends StandardProcessScenarios {

  @Override
  int standardNumber() {
    return 13;
  }

  @Override
  String caseType() {
    return "registration";
  }

  @Override
  String expectedDueDate(String channel) {
    return "2026-04-20T18:00";
  }
}
