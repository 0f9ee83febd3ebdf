package kz.qyzmet.catalog;

import static kz.qyzmet.catalog.RequiredDocumentsTables.codes;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Standard 5 (social payments for six social risks), p. 9: one list per risk; pregnancy and
 * newborn adoption share a list; those two and child care are taken only at ZTMO.
 */
class RequiredDocumentsS05Test {

  @Test
  void lossOfWorkingCapacity() {
    assertThat(codes("s05", "psc", "loss-of-work-capacity")).containsExactly(
        "application", "identity_document", "residence_information", "work_capacity_loss_information",
        "bank_account_details");
  }

  @Test
  void lossOfBreadwinner() {
    assertThat(codes("s05", "ztmo", "loss-of-breadwinner")).containsExactly(
        "application", "identity_document", "family_composition_information", "residence_information",
        "breadwinner_death_proof", "kinship_documents", "bank_account_details");
  }

  @Test
  void lossOfJob() {
    assertThat(codes("s05", "ztmo", "loss-of-job")).containsExactly(
        "application", "identity_document", "residence_information", "employment_body_certificate",
        "bank_account_details");
  }

  @Test
  void pregnancyAndNewbornAdoptionShareTheirListAtZtmoOnly() {
    assertThat(codes("s05", "ztmo", "pregnancy-and-childbirth")).containsExactly(
        "application", "identity_document", "residence_information", "sick_leave_certificate",
        "income_certificate", "bank_account_details");
    assertThat(codes("s05", "ztmo", "newborn-adoption"))
        .isEqualTo(codes("s05", "ztmo", "pregnancy-and-childbirth"));
    assertThat(codes("s05", "psc", "pregnancy-and-childbirth", "representative")).isEmpty();
  }

  @Test
  void childCareUnderOne() {
    assertThat(codes("s05", "ztmo", "childcare-under-one")).containsExactly(
        "application", "identity_document", "residence_information", "child_birth_certificate_copy",
        "family_composition_information", "bank_account_details");
    assertThat(codes("s05", "psc", "childcare-under-one")).isEmpty();
  }

  @Test
  void flagsAddDocumentsWithinTheirRisk() {
    assertThat(codes("s05", "ztmo", "pregnancy-and-childbirth", "self-employed"))
        .endsWith("entrepreneur_registration_copy", "tax_reconciliation_act");
    assertThat(codes("s05", "ztmo", "loss-of-job", "self-employed")).doesNotContain("tax_reconciliation_act");
    assertThat(codes("s05", "ztmo", "childcare-under-one", "adoptive-parent", "guardian"))
        .endsWith("adoption_court_decision_extract", "guardianship_decision_copy");
    assertThat(codes("s05", "psc", "loss-of-breadwinner", "guardian", "student-family-member"))
        .contains("full_time_study_certificate", "guardian_appointment_certificate");
    assertThat(codes("s05", "psc", "loss-of-job", "representative")).endsWith("power_of_attorney");
    assertThat(codes("s05", "ztmo", "childcare-under-one", "representative")).endsWith("power_of_attorney");
  }
}
