package kz.qyzmet.catalog;

import static kz.qyzmet.catalog.RequiredDocumentsTables.codes;
import static kz.qyzmet.catalog.RequiredDocumentsTables.evaluate;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Standard 20 (documents for a wheelchair), p. 9: the application and the rehabilitation programme;
 * the work-injury documents only where the employer is gone (the seed states no condition).
 */
class RequiredDocumentsS20Test {

  @Test
  void theApplicationAndTheRehabilitationProgramme() {
    assertThat(codes("s20", "provider", "")).containsExactly("application", "rehabilitation_programme");
  }

  @Test
  void aWorkInjuryThroughALiquidatedEmployerAddsTheReportAndTheLiquidationDocument() {
    assertThat(codes("s20", "provider", "", "employer-liquidated-work-injury")).containsExactly(
        "application", "rehabilitation_programme", "accident_report", "employer_termination_document");
    assertThat(evaluate("s20", "provider", "", List.of("employer-liquidated-work-injury")).get(2))
        .containsEntry("nameKk", "жазатайым оқиға туралы акт").containsEntry("paragraph", "Standard 20, p. 9(3)");
  }
}
