package kz.qyzmet.standards;

import kz.qyzmet.QyzmetIntegrationTest;

/** Standard 12, registering the unemployed: 5 working days at every channel (p. 4). */
@QyzmetIntegrationTest
class S12UnemployedCitizensRegistrationTest extends StandardProcessScenarios {

  @Override
  int standardNumber() {
    return 12;
  }

  @Override
  String expectedDueDate(String channel) {
    return "2026-03-30T18:00";
  }
}
