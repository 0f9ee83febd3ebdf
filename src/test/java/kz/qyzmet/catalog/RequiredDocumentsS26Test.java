package kz.qyzmet.catalog;

import static kz.qyzmet.catalog.RequiredDocumentsTables.codes;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Standard 26 (fuel assistance for rural social-sector specialists), p. 9. */
class RequiredDocumentsS26Test {

  @Test
  void everyIntakePointAsksForTheSamePackage() {
    for (String channel : List.of("provider", "psc", "akim")) {
      assertThat(codes("s26", channel, "")).as(channel).containsExactly(
          "application", "identity_document", "residence_registration_proof", "employment_certificate",
          "bank_account_document");
    }
    assertThat(codes("s26", "akim", "", "representative")).endsWith("power_of_attorney");
    assertThat(codes("s26", "portal", "")).isEmpty();
  }
}
