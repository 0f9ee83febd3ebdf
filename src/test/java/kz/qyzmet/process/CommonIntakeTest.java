package kz.qyzmet.process;

import static kz.qyzmet.process.ProcessScenario.at;
import static kz.qyzmet.process.ProcessScenario.clockAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.qyzmet.QyzmetIntegrationTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The shared intake block: the package checked against the standard's table, then registered or refused. */
@QyzmetIntegrationTest
class CommonIntakeTest {

  @Autowired ProcessEngine engine;

  @BeforeEach
  void wednesdayBeforeNauryz() {
    init(engine);
    clockAt("2026-03-18T10:00");
  }

  @AfterEach
  void resetClock() {
    ProcessScenario.resetClock();
  }

  private ProcessInstance intake(String channel, String documents) {
    Map<String, Object> variables = BlockTestSupport.application(channel, at("2026-03-18T10:00"));
    variables.put("documentsSubmitted", documents);
    return engine.getRuntimeService().startProcessInstanceByKey("common-intake",
        BlockTestSupport.businessKey(variables), variables);
  }

  @Test
  void completePackage_isRegisteredWithTheStatutoryDueDateCountedOverNauryz() {
    ProcessInstance intake = intake("ztmo",
        "application,identity_document,residence_registration_proof,bank_account_details");
    assertThat(intake).isEnded().hasPassedInOrder("StartEvent_PackageHandedIn", "ServiceTask_CheckPackage",
        "Gateway_PackageComplete", "ServiceTask_RegisterApplication", "EndEvent_Registered");
    assertThat(intake).variables()
        .containsEntry("packageComplete", true)
        .containsEntry("missingDocuments", "")
        .containsEntry("status", "REGISTERED")
        .containsEntry("statutoryDueDate", at("2026-04-06T18:00"))
        .containsEntry("originalDueDate", at("2026-04-06T18:00"))
        .containsEntry("reminderDate", at("2026-04-02T18:00"))
        .containsEntry("reviewerGroup", "ztmo-specialists")
        .containsEntry("intakeGroup", "ztmo-specialists");
  }

  @Test
  void incompletePackageAtAPsc_isRefusedToAcceptWithTheMissingDocuments() {
    ProcessInstance intake = intake("psc", "application,identity_document");
    assertThat(intake).isEnded().hasPassed("ServiceTask_RefuseToAccept", "EndEvent_RefusedToAccept")
        .hasNotPassed("ServiceTask_RegisterApplication");
    assertThat(intake).variables()
        .containsEntry("status", "REFUSED_TO_ACCEPT")
        .containsEntry("missingDocuments", "residence_registration_proof,bank_account_details");
  }

  @Test
  void incompletePackageAtThePensionCentre_isRegisteredAndTheSpecialistSeesWhatIsMissing() {
    ProcessInstance intake = intake("ztmo", "application,identity_document,residence_registration_proof");
    assertThat(intake).isEnded().hasPassed("EndEvent_Registered");
    assertThat(intake).variables().containsEntry("missingDocuments", "bank_account_details")
        .containsEntry("packageComplete", false).containsEntry("incompletePackageRefused", false);
  }

  private ProcessInstance standard15AtTheProvider(String documents) {
    Map<String, Object> variables = BlockTestSupport.application("provider", at("2026-03-18T10:00"));
    variables.put("standardNumber", 15);
    variables.put("standardCode", "s15");
    variables.put("documentsSubmitted", documents);
    return engine.getRuntimeService().startProcessInstanceByKey("common-intake",
        BlockTestSupport.businessKey(variables), variables);
  }

  @Test
  void incompletePackageAtTheProvider_ofAStandardWhoseCatalogRefusesItThere_isRefusedWithoutATerm() {
    // Standard 15, p. 9: the coupon is given only when all the documents are handed in.
    ProcessInstance intake = standard15AtTheProvider("application,identity_document");
    assertThat(intake).isEnded().hasPassed("ServiceTask_RefuseToAccept", "EndEvent_RefusedToAccept")
        .hasNotPassed("ServiceTask_RegisterApplication");
    assertThat(intake).variables().containsEntry("status", "REFUSED_TO_ACCEPT")
        .containsEntry("incompletePackageRefused", true)
        .containsEntry("missingDocuments", "rehabilitation_programme_extract")
        .doesNotContainKey("statutoryDueDate");
  }

  @Test
  void completePackageAtTheProvider_ofStandard15_isRegisteredWithItsTenWorkingDays() {
    ProcessInstance intake = standard15AtTheProvider("application,identity_document,rehabilitation_programme_extract");
    assertThat(intake).isEnded().hasPassed("EndEvent_Registered");
    assertThat(intake).variables().containsEntry("statutoryDueDate", at("2026-04-06T18:00"));
  }

  @Test
  void applicantFlagsAddTheirDocuments() {
    Map<String, Object> variables = BlockTestSupport.application("psc", at("2026-03-18T10:00"));
    variables.put("applicantFlags", "representative");
    variables.put("documentsSubmitted", "application,identity_document,residence_registration_proof,bank_account_details");
    ProcessInstance intake = engine.getRuntimeService().startProcessInstanceByKey("common-intake", variables);
    assertThat(intake).hasPassed("EndEvent_RefusedToAccept");
    assertThat(intake).variables().containsEntry("missingDocuments", "power_of_attorney");
  }

  @Test
  void alternativeDocumentsStandForEachOther() {
    List<RequiredDocument> required = List.of(
        new RequiredDocument("application", null, null, null, null, null, null, null),
        new RequiredDocument("passport", null, null, null, null, null, null, "identity"),
        new RequiredDocument("id_card", null, null, null, null, null, null, "identity"));
    assertThat(PackageCompletenessCheck.missing(required, Set.of("application", "id_card"))).isEmpty();
    assertThat(PackageCompletenessCheck.missing(required, Set.of("application"))).containsExactly("passport|id_card");
  }
}
