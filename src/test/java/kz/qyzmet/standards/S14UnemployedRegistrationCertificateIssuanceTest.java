package kz.qyzmet.standards;

import kz.qyzmet.QyzmetIntegrationTest;

/** Standard 14, a certificate for the registered unemployed: on the spot, 10 minutes at the office, 15 at the PSC and on the portal (p. 4). */
@QyzmetIntegrationTest
class S14UnemployedRegistrationCertificateIssuanceTest extends StandardProcessScenarios {

  @Override
  int standardNumber() {
    return 14;
  }

  @Override
  String expectedDueDate(String channel) {
    return "provider".equals(channel) ? "2026-03-18T10:10" : "2026-03-18T10:15";
  }
}
