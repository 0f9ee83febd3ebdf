package kz.qyzmet.standards;

import kz.qyzmet.QyzmetIntegrationTest;

/** Standard 30, oralman status: 5 working days at the provider (p. 4). */
@QyzmetIntegrationTest
class S30OralmanStatusGrantingTest extends StandardProcessScenarios {

  @Override
  int standardNumber() {
    return 30;
  }

  @Override
  String expectedDueDate(String channel) {
    return "2026-03-30T18:00";
  }
}
