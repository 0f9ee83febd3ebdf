package kz.qyzmet.standards;

import kz.qyzmet.QyzmetIntegrationTest;

/** Standard 23 of Decree No. 217, submitted on Wednesday 18 March 2026: due on 2026-04-10. */
@QyzmetIntegrationTest
class S23HomeCareSpecialSocialServicesDocumentsTest extends StandardProcessScenarios {

  @Override
  int standardNumber() {
    return 23;
  }

  @Override
  String expectedDueDate(String channel) {
    return "2026-04-10T18:00";
  }
}
