package kz.qyzmet.standards;

import kz.qyzmet.QyzmetIntegrationTest;

/** Standard 6 of Decree No. 217, submitted on Wednesday 18 March 2026: due on 2026-04-01. */
@QyzmetIntegrationTest
class S06ChildbirthAndChildcareAllowanceAssignmentTest extends StandardProcessScenarios {

  @Override
  int standardNumber() {
    return 6;
  }

  @Override
  String expectedDueDate(String channel) {
    return "2026-04-01T18:00";
  }

  /** 7 working days from Friday 10 April (p. 4: the same term after the documents arrive). */
  @Override
  String expectedDueAfterDocuments() {
    return "2026-04-21T18:00";
  }

  /** 1 April + 5 working days = 8 April while the errors await correction; 27 March + 7 = 7 April after. */
  @Override
  String[] expectedDuesAroundErrorCorrection() {
    return new String[] {"2026-04-08T18:00", "2026-04-07T18:00"};
  }
}
