package kz.qyzmet.catalog;

import static kz.qyzmet.catalog.RequiredDocumentsTables.codes;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Standard 12 (registration of unemployed citizens), p. 9: no application form at the offices. */
class RequiredDocumentsS12Test {

  @Test
  void theOfficesAskForTheIdentityDocumentThePortalForTheSignedApplication() {
    assertThat(codes("s12", "provider", "")).containsExactly("identity_document");
    assertThat(codes("s12", "psc", "", "oralman")).containsExactly("identity_document", "oralman_certificate");
    assertThat(codes("s12", "portal", "")).containsExactly("electronic_application");
    assertThat(codes("s12", "portal", "", "oralman")).containsExactly("electronic_application");
    assertThat(codes("s12", "akim", "")).isEmpty();
  }
}
