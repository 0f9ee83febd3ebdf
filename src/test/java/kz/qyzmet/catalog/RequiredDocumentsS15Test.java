package kz.qyzmet.catalog;

import static kz.qyzmet.catalog.RequiredDocumentsTables.codes;
import static kz.qyzmet.catalog.RequiredDocumentsTables.evaluate;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Standard 15 (documents for prosthetic and orthopaedic help), p. 9: the application, the identity
 * document and the rehabilitation programme extract; war veterans and people injured through the
 * fault of a liquidated employer bring more. Expected lists are in the decree's order.
 */
class RequiredDocumentsS15Test {

  @Test
  void aDisabledPersonBringsTheProgrammeExtract() {
    assertThat(codes("s15", "provider", ""))
        .containsExactly("application", "identity_document", "rehabilitation_programme_extract");
  }

  @Test
  void aWarParticipantBringsTheCertificateAndTheMedicalConclusionInsteadOfTheExtract() {
    assertThat(codes("s15", "provider", "", "wwii-participant"))
        .containsExactly("application", "identity_document", "wwii_certificate", "medical_need_conclusion");
  }

  @Test
  void disabledAndEquatedVeteransBringTheCertificateAndTheExtract() {
    for (String flag : List.of("wwii-disabled", "wwii-equated")) {
      assertThat(codes("s15", "provider", "", flag)).as(flag).containsExactly(
          "application", "identity_document", "rehabilitation_programme_extract", "wwii_certificate");
    }
    assertThat(codes("s15", "provider", "", "wwii-participant", "wwii-equated")).containsOnlyOnce("wwii_certificate");
  }

  @Test
  void aParticipantWhoIsAlsoADisabledVeteran_keepsTheProgrammeExtract() {
    List<String> codes = codes("s15", "provider", "", "wwii-participant", "wwii-disabled");
    assertThat(codes).containsOnlyOnce("rehabilitation_programme_extract", "wwii_certificate");
    assertThat(codes).startsWith("application", "identity_document");
  }

  @Test
  void aWorkInjuryThroughALiquidatedEmployerAddsTheReportAndTheLiquidationDocument() {
    assertThat(codes("s15", "provider", "", "employer-liquidated-work-injury"))
        .endsWith("accident_report", "employer_termination_document");
    assertThat(evaluate("s15", "provider", "", List.of("employer-liquidated-work-injury")).get(3))
        .containsEntry("paragraph", "Standard 15, p. 9(6)").containsEntry("originalOrCopy", "original-for-verification");
  }

  @Test
  void onlyTheProviderTakesApplications() {
    assertThat(codes("s15", "psc", "")).isEmpty();
    assertThat(codes("s15", "portal", "")).isEmpty();
  }
}
