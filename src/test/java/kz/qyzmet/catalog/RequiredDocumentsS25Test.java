package kz.qyzmet.catalog;

import static kz.qyzmet.catalog.RequiredDocumentsTables.codes;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Standard 25 (referrals to active forms of employment promotion), p. 9: provider and portal. */
class RequiredDocumentsS25Test {

  @Test
  void theProviderAsksForTheIdentityDocumentThePortalForTheSignedApplication() {
    assertThat(codes("s25", "provider", "")).containsExactly("identity_document");
    assertThat(codes("s25", "provider", "", "oralman")).containsExactly("identity_document", "oralman_certificate");
    assertThat(codes("s25", "portal", "")).containsExactly("electronic_application");
    assertThat(codes("s25", "portal", "", "oralman")).containsExactly("electronic_application");
    assertThat(codes("s25", "psc", "")).isEmpty();
  }
}
