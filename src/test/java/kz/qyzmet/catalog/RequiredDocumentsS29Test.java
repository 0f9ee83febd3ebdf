package kz.qyzmet.catalog;

import static kz.qyzmet.catalog.RequiredDocumentsTables.codes;
import static kz.qyzmet.catalog.RequiredDocumentsTables.evaluate;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Standard 29 (foreign labour permits), p. 9: one list per applicant and procedure; the employer's
 * issue and re-issue share a list that depends on whether the workers are seasonal; the portal takes
 * the employer's lists with the forms filled in electronically.
 */
class RequiredDocumentsS29Test {

  @Test
  void anEmployerAttractingOtherWorkersHandsInTheFullList() {
    for (String caseType : List.of("employer-issue", "employer-reissue")) {
      assertThat(codes("s29", "provider", caseType)).as(caseType).containsExactly(
          "application", "foreign_workers_information", "education_document_translation",
          "local_content_information", "special_conditions_agreement");
    }
    assertThat(codes("s29", "provider", "employer-issue", "work-experience-required", "foreign-entity-without-branch",
        "several-territorial-units", "intra-corporate-transfer", "special-conditions-due")).containsExactly(
            "application", "special_conditions_report", "foreign_workers_information", "education_document_translation",
            "work_experience_information", "foreign_labour_contract_copy", "works_contract_copy",
            "other_territories_contract_copy", "local_content_information", "intra_corporate_transfer_letter",
            "special_conditions_agreement");
  }

  @Test
  void anEmployerAttractingSeasonalWorkersOnlyHandsInTheApplicationAndAnnexTwo() {
    assertThat(codes("s29", "provider", "employer-issue", "seasonal-workers", "several-territorial-units",
        "special-conditions-due")).containsExactly("application", "foreign_workers_information");
  }

  @Test
  void exemptionsDropTheSpecialConditionsReportAndTheLocalContent() {
    assertThat(codes("s29", "provider", "employer-reissue", "special-conditions-due", "special-conditions-exempt",
        "local-content-exempt")).doesNotContain("special_conditions_report", "local_content_information");
    assertThat(codes("s29", "provider", "employer-extension", "special-conditions-due"))
        .contains("special_conditions_report");
  }

  @Test
  void theEmployersExtensionHasItsOwnList() {
    assertThat(codes("s29", "provider", "employer-extension")).containsExactly(
        "application", "local_content_information", "extension_justification", "permit_copy");
    assertThat(codes("s29", "provider", "employer-extension", "seasonal-workers"))
        .isEqualTo(codes("s29", "provider", "employer-extension"));
  }

  @Test
  void thePortalTakesTheSignedRequestAndTheFormsElectronically() {
    assertThat(codes("s29", "portal", "employer-issue")).containsExactly(
        "application", "foreign_workers_information", "education_document_translation",
        "local_content_information", "special_conditions_agreement", "electronic_request");
    assertThat(evaluate("s29", "portal", "employer-extension", List.of()))
        .filteredOn(r -> List.of("application", "local_content_information", "electronic_request").contains(r.get("code")))
        .extracting(r -> r.get("originalOrCopy")).containsOnly("electronic");
    assertThat(codes("s29", "portal", "worker-issue-extension")).isEmpty();
    assertThat(codes("s29", "portal", "employer-issue", "representative")).doesNotContain("power_of_attorney");
  }

  @Test
  void theForeignWorkersLists() {
    assertThat(codes("s29", "provider", "worker-issue-extension")).containsExactly(
        "application", "foreign_workers_information", "education_document_translation");
    assertThat(codes("s29", "provider", "worker-issue-extension", "work-experience-required", "seasonal-workers"))
        .endsWith("work_experience_information");
    assertThat(codes("s29", "provider", "worker-reissue", "representative"))
        .containsExactly("application", "identity_document_copy", "power_of_attorney");
    assertThat(evaluate("s29", "provider", "worker-reissue", List.of()).get(0).get("nameKk"))
        .asString().contains("5-қосымшаға");
  }
}
