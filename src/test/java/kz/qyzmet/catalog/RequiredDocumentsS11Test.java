package kz.qyzmet.catalog;

import static kz.qyzmet.catalog.RequiredDocumentsTables.codes;
import static kz.qyzmet.catalog.RequiredDocumentsTables.evaluate;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Standard 11 (one-time burial payment), p. 9: ZTMO only, two groups of alternatives. */
class RequiredDocumentsS11Test {

  @Test
  void ztmoAsksForTheApplicationTheAlternativesAndTheAccount() {
    assertThat(codes("s11", "ztmo", "")).containsExactly(
        "application", "identity_document", "legal_entity_registration_certificate", "entrepreneur_patent",
        "death_certificate", "foreign_death_document", "bank_account_details");
    assertThat(evaluate("s11", "ztmo", "", List.of()))
        .filteredOn(r -> "burial_organiser_document".equals(r.get("alternativeGroup"))).hasSize(3);
    assertThat(evaluate("s11", "ztmo", "", List.of()))
        .filteredOn(r -> "death_proof".equals(r.get("alternativeGroup"))).hasSize(2);
  }

  @Test
  void aRepresentativeAddsThePowerOfAttorney() {
    assertThat(codes("s11", "ztmo", "", "representative")).endsWith("power_of_attorney");
    assertThat(codes("s11", "psc", "")).isEmpty();
  }
}
