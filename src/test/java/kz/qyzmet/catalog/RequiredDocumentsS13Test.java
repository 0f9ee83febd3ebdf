package kz.qyzmet.catalog;

import static kz.qyzmet.catalog.RequiredDocumentsTables.codes;
import static kz.qyzmet.catalog.RequiredDocumentsTables.evaluate;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Standard 13 (Semipalatinsk nuclear tests), p. 9: one list for the provider and the PSC; the
 * application form and the payment details depend on the case type, the residence proof on whether
 * the documents were preserved.
 */
class RequiredDocumentsS13Test {

  @Test
  void registrationAndDuplicateNeedAnnexTwoAndTheResidenceProof() {
    for (String caseType : List.of("registration", "duplicate")) {
      for (String channel : List.of("provider", "psc")) {
        assertThat(codes("s13", channel, caseType)).as(channel + "/" + caseType).containsExactly(
            "application", "identity_document", "residence_registration", "test_site_residence_documents");
      }
    }
    assertThat(evaluate("s13", "psc", "duplicate", List.of()).get(0).get("nameEn")).asString().contains("annex 2");
  }

  @Test
  void compensationNeedsAnnexOneAndOneOfThePaymentDetails() {
    assertThat(codes("s13", "provider", "compensation")).containsExactly(
        "application", "identity_document", "residence_registration", "bank_account_details",
        "payment_organisation_contract", "test_site_residence_documents");
    assertThat(evaluate("s13", "provider", "compensation", List.of()))
        .filteredOn(r -> "compensation_payment_route".equals(r.get("alternativeGroup"))).hasSize(2);
    assertThat(evaluate("s13", "provider", "compensation", List.of()).get(0).get("nameEn")).asString().contains("annex 1");
  }

  @Test
  void aCourtDecisionReplacesLostResidenceDocumentsAndAnEarlierCertificateIsShown() {
    assertThat(codes("s13", "psc", "registration", "residence-documents-lost", "earlier-certificate"))
        .containsExactly("application", "identity_document", "residence_registration", "earlier_certificate",
            "court_decision_on_residence");
    assertThat(codes("s13", "ztmo", "compensation")).isEmpty();
  }
}
