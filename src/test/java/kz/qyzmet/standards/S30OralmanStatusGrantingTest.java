package kz.qyzmet.standards;

import static kz.qyzmet.process.ProcessScenario.at;
import static kz.qyzmet.process.ProcessScenario.clockAt;
import static org.assertj.core.api.Assertions.assertThat;

import kz.qyzmet.QyzmetIntegrationTest;

/** Standard 30, oralman status: 5 working days at the provider (p. 4). */
@QyzmetIntegrationTest
class S30OralmanStatusGrantingTest extends StandardProcessScenarios {

  @Override
  int standardNumber() {
    return 30;
  }

  @Override
  String expectedDueDate(String channel) {
    return "2026-03-30T18:00";
  }

  /**
   * P. 9: the transfer application is asked for when the provider finds, during processing, that the
   * applicant is registered in another region. The request runs within the 5 working days (due 30
   * March); documents arriving on 26 March do not move it.
   */
  @org.junit.jupiter.api.Test
  void transferApplicationFoundNeededDuringProcessing_isRequestedWithinTheTerm() {
    toReview("provider");
    clockAt("2026-03-20T11:00");
    scenario.complete("UserTask_ReviewApplication", java.util.Map.of("decision", "request-documents",
        "requestedDocuments", "transfer_application"));
    assertThat(scenario.task("UserTask_ReceiveDocuments").getDueDate()).isEqualTo(at("2026-03-30T18:00"));
    assertThat(scenario.timer("BoundaryEvent_StatutoryDeadline").getDuedate()).isEqualTo(at("2026-03-30T18:00"));
    clockAt("2026-03-26T12:00");
    engine.getRuntimeService().createMessageCorrelation("DocumentsDelivered")
        .processInstanceBusinessKey(scenario.instance().getBusinessKey())
        .setVariable("documentsDelivered", "transfer_application").correlate();
    assertThat(scenario.task("UserTask_ReviewApplication").getDueDate()).isEqualTo(at("2026-03-30T18:00"));
    scenario.complete("UserTask_ReviewApplication", java.util.Map.of("decision", "grant"));
    scenario.complete("UserTask_HandOverResult");
    assertThat(scenario.variable("status")).isEqualTo("GRANTED");
  }
}
