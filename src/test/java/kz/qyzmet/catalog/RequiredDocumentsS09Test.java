package kz.qyzmet.catalog;

import static kz.qyzmet.catalog.RequiredDocumentsTables.codes;
import static kz.qyzmet.catalog.RequiredDocumentsTables.evaluate;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Standard 9 (establishing disability and the degree of loss of working capacity), p. 9: seven
 * originals, then seven documents presented in copies with their originals; where the person is
 * examined (p. 12: at home or in hospital, in absentia, in detention) and the person's
 * circumstances are flags. Expected lists are in the decree's order.
 */
class RequiredDocumentsS09Test {

  private static final List<String> BASIC = List.of(
      "application", "form_088u_referral", "residence_registration_proof", "outpatient_medical_card",
      "social_insurance_participation_proof", "identity_document", "medical_history_extracts");

  @Test
  void atTheProvidersPremisesTheBasicPackage() {
    assertThat(codes("s09", "provider", "")).isEqualTo(BASIC);
  }

  @Test
  void theCommissionsConclusionForAVisitAtHomeOrInHospitalInAbsentiaOrTheRehabilitationProgramme() {
    for (String flag : List.of("home-or-hospital", "in-absentia", "irp")) {
      assertThat(codes("s09", "provider", "", flag)).as(flag).containsExactly(
          "application", "form_088u_referral", "medical_advisory_commission_conclusion",
          "residence_registration_proof", "outpatient_medical_card", "social_insurance_participation_proof",
          "identity_document", "medical_history_extracts");
    }
    assertThat(codes("s09", "provider", "", "home-or-hospital", "irp"))
        .containsOnlyOnce("medical_advisory_commission_conclusion");
  }

  @Test
  void inDetentionTheDetentionCertificateReplacesTheResidenceDocument() {
    assertThat(codes("s09", "provider", "", "detained"))
        .contains("detention_certificate").doesNotContain("residence_registration_proof");
    assertThat(codes("s09", "provider", "")).doesNotContain("detention_certificate");
  }

  @Test
  void workAndItsInjuriesAddTheirDocuments() {
    assertThat(codes("s09", "provider", "", "working", "working-age")).containsExactly(
        "application", "form_088u_referral", "residence_registration_proof", "outpatient_medical_card",
        "social_insurance_participation_proof", "sick_leave_certificate", "identity_document",
        "medical_history_extracts", "employment_record");
    assertThat(codes("s09", "provider", "", "work-injury")).endsWith("accident_report")
        .doesNotContain("occupational_disease_centre_conclusion");
    assertThat(codes("s09", "provider", "", "occupational-disease"))
        .endsWith("accident_report", "occupational_disease_centre_conclusion");
    assertThat(codes("s09", "provider", "", "work-injury", "occupational-disease"))
        .containsOnlyOnce("accident_report");
    assertThat(codes("s09", "provider", "", "disability-cause-link")).endsWith("causal_link_document");
    assertThat(codes("s09", "provider", "", "no-iin-in-identity-document"))
        .endsWith("identity_document", "medical_history_extracts", "iin_document");
  }

  @Test
  void originalsAndCopiesAreTheDecrees() {
    List<Map<String, Object>> rows = evaluate("s09", "provider", "", List.of("working"));
    assertThat(rows).filteredOn(r -> "original".equals(r.get("originalOrCopy"))).extracting(r -> r.get("code"))
        .containsExactly("application", "form_088u_referral", "residence_registration_proof",
            "outpatient_medical_card", "social_insurance_participation_proof", "sick_leave_certificate");
    assertThat(rows.get(1)).containsEntry("paragraph", "Standard 9, p. 9 (originals), item 2")
        .containsEntry("nameKk", "ресімделген күнінен бастап бір айдан кешіктірмей 088/у нысаны");
    assertThat(rows.get(6)).containsEntry("code", "identity_document")
        .containsEntry("originalOrCopy", "original-for-verification")
        .containsEntry("paragraph", "Standard 9, p. 9 (copies and originals), item 1");
  }

  @Test
  void thePortalTakesOnlyTheInformationRequest() {
    assertThat(codes("s09", "portal", "")).containsExactly("information_request");
    assertThat(codes("s09", "portal", "", "detained", "working")).containsExactly("information_request");
    assertThat(evaluate("s09", "portal", "", List.of()).get(0)).containsEntry("originalOrCopy", "electronic");
  }
}
