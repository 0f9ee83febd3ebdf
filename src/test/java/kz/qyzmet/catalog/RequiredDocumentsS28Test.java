package kz.qyzmet.catalog;

import static kz.qyzmet.catalog.RequiredDocumentsTables.codes;
import static kz.qyzmet.catalog.RequiredDocumentsTables.evaluate;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Standard 28 (material support for disabled children taught at home), p. 9: the same seven documents
 * at the provider and the PSC; the portal takes only the signed information request.
 */
class RequiredDocumentsS28Test {

  private static final List<String> PACKAGE = List.of(
      "application", "identity_document", "residence_registration_proof", "pmpc_conclusion",
      "disability_certificate", "bank_account_document", "home_study_certificate");

  @Test
  void theProviderAndThePscTakeTheSamePackage() {
    assertThat(codes("s28", "provider", "")).isEqualTo(PACKAGE);
    assertThat(codes("s28", "psc", "")).isEqualTo(PACKAGE);
    assertThat(evaluate("s28", "psc", "", List.of()))
        .filteredOn(r -> "original".equals(r.get("originalOrCopy"))).extracting(r -> r.get("code"))
        .containsExactly("application", "home_study_certificate");
  }

  @Test
  void thePortalTakesOnlyTheSignedRequest() {
    assertThat(codes("s28", "portal", "")).containsExactly("electronic_request");
    assertThat(evaluate("s28", "portal", "", List.of()).get(0)).containsEntry("originalOrCopy", "electronic");
  }
}
