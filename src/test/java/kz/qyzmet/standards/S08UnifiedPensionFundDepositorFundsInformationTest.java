package kz.qyzmet.standards;

import kz.qyzmet.QyzmetIntegrationTest;

/** Standard 8, information on a depositor's pension savings: 10 minutes at the PSC (p. 4(1)). */
@QyzmetIntegrationTest
class S08UnifiedPensionFundDepositorFundsInformationTest extends StandardProcessScenarios {

  @Override
  int standardNumber() {
    return 8;
  }

  @Override
  String expectedDueDate(String channel) {
    return "2026-03-18T10:10";
  }
}
