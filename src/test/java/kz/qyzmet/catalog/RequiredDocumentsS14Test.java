package kz.qyzmet.catalog;

import static kz.qyzmet.catalog.RequiredDocumentsTables.codes;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Standard 14 (certificates for unemployed citizens), p. 9: provider, PSC and an automated portal. */
class RequiredDocumentsS14Test {

  @Test
  void theOfficesAskForTheApplicationAndTheIdentityDocument() {
    assertThat(codes("s14", "provider", "")).containsExactly("application", "identity_document");
    assertThat(codes("s14", "psc", "", "oralman"))
        .containsExactly("application", "identity_document", "oralman_certificate");
  }

  @Test
  void thePortalTakesTheSignedRequestOnly() {
    assertThat(codes("s14", "portal", "")).containsExactly("electronic_request");
    assertThat(codes("s14", "portal", "", "oralman")).containsExactly("electronic_request");
  }
}
