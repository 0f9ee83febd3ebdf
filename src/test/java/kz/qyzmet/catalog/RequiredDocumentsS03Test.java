package kz.qyzmet.catalog;

import static kz.qyzmet.catalog.RequiredDocumentsTables.codes;
import static kz.qyzmet.catalog.RequiredDocumentsTables.evaluate;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Standard 3 (state social benefits), p. 9: each of the three benefits has its own list; the
 * application form is common to all.
 */
class RequiredDocumentsS03Test {

  @Test
  void disabilityBenefit() {
    List<String> expected = List.of("application", "identity_document", "residence_registration_proof",
        "bank_account_details", "disability_certificate_extract");
    assertThat(codes("s03", "ztmo", "disability")).isEqualTo(expected);
    assertThat(codes("s03", "psc", "disability")).isEqualTo(expected);
  }

  @Test
  void lossOfBreadwinnerBenefit() {
    assertThat(codes("s03", "ztmo", "loss-of-breadwinner")).containsExactly(
        "application", "identity_document", "residence_registration_proof", "bank_account_details",
        "breadwinner_death_proof", "kinship_document");
  }

  @Test
  void ageBenefit() {
    assertThat(codes("s03", "psc", "age")).containsExactly(
        "application", "identity_document", "residence_registration_proof", "bank_account_details");
  }

  @Test
  void theCaseTypeChangesTheList() {
    assertThat(codes("s03", "ztmo", "disability")).contains("disability_certificate_extract")
        .doesNotContain("breadwinner_death_proof");
    assertThat(codes("s03", "ztmo", "loss-of-breadwinner")).contains("breadwinner_death_proof")
        .doesNotContain("disability_certificate_extract");
    assertThat(codes("s03", "ztmo", "")).containsExactly("application");
  }

  @Test
  void flagsAddDocumentsWithinTheirBenefit() {
    assertThat(codes("s03", "ztmo", "loss-of-breadwinner", "carer-of-deceased-children", "representative"))
        .endsWith("work_record_book_termination", "not_entrepreneur_certificate", "power_of_attorney");
    assertThat(codes("s03", "ztmo", "age", "carer-of-deceased-children")).doesNotContain("work_record_book_termination");
    assertThat(codes("s03", "psc", "disability", "military-service-disability"))
        .endsWith("central_military_medical_commission_decision", "military_medical_conclusion");
    assertThat(evaluate("s03", "psc", "disability", List.of("military-service-disability")))
        .filteredOn(r -> "military_medical_document".equals(r.get("alternativeGroup"))).hasSize(2);
    assertThat(codes("s03", "ztmo", "age", "oralman")).contains("oralman_certificate");
  }

  @Test
  void thePortalNeedsOnlyTheSignedRequestWhateverTheBenefit() {
    assertThat(codes("s03", "portal", "age")).containsExactly("electronic_request");
    assertThat(codes("s03", "portal", "")).containsExactly("electronic_request");
  }
}
