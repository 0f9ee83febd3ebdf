package kz.qyzmet.catalog;

import static kz.qyzmet.catalog.RequiredDocumentsTables.codes;
import static kz.qyzmet.catalog.RequiredDocumentsTables.evaluate;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Standard 7 (special state allowance), p. 9 and annex 2: four common documents, then the
 * entitlement documents of the applicant's category (the case type).
 */
class RequiredDocumentsS07Test {

  private static final List<String> COMMON = List.of(
      "application", "identity_document", "residence_registration_proof", "bank_account_details");

  private static List<Object> group(String caseType, String group) {
    return evaluate("s07", "ztmo", caseType, List.of()).stream()
        .filter(r -> group.equals(r.get("alternativeGroup")))
        .map(r -> r.get("code"))
        .toList();
  }

  @Test
  void withoutACategoryOnlyTheCommonDocuments() {
    assertThat(codes("s07", "ztmo", "")).isEqualTo(COMMON);
  }

  @Test
  void aWarParticipantShowsTheCertificate() {
    assertThat(codes("s07", "psc", "wwii-participant-or-invalid"))
        .containsExactly("application", "identity_document", "residence_registration_proof",
            "bank_account_details", "wwii_participant_certificate");
  }

  @Test
  void theCategoryChangesTheEntitlementDocuments() {
    assertThat(group("sons-of-regiment", "entitlement"))
        .containsExactly("established_form_certificate", "benefit_marked_pension_certificate");
    assertThat(group("underage-concentration-camp-prisoners", "entitlement")).containsExactly(
        "underage_prisoner_certificate", "forced_detention_archive_certificate",
        "benefit_marked_pension_certificate");
    assertThat(group("political-repression-victim", "rehabilitation_proof")).hasSize(3);
    assertThat(group("political-repression-victim", "disability_or_pension"))
        .containsExactly("disability_group_certificate", "pension_certificate");
  }

  @Test
  void familiesOfTheFallenBringDeathKinshipAndCircumstanceDocuments() {
    assertThat(codes("s07", "ztmo", "families-of-internal-affairs-officers")).endsWith(
        "death_notice_or_certificate", "line_of_duty_death_certificate", "kinship_document");
  }

  @Test
  void civiliansInAfghanistanBringTheServiceDocumentAndWoundOrAward() {
    assertThat(codes("s07", "ztmo", "civilian-staff-afghanistan")).endsWith(
        "afghanistan_service_document", "wound_medical_documents", "ussr_award_certificate");
    assertThat(group("civilian-staff-afghanistan", "wound_or_award"))
        .containsExactly("wound_medical_documents", "ussr_award_certificate");
  }

  @Test
  void flagsAddTheirDocuments() {
    assertThat(codes("s07", "ztmo", "large-family"))
        .endsWith("children_birth_certificates", "family_composition_certificate");
    assertThat(codes("s07", "ztmo", "large-family", "student-children")).endsWith("children_study_certificates");
    assertThat(codes("s07", "psc", "", "representative")).endsWith("power_of_attorney");
    assertThat(codes("s07", "ztmo", "radiation-liquidator-1988-1989-or-evacuee", "child-in-utero-at-resettlement"))
        .endsWith("children_birth_certificates");
  }

  @Test
  void thePortalTakesOnlyTheInformationRequest() {
    assertThat(codes("s07", "portal", "large-family")).containsExactly("information_request");
    Map<String, Object> row = evaluate("s07", "portal", "", List.of()).get(0);
    assertThat(row).containsEntry("originalOrCopy", "electronic").containsEntry("paragraph", "Standard 7, p. 9");
  }
}
