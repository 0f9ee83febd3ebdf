package kz.qyzmet.standards;

import kz.qyzmet.QyzmetIntegrationTest;

/** Standard 22 of Decree No. 217, submitted on Wednesday 18 March 2026: due on 2026-04-15. */
@QyzmetIntegrationTest
class S22MedicalSocialInstitutionSpecialSocialServicesDocumentsTest extends StandardProcessScenarios {

  @Override
  int standardNumber() {
    return 22;
  }

  @Override
  String expectedDueDate(String channel) {
    return "2026-04-15T18:00";
  }

  @Override
  String caseType() {
    return "round-the-clock";
  }
}
