package kz.qyzmet.catalog;

import static kz.qyzmet.catalog.RequiredDocumentsTables.codes;
import static kz.qyzmet.catalog.RequiredDocumentsTables.evaluate;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Standard 7 (special state allowance), p. 9 and annex 2: four common documents, then the
 * entitlement documents of the applicant's category (the case type); at ZTMO and the PSC every
 * package ends with the applicant's written consent to the use of legally protected data (p. 9).
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

  /** The documents before the written consent, which every package at ZTMO and the PSC ends with. */
  private static List<String> beforeConsent(String channel, String caseType, String... flags) {
    List<String> codes = codes("s07", channel, caseType, flags);
    assertThat(codes).containsOnlyOnce("data_use_consent").endsWith("data_use_consent");
    return codes.subList(0, codes.size() - 1);
  }

  @Test
  void withoutACategoryOnlyTheCommonDocuments() {
    assertThat(beforeConsent("ztmo", "")).isEqualTo(COMMON);
  }

  @Test
  void theWrittenConsentToUseLegallyProtectedData_isTakenAtZtmoAndThePsc() {
    for (String channel : List.of("ztmo", "psc")) {
      Map<String, Object> consent = evaluate("s07", channel, "", List.of()).stream()
          .filter(r -> "data_use_consent".equals(r.get("code"))).findFirst().orElseThrow();
      assertThat(consent).as(channel).containsEntry("paragraph", "Standard 7, p. 9")
          .containsEntry("originalOrCopy", "original");
      assertThat((String) consent.get("nameKk")).contains("жазбаша келісімін");
    }
    assertThat(codes("s07", "portal", "")).doesNotContain("data_use_consent");
  }

  @Test
  void aWarParticipantShowsTheCertificate() {
    assertThat(beforeConsent("psc", "wwii-participant-or-invalid"))
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
    assertThat(beforeConsent("ztmo", "families-of-internal-affairs-officers")).endsWith(
        "death_notice_or_certificate", "line_of_duty_death_certificate", "kinship_document");
  }

  @Test
  void civiliansInAfghanistanBringTheServiceDocumentAndWoundOrAward() {
    assertThat(beforeConsent("ztmo", "civilian-staff-afghanistan")).endsWith(
        "afghanistan_service_document", "wound_medical_documents", "ussr_award_certificate");
    assertThat(group("civilian-staff-afghanistan", "wound_or_award"))
        .containsExactly("wound_medical_documents", "ussr_award_certificate");
  }

  @Test
  void flagsAddTheirDocuments() {
    assertThat(beforeConsent("ztmo", "large-family"))
        .endsWith("children_birth_certificates", "family_composition_certificate");
    assertThat(beforeConsent("ztmo", "large-family", "student-children")).endsWith("children_study_certificates");
    assertThat(beforeConsent("psc", "", "representative")).endsWith("power_of_attorney");
    assertThat(beforeConsent("ztmo", "radiation-liquidator-1988-1989-or-evacuee", "child-in-utero-at-resettlement"))
        .endsWith("children_birth_certificates");
  }

  @Test
  void thePortalTakesOnlyTheInformationRequest() {
    assertThat(codes("s07", "portal", "large-family")).containsExactly("information_request");
    Map<String, Object> row = evaluate("s07", "portal", "", List.of()).get(0);
    assertThat(row).containsEntry("originalOrCopy", "electronic").containsEntry("paragraph", "Standard 7, p. 9");
  }
}
