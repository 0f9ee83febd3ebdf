package kz.qyzmet.catalog;

import static kz.qyzmet.catalog.RequiredDocumentsTables.codes;
import static kz.qyzmet.catalog.RequiredDocumentsTables.evaluate;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Standard 30 (oralman status), p. 9: the provider only; two documents depend on what is found. */
class RequiredDocumentsS30Test {

  @Test
  void theProviderAsksForTheApplicationTheAutobiographyAndTheFamilysIdentityDocuments() {
    assertThat(codes("s30", "provider", "")).containsExactly(
        "application", "autobiography", "identity_documents_family");
    assertThat(evaluate("s30", "provider", "", List.of()))
        .filteredOn(r -> "autobiography".equals(r.get("code")))
        .extracting(r -> r.get("originalOrCopy")).containsExactly("original");
  }

  @Test
  void ethnicityProofAndTheTransferApplicationOnlyWhenTheirFactsApply() {
    assertThat(codes("s30", "provider", "", "nationality-not-in-identity-document"))
        .containsExactly("application", "autobiography", "identity_documents_family", "ethnic_kazakh_proof");
    assertThat(codes("s30", "provider", "", "registered-in-another-region"))
        .endsWith("document_transfer_application").doesNotContain("ethnic_kazakh_proof");
    assertThat(codes("s30", "psc", "")).isEmpty();
    assertThat(codes("s30", "portal", "")).isEmpty();
  }
}
