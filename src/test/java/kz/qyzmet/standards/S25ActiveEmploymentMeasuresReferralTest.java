package kz.qyzmet.standards;

import kz.qyzmet.QyzmetIntegrationTest;

/** Standard 25, a referral to active employment measures: 30 minutes at the office, 1 working day on the portal (p. 4). */
@QyzmetIntegrationTest
class S25ActiveEmploymentMeasuresReferralTest extends StandardProcessScenarios {

  @Override
  int standardNumber() {
    return 25;
  }

  @Override
  String expectedDueDate(String channel) {
    return "portal".equals(channel) ? "2026-03-19T18:00" : "2026-03-18T10:30";
  }
}
