package kz.qyzmet.standards;

import kz.qyzmet.QyzmetIntegrationTest;

/** Standard 26, fuel assistance for rural social-sector specialists: 10 working days, 15 at the akim (p. 4). */
@QyzmetIntegrationTest
class S26RuralSocialSpecialistsFuelAssistanceTest extends StandardProcessScenarios {

  @Override
  int standardNumber() {
    return 26;
  }

  @Override
  String expectedDueDate(String channel) {
    return "akim".equals(channel) ? "2026-04-13T18:00" : "2026-04-06T18:00";
  }
}
