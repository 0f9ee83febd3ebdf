package kz.qyzmet.catalog;

import static kz.qyzmet.catalog.RequiredDocumentsTables.codes;
import static kz.qyzmet.catalog.RequiredDocumentsTables.evaluate;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Standard 27 (certificate that the family receives targeted social assistance), p. 9: the
 * application and the identity document at the provider, the akim and the PSC.
 */
class RequiredDocumentsS27Test {

  @Test
  void everyIntakePointAsksForTheApplicationAndTheIdentityDocument() {
    for (String channel : List.of("provider", "akim", "psc")) {
      assertThat(codes("s27", channel, "")).as(channel).containsExactly("application", "identity_document");
    }
    assertThat(evaluate("s27", "psc", "", List.of()).get(1).get("condition").toString()).contains("copy");
    assertThat(evaluate("s27", "akim", "", List.of()).get(1).get("condition").toString()).doesNotContain("copy");
  }

  @Test
  void aRepresentativeAddsThePowerOfAttorney() {
    assertThat(codes("s27", "akim", "", "representative")).endsWith("power_of_attorney");
    assertThat(codes("s27", "portal", "")).isEmpty();
  }
}
