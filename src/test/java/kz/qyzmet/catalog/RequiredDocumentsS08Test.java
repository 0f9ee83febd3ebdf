package kz.qyzmet.catalog;

import static kz.qyzmet.catalog.RequiredDocumentsTables.codes;
import static kz.qyzmet.catalog.RequiredDocumentsTables.evaluate;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Standard 8 (information on a depositor's pension funds), p. 9: the PSC takes an application with
 * the documents of the applicant's capacity (representative, heir, notary, court); the portal only a
 * signed request.
 */
class RequiredDocumentsS08Test {

  @Test
  void aDepositorAtThePscBringsTheApplicationAndTheIdentityDocument() {
    assertThat(codes("s08", "psc", "")).containsExactly("application", "identity_document");
  }

  @Test
  void thePortalTakesOnlyTheSignedRequest() {
    assertThat(codes("s08", "portal", "", "representative", "court")).containsExactly("electronic_request");
    assertThat(evaluate("s08", "portal", "", List.of()).get(0).get("originalOrCopy")).isEqualTo("electronic");
  }

  @Test
  void eachCapacityAddsItsDocuments() {
    assertThat(codes("s08", "psc", "", "representative")).endsWith("power_of_attorney");
    assertThat(codes("s08", "psc", "", "heir-by-will")).endsWith("will");
    assertThat(codes("s08", "psc", "", "notary-or-consulate"))
        .endsWith("inheritance_case", "death_certificate_copy");
    assertThat(codes("s08", "psc", "", "court")).endsWith("court_ruling");
  }

  @Test
  void aCourtNeedsNoWill() {
    assertThat(codes("s08", "psc", "", "heir-by-will", "court"))
        .containsExactly("application", "identity_document", "court_ruling");
  }
}
