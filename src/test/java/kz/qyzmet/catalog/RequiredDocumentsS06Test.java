package kz.qyzmet.catalog;

import static kz.qyzmet.catalog.RequiredDocumentsTables.codes;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Standard 6 (childbirth and child-care allowances), p. 9: paper documents at ZTMO and the PSC, a
 * signed request with the annex 2 data forms on the portal.
 */
class RequiredDocumentsS06Test {

  private static final List<String> BASIC = List.of(
      "application", "identity_document", "child_birth_certificate", "residence_registration_proof",
      "bank_account_document");

  @Test
  void ztmoAndPscAskForTheBasicPackage() {
    assertThat(codes("s06", "ztmo", "")).isEqualTo(BASIC);
    assertThat(codes("s06", "psc", "")).isEqualTo(BASIC);
  }

  @Test
  void thePortalTakesTheSignedRequestAndTheDataForms() {
    assertThat(codes("s06", "portal", "")).containsExactly("electronic_request", "portal_data_forms");
    assertThat(codes("s06", "portal", "", "representative", "guardian"))
        .containsExactly("electronic_request", "portal_data_forms");
  }

  @Test
  void aGuardianOrAnAdoptiveParentShowsTheirTitle() {
    assertThat(codes("s06", "ztmo", "", "guardian")).contains("guardianship_or_adoption_proof");
    assertThat(codes("s06", "ztmo", "", "adoptive-parent")).contains("guardianship_or_adoption_proof");
    assertThat(codes("s06", "ztmo", "", "guardian", "adoptive-parent"))
        .containsOnlyOnce("guardianship_or_adoption_proof");
  }

  @Test
  void otherFlagsAddTheirDocuments() {
    assertThat(codes("s06", "psc", "", "oralman", "data-mismatch", "representative")).containsExactly(
        "application", "identity_document", "oralman_certificate", "child_birth_certificate",
        "marriage_or_divorce_certificate", "residence_registration_proof", "bank_account_document",
        "power_of_attorney");
  }
}
