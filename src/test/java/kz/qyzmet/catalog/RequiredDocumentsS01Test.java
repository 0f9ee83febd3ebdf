package kz.qyzmet.catalog;

import static kz.qyzmet.catalog.RequiredDocumentsTables.codes;
import static kz.qyzmet.catalog.RequiredDocumentsTables.evaluate;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Standard 1 (pension payments), p. 9: what the table asks for at each channel. */
class RequiredDocumentsS01Test {

  private static final List<String> BASIC = List.of(
      "application", "identity_document", "residence_registration_proof", "bank_account_details",
      "average_income_certificate", "work_record_book", "education_document", "military_id");

  @Test
  void ztmoAsksForTheBasicPackageWithTheLengthOfServiceAlternatives() {
    assertThat(codes("s01", "ztmo", "")).isEqualTo(BASIC);
    List<Map<String, Object>> rows = evaluate("s01", "ztmo", "", List.of());
    assertThat(rows.stream().filter(r -> "length_of_service".equals(r.get("alternativeGroup"))))
        .extracting(r -> r.get("code"))
        .containsExactly("work_record_book", "education_document", "military_id");
  }

  @Test
  void thePortalNeedsOnlyTheSignedRequest() {
    assertThat(codes("s01", "portal", "")).containsExactly("electronic_request");
    assertThat(codes("s01", "psc", "")).isEmpty();
  }

  @Test
  void childcarePeriodsAddTheBirthCertificatesAndOneOfTheChildrensDocuments() {
    List<Map<String, Object>> rows = evaluate("s01", "ztmo", "", List.of("has-children"));
    assertThat(rows).extracting(r -> r.get("code")).contains("children_birth_certificates");
    assertThat(rows.stream().filter(r -> "child_document".equals(r.get("alternativeGroup"))))
        .extracting(r -> r.get("code"))
        .containsExactly("child_identity_card", "child_marriage_document", "child_school_certificate",
            "child_diploma_or_study_certificate", "child_residence_document", "child_death_certificate");
  }

  @Test
  void eachCircumstanceAddsItsDocument() {
    assertThat(codes("s01", "ztmo", "", "oralman", "representative", "guardian"))
        .containsSubsequence("identity_document", "oralman_certificate")
        .endsWith("guardianship_proof", "power_of_attorney");
    assertThat(codes("s01", "ztmo", "", "rehabilitated")).endsWith("rehabilitation_certificate");
    assertThat(codes("s01", "ztmo", "", "surname-changed")).endsWith("marriage_or_divorce_certificate");
    assertThat(codes("s01", "ztmo", "", "work-record-incomplete")).endsWith("archive_or_employer_certificate");
    assertThat(codes("s01", "ztmo", "", "pre-1998-insurance-contributions"))
        .endsWith("pension_fund_contributions_certificate");
  }
}
