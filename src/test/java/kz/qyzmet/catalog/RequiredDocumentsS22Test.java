package kz.qyzmet.catalog;

import static kz.qyzmet.catalog.RequiredDocumentsTables.codes;
import static kz.qyzmet.catalog.RequiredDocumentsTables.evaluate;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Standard 22 (documents for special social services in medical-social institutions), p. 9: the
 * round-the-clock or day stay (case type) chooses the application form (annex 1 or 2); the person's
 * age, legal capacity and war-veteran status (flags) the rest.
 */
class RequiredDocumentsS22Test {

  @Test
  void anAdultDisabledPersonForARoundTheClockStay() {
    assertThat(codes("s22", "provider", "round-the-clock")).containsExactly(
        "application", "identity_card_copy", "disability_certificate_copy", "medical_card",
        "rehabilitation_programme_extract");
    assertThat(evaluate("s22", "provider", "round-the-clock", List.of()).get(0).get("nameEn").toString())
        .contains("annex 1");
    assertThat(evaluate("s22", "provider", "day-stay", List.of()).get(0).get("nameEn").toString())
        .contains("annex 2");
  }

  @Test
  void aChildBringsTheBirthCertificate() {
    assertThat(codes("s22", "provider", "day-stay", "child")).containsExactly(
        "application", "birth_certificate_copy", "disability_certificate_copy", "medical_card",
        "rehabilitation_programme_extract");
  }

  @Test
  void anElderlyPersonNeedsNoDisabilityDocumentsButThePensionCertificate() {
    assertThat(codes("s22", "provider", "round-the-clock", "elderly", "retirement-age")).containsExactly(
        "application", "identity_card_copy", "medical_card", "pension_certificate_copy");
  }

  @Test
  void incapacityAndWarVeteranStatusAddTheirDocuments() {
    assertThat(codes("s22", "provider", "round-the-clock", "legally-incapable", "wwii-veteran"))
        .endsWith("court_incapacity_decision", "wwii_status_certificate_copy");
    assertThat(evaluate("s22", "provider", "day-stay", List.of("wwii-veteran")).get(5))
        .containsEntry("code", "wwii_status_certificate_copy").containsEntry("originalOrCopy", "copy")
        .containsEntry("paragraph", "Standard 22, p. 9(8)");
  }
}
