package kz.qyzmet.catalog;

import static kz.qyzmet.catalog.RequiredDocumentsTables.codes;
import static kz.qyzmet.catalog.RequiredDocumentsTables.evaluate;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Standard 16 (documents for hearing and visual aids and hygiene products), p. 9: each of the three
 * kinds of device (the case type) has its own list. Expected lists are in the decree's order.
 */
class RequiredDocumentsS16Test {

  private static final String[] ALL_FLAGS = {"disabled-child", "wwii-participant-or-disabled", "wwii-equated",
      "disability-group", "employer-liquidated-work-injury"};

  @Test
  void hearingAids() {
    assertThat(codes("s16", "provider", "hearing-aids"))
        .containsExactly("application", "identity_document", "rehabilitation_programme_extract");
    assertThat(codes("s16", "provider", "hearing-aids", ALL_FLAGS)).containsExactly(
        "application", "identity_document", "child_birth_certificate", "rehabilitation_programme_extract",
        "wwii_certificate", "pension_certificate_with_benefit_mark", "pension_certificate_copy",
        "accident_report", "employer_termination_document");
    assertThat(codes("s16", "provider", "hearing-aids", "disability-group")).endsWith("pension_certificate_copy");
    assertThat(evaluate("s16", "provider", "hearing-aids", List.of("disability-group")).get(3))
        .containsEntry("originalOrCopy", "copy").containsEntry("paragraph", "Standard 16, p. 9 (hearing aids), item 7");
  }

  @Test
  void visualAidsAskForNoVeteransOrPensionDocuments() {
    assertThat(codes("s16", "provider", "visual-aids"))
        .containsExactly("application", "identity_document", "rehabilitation_programme_extract");
    assertThat(codes("s16", "provider", "visual-aids", ALL_FLAGS)).containsExactly(
        "application", "identity_document", "child_birth_certificate", "rehabilitation_programme_extract",
        "accident_report", "employer_termination_document");
  }

  @Test
  void hygieneProductsAddTheDisabilityCertificate() {
    assertThat(codes("s16", "provider", "hygiene-products")).containsExactly(
        "application", "identity_document", "rehabilitation_programme_extract", "disability_certificate");
    assertThat(codes("s16", "provider", "hygiene-products", "disabled-child", "wwii-equated")).containsExactly(
        "application", "identity_document", "child_birth_certificate", "rehabilitation_programme_extract",
        "disability_certificate");
  }

  @Test
  void eachKindNamesItsOwnParagraph() {
    assertThat(evaluate("s16", "provider", "visual-aids", List.of()).get(1))
        .containsEntry("code", "identity_document").containsEntry("paragraph", "Standard 16, p. 9 (visual aids), item 1");
    assertThat(evaluate("s16", "provider", "hygiene-products", List.of()).get(3))
        .containsEntry("paragraph", "Standard 16, p. 9 (hygiene products), item 6");
  }
}
