package kz.qyzmet.standards;

import kz.qyzmet.QyzmetIntegrationTest;

/** Standard 28 of Decree No. 217, submitted on Wednesday 18 March 2026: due on 2026-04-06. */
@QyzmetIntegrationTest
class S28HomeSchooledDisabledChildrenMaterialSupportTest extends StandardProcessScenarios {

  @Override
  int standardNumber() {
    return 28;
  }

  @Override
  String expectedDueDate(String channel) {
    return "2026-04-06T18:00";
  }
}
