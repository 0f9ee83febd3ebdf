package kz.qyzmet.catalog;

import static kz.qyzmet.catalog.RequiredDocumentsTables.codes;
import static kz.qyzmet.catalog.RequiredDocumentsTables.evaluate;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Standard 2 (basic pension payment), p. 9: what the table asks for at each channel. Expected
 * lists are in the decree's order.
 */
class RequiredDocumentsS02Test {


  private static final List<String> BASIC = List.of(
      "application", "identity_document", "residence_registration_proof", "bank_account_details");

  @Test
  void ztmoAndPscAskForTheBasicPackage() {
    assertThat(codes("s02", "ztmo", "")).isEqualTo(BASIC);
    assertThat(codes("s02", "psc", "")).isEqualTo(BASIC);
  }

  @Test
  void thePortalNeedsOnlyTheSignedRequest() {
    assertThat(codes("s02", "portal", "")).containsExactly("electronic_request");
    assertThat(codes("s02", "portal", "", "representative", "oralman")).containsExactly("electronic_request");
  }

  @Test
  void eachFlagAddsItsDocument() {
    assertThat(codes("s02", "ztmo", "", "representative")).containsExactly(
        "application", "identity_document", "residence_registration_proof", "bank_account_details",
        "power_of_attorney");
    assertThat(codes("s02", "psc", "", "oralman")).containsExactly(
        "application", "identity_document", "oralman_certificate", "residence_registration_proof",
        "bank_account_details");
    assertThat(codes("s02", "ztmo", "", "guardian", "representative", "oralman")).containsExactly(
        "application", "identity_document", "oralman_certificate", "residence_registration_proof",
        "bank_account_details", "guardianship_proof", "power_of_attorney");
  }

  @Test
  void aRowCarriesTheDecreesWordingAndParagraph() {
    Map<String, Object> row = evaluate("s02", "psc", "", List.of("representative")).get(4);
    assertThat(row).containsEntry("code", "power_of_attorney")
        .containsEntry("nameKk", "сенімхат")
        .containsEntry("originalOrCopy", "original-for-verification")
        .containsEntry("condition", "when applying through a representative (third person)")
        .containsEntry("paragraph", "Standard 2, p. 9(6)")
        .containsEntry("alternativeGroup", "");
  }

  @Test
  void anUnknownChannelGetsNothing() {
    assertThat(codes("s02", "akim", "")).isEmpty();
  }
}
