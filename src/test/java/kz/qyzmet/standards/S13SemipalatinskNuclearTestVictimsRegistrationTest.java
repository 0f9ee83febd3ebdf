package kz.qyzmet.standards;

import kz.qyzmet.QyzmetIntegrationTest;
import kz.qyzmet.process.ProcessScenario;

/** Standard 13, Semipalatinsk test-site victims: the registration decision within 20 working days (p. 4(1)). */
@QyzmetIntegrationTest
class S13SemipalatinskNuclearTestVictimsRegistrationTest extends StandardProcessScenarios {

  @Override
  int standardNumber() {
    return 13;
  }

  @Override
  String caseType() {
    return "registration";
  }

  @Override
  String expectedDueDate(String channel) {
    return "2026-04-20T18:00";
  }

  @org.junit.jupiter.api.Test
  void registered_theCertificateIsDueFiveWorkingDaysAfterTheDecision() {
    toReview("provider");
    ProcessScenario.clockAt("2026-04-08T10:00");
    scenario.complete("UserTask_ReviewApplication", java.util.Map.of("decision", "grant"));
    org.assertj.core.api.Assertions.assertThat(scenario.task("UserTask_HandOverResult").getDueDate())
        .isEqualTo(ProcessScenario.at("2026-04-15T18:00"));
  }

  @org.junit.jupiter.api.Test
  void extraRequestsOrAnInspection_extendTheTermByOneMonth() {
    toReview("provider");
    scenario.complete("UserTask_ReviewApplication", java.util.Map.of("decision", "extend", "extensionKind", "check",
        "extensionReason", "Қосымша сұрау салу"));
    org.assertj.core.api.Assertions.assertThat(scenario.timer("BoundaryEvent_StatutoryDeadline").getDuedate())
        .isEqualTo(ProcessScenario.at("2026-05-20T18:00"));
  }
}
