package kz.qyzmet.standards;

import static kz.qyzmet.process.ProcessScenario.at;
import static kz.qyzmet.process.ProcessScenario.clockAt;
import static org.assertj.core.api.Assertions.assertThat;

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

  /**
   * P. 4(1): the documents turn out to be missing only during processing. The specialist moves the
   * application to that case: the term becomes 20 working days from the submission (20 April, Nauryz
   * counted out), the table asks for the application only, and the row and its audit follow.
   */
  @org.junit.jupiter.api.Test
  void documentsFoundMissingDuringReview_theTermBecomesTwentyWorkingDaysFromSubmission() {
    toReview("provider");
    clockAt("2026-03-20T11:00");
    assertThat(decisionOptions()).contains(kz.qyzmet.process.ReviewOptions.CHANGE_CASE_TYPE);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> scenario.complete("UserTask_ReviewApplication",
        java.util.Map.of("decision", "change-case-type", "newCaseType", "complete-package")))
        .isInstanceOf(kz.qyzmet.process.DecisionRefused.class);
    scenario.complete("UserTask_ReviewApplication",
        java.util.Map.of("decision", "change-case-type", "newCaseType", "documents-missing"));
    assertThat(scenario.task("UserTask_ReviewApplication").getDueDate()).isEqualTo(at("2026-04-20T18:00"));
    assertThat(scenario.timer("BoundaryEvent_StatutoryDeadline").getDuedate()).isEqualTo(at("2026-04-20T18:00"));
    String id = scenario.instance().getBusinessKey();
    var row = records.find(id).orElseThrow();
    assertThat(row.caseType()).isEqualTo("documents-missing");
    assertThat(row.dueAt().toInstant()).isEqualTo(at("2026-04-20T18:00").toInstant());
    assertThat(records.deadlineChanges(id)).extracting(c -> c.kind()).contains("CASE_TYPE_CHANGED");
    assertThat(decisionOptions()).doesNotContain(kz.qyzmet.process.ReviewOptions.CHANGE_CASE_TYPE);
    scenario.complete("UserTask_ReviewApplication", java.util.Map.of("decision", "grant"));
    scenario.complete("UserTask_HandOverResult");
    assertThat(scenario.variable("caseType")).isEqualTo("documents-missing");
    assertThat(scenario.variable("requiredDocuments")).isEqualTo("application");
    assertThat(scenario.variable("status")).isEqualTo("GRANTED");
  }
}
