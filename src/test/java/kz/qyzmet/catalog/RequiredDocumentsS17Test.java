package kz.qyzmet.catalog;

import static kz.qyzmet.catalog.RequiredDocumentsTables.codes;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Standard 17 (state allowance for children under eighteen), p. 9: one list at all three channels. */
class RequiredDocumentsS17Test {

  private static final List<String> BASIC = List.of(
      "application", "identity_document", "child_birth_certificate", "family_composition_info",
      "family_income_info", "family_residence_registration_proof", "bank_account_document");

  @Test
  void everyIntakePointAsksForTheBasicPackage() {
    for (String channel : List.of("provider", "psc", "akim")) {
      assertThat(codes("s17", channel, "")).as(channel).isEqualTo(BASIC);
    }
    assertThat(codes("s17", "portal", "")).isEmpty();
  }

  @Test
  void flagsAddTheirDocuments() {
    assertThat(codes("s17", "akim", "", "adoptive-parent")).contains("guardianship_or_adoption_proof");
    assertThat(codes("s17", "psc", "", "guardian")).contains("guardianship_or_adoption_proof");
    assertThat(codes("s17", "provider", "", "representative", "oralman", "data-mismatch", "guardian"))
        .containsExactly("application", "identity_document", "oralman_certificate", "child_birth_certificate",
            "marriage_or_divorce_certificate", "family_composition_info", "family_income_info",
            "family_residence_registration_proof", "guardianship_or_adoption_proof", "bank_account_document",
            "power_of_attorney");
  }
}
