package kz.qyzmet.standards;

import kz.qyzmet.QyzmetIntegrationTest;

/** Standard 27, the certificate of a family receiving targeted assistance: 15 minutes at the office or the akim, 3 working days at the PSC, the day of intake not counted (p. 4). */
@QyzmetIntegrationTest
class S27TargetedSocialAssistanceRecipientCertificateTest extends StandardProcessScenarios {

  @Override
  int standardNumber() {
    return 27;
  }

  @Override
  String expectedDueDate(String channel) {
    return "psc".equals(channel) ? "2026-03-26T18:00" : "2026-03-18T10:15";
  }
}
