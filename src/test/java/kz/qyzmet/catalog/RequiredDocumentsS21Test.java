package kz.qyzmet.catalog;

import static kz.qyzmet.catalog.RequiredDocumentsTables.codes;
import static kz.qyzmet.catalog.RequiredDocumentsTables.evaluate;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Standard 21 (documents for sanatorium and spa treatment), p. 9. Expected lists in the decree's order. */
class RequiredDocumentsS21Test {

  private static final List<String> BASIC = List.of(
      "application", "identity_document", "sanatorium_resort_card", "residence_registration_proof",
      "disability_certificate_extract", "rehabilitation_programme_extract");

  @Test
  void theDisabledPersonBringsSixDocuments() {
    assertThat(codes("s21", "provider", "")).isEqualTo(BASIC);
  }

  @Test
  void anotherPersonWithTheWrittenConsentAddsACopyOfHisIdentityDocument() {
    assertThat(codes("s21", "provider", "", "other-person-with-consent")).endsWith(
        "rehabilitation_programme_extract", "other_person_identity_copy").hasSize(7);
    assertThat(evaluate("s21", "provider", "", List.of("other-person-with-consent")).get(6))
        .containsEntry("originalOrCopy", "copy").containsEntry("paragraph", "Standard 21, p. 9(6)");
  }
}
