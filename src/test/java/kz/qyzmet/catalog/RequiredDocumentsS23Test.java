package kz.qyzmet.catalog;

import static kz.qyzmet.catalog.RequiredDocumentsTables.codes;
import static kz.qyzmet.catalog.RequiredDocumentsTables.evaluate;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Standard 23 (documents for special social services in home care), p. 9: like standard 22 without
 * the court decision, with the residence document, and a representative by power of attorney.
 */
class RequiredDocumentsS23Test {

  @Test
  void anAdultDisabledPerson() {
    assertThat(codes("s23", "provider", "")).containsExactly(
        "application", "identity_card_copy", "residence_registration_proof", "disability_certificate_copy",
        "medical_card", "rehabilitation_programme_extract");
  }

  @Test
  void aChildBringsTheBirthCertificate() {
    assertThat(codes("s23", "provider", "", "child")).contains("birth_certificate_copy")
        .doesNotContain("identity_card_copy");
  }

  @Test
  void anElderlyWarVeteranNeedsNoDisabilityDocuments() {
    assertThat(codes("s23", "provider", "", "elderly", "retirement-age", "wwii-veteran")).containsExactly(
        "application", "identity_card_copy", "residence_registration_proof", "medical_card",
        "pension_certificate_copy", "wwii_status_certificate_copy");
  }

  @Test
  void aRepresentativeShowsThePowerOfAttorney() {
    assertThat(codes("s23", "provider", "", "representative")).endsWith("power_of_attorney");
    assertThat(evaluate("s23", "provider", "", List.of("representative")).get(6))
        .containsEntry("paragraph", "Standard 23, p. 9").containsEntry("nameKk", "сенімхат");
  }
}
