package kz.qyzmet.catalog;

import static kz.qyzmet.catalog.RequiredDocumentsTables.codes;
import static kz.qyzmet.catalog.RequiredDocumentsTables.evaluate;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Standard 18 (state targeted social assistance), p. 9: the same package at the provider, the PSC
 * and the rural akim; the residence proof is a copy of the registration document or the address
 * certificate.
 */
class RequiredDocumentsS18Test {

  private static final List<String> BASIC = List.of(
      "application", "family_composition_info", "income_info", "subsidiary_farm_info",
      "residence_registration_copy", "address_certificate");

  @Test
  void everyIntakePointAsksForTheFormsAndAResidenceProof() {
    for (String channel : List.of("provider", "psc", "akim")) {
      assertThat(codes("s18", channel, "")).as(channel).isEqualTo(BASIC);
    }
    assertThat(evaluate("s18", "akim", "", List.of()))
        .filteredOn(r -> "residence_proof".equals(r.get("alternativeGroup")))
        .extracting(r -> r.get("originalOrCopy"))
        .containsExactly("copy", "original");
    assertThat(codes("s18", "portal", "")).isEmpty();
  }

  @Test
  void flagsAddTheSocialContractAndThePowerOfAttorney() {
    assertThat(codes("s18", "psc", "", "active-employment-participant")).endsWith("social_contract");
    assertThat(codes("s18", "akim", "", "representative", "active-employment-participant"))
        .endsWith("social_contract", "power_of_attorney");
    assertThat(codes("s18", "provider", "")).doesNotContain("social_contract", "power_of_attorney");
  }
}
