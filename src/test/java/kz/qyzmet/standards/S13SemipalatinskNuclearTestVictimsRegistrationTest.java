package kz.qyzmet.standards;

import static kz.qyzmet.process.ProcessScenario.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import kz.qyzmet.QyzmetIntegrationTest;
import kz.qyzmet.application.ApplicationStatus;
import kz.qyzmet.process.CodeList;
import kz.qyzmet.process.ProcessScenario;
import kz.qyzmet.process.RequiredDocument;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/**
 * Standard 13, Semipalatinsk test-site victims: the registration decision within 20 working days
 * (p. 4(1)), the certificate 5 working days after a decision to register (not after a refusal), and
 * the compensation paid by ZTMO on the regional schedule, with no term (p. 4(1), p. 6).
 */
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

  @Test
  void registered_theCertificateIsDueFiveWorkingDaysAfterTheDecision() {
    toReview("provider");
    ProcessScenario.clockAt("2026-04-08T10:00");
    scenario.complete("UserTask_ReviewApplication", Map.of("decision", "grant"));
    assertThat(scenario.task("UserTask_HandOverResult").getDueDate()).isEqualTo(at("2026-04-15T18:00"));
  }

  @Test
  void refused_noCertificateStage_theRefusalIsHandedOverByTheServiceTerm() {
    toReview("provider");
    ProcessScenario.clockAt("2026-04-08T10:00");
    scenario.complete("UserTask_ReviewApplication", Map.of("decision", "refuse",
        "refusalGround", "no-right-to-the-service", "decisionComment", "1949-1990 жылдары тұрғаны расталмады"));
    assertThat(scenario.task("UserTask_HandOverResult").getDueDate()).isEqualTo(at("2026-04-20T18:00"));
    assertThat(scenario.variable("resultDueDate")).isEqualTo(at("2026-04-20T18:00"));
  }

  @Test
  void extraRequestsOrAnInspection_extendTheTermByOneMonth() {
    toReview("provider");
    scenario.complete("UserTask_ReviewApplication", Map.of("decision", "extend", "extensionKind", "check",
        "extensionReason", "Қосымша сұрау салу"));
    assertThat(scenario.timer("BoundaryEvent_StatutoryDeadline").getDuedate()).isEqualTo(at("2026-05-20T18:00"));
  }

  @Test
  void compensation_isPaidByZtmoOnTheRegionalSchedule_withNoStatutoryTermTimerOrBreach() {
    List<RequiredDocument> required = requiredDocuments.evaluate(13, "provider", "compensation", List.of(), null);
    java.util.Set<String> groups = new java.util.HashSet<>();
    List<String> documents = required.stream()
        .filter(d -> d.alternativeGroup() == null || d.alternativeGroup().isBlank() || groups.add(d.alternativeGroup()))
        .map(RequiredDocument::code).toList();
    scenario.start(standard().processKey(), Map.of("channel", "provider", "caseType", "compensation",
        "applicantName", "Сапарова Айгүл Маратқызы", "applicantIin", applicantIin,
        "documentsSubmitted", CodeList.format(documents)));

    Task payment = scenario.task("UserTask_PayCompensation");
    assertThat(payment.getDueDate()).as("a schedule, not a term").isNull();
    assertThat(engine.getTaskService().getIdentityLinksForTask(payment.getId()))
        .extracting(link -> link.getGroupId()).containsExactly("ztmo-specialists");
    assertThat(scenario.variable("statutoryDueDate")).isNull();
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(scenario.instance().getId())
        .timers().count()).isZero();
    String id = scenario.instance().getBusinessKey();
    assertThat(records.find(id).orElseThrow().dueAt()).isNull();

    ProcessScenario.clockAt("2026-09-15T10:00");
    scenario.complete("UserTask_PayCompensation", Map.of("compensationPaidTo", "personal-account"));
    assertThat(scenario.ended()).isTrue();
    assertThat(scenario.path()).contains("CallActivity_Intake").doesNotContain("CallActivity_Review")
        .endsWith("UserTask_PayCompensation", "ServiceTask_CompensationPaid", "EndEvent_CompensationPaid");
    assertThat(records.find(id).orElseThrow().status()).isEqualTo(ApplicationStatus.GRANTED);
    assertThat(records.breachKinds(id)).isEmpty();
  }
}
