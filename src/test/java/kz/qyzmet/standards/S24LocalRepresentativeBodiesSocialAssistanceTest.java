package kz.qyzmet.standards;

import kz.qyzmet.QyzmetIntegrationTest;

/** Standard 24, social assistance by decision of the local representative bodies: 8 working days, 20 when documents are missing (p. 4). */
@QyzmetIntegrationTest
class S24LocalRepresentativeBodiesSocialAssistanceTest extends StandardProcessScenarios {

  @Override
  int standardNumber() {
    return 24;
  }

  @Override
  String caseType() {
    return "complete-package";
  }

  @Override
  String expectedDueDate(String channel) {
    return "2026-04-02T18:00";
  }

  @org.junit.jupiter.api.Test
  void documentsMissing_twentyWorkingDays() {
    scenario.start(standard().processKey(), java.util.Map.of("channel", "provider", "caseType", "documents-missing",
        "applicantName", "Қасымов Ерлан", "applicantIin", applicantIin, "documentsSubmitted", "application"));
    org.assertj.core.api.Assertions.assertThat(scenario.task("UserTask_ReviewApplication").getDueDate())
        .isEqualTo(kz.qyzmet.process.ProcessScenario.at("2026-04-20T18:00"));
  }
}
