package kz.qyzmet.standards;

import kz.qyzmet.QyzmetIntegrationTest;

/** Standard 15 of Decree No. 217, submitted on Wednesday 18 March 2026: due on 2026-04-06. */
@QyzmetIntegrationTest
class S15DisabledProstheticOrthopedicAssistanceDocumentsTest extends StandardProcessScenarios {

  @Override
  int standardNumber() {
    return 15;
  }

  @Override
  String expectedDueDate(String channel) {
    return "2026-04-06T18:00";
  }
}
