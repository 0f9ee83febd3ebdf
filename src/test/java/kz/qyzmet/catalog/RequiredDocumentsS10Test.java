package kz.qyzmet.catalog;

import static kz.qyzmet.catalog.RequiredDocumentsTables.codes;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Standard 10 (allowance for bringing up a disabled child), p. 9. */
class RequiredDocumentsS10Test {

  private static final List<String> BASIC = List.of(
      "application", "identity_document", "child_birth_certificate",
      "family_residence_registration_proof", "child_disability_certificate", "bank_account_document");

  @Test
  void ztmoAndPscAskForTheBasicPackage() {
    assertThat(codes("s10", "ztmo", "")).isEqualTo(BASIC);
    assertThat(codes("s10", "psc", "")).isEqualTo(BASIC);
    assertThat(codes("s10", "portal", "")).isEmpty();
  }

  @Test
  void flagsAddTheirDocuments() {
    assertThat(codes("s10", "psc", "", "adoptive-parent")).contains("guardianship_or_adoption_proof");
    assertThat(codes("s10", "ztmo", "", "oralman", "data-mismatch", "guardian", "representative"))
        .containsExactly("application", "identity_document", "oralman_certificate",
            "child_birth_certificate", "marriage_or_divorce_certificate", "guardianship_or_adoption_proof",
            "family_residence_registration_proof", "child_disability_certificate", "bank_account_document",
            "power_of_attorney");
  }
}
