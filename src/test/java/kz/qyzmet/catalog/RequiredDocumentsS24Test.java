package kz.qyzmet.catalog;

import static kz.qyzmet.catalog.RequiredDocumentsTables.codes;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Standard 24 (social assistance by decision of local representative bodies), p. 9: paper package
 * at the provider and the akim, an electronic request with the annex 2 forms on the portal; the
 * same list whether the package is complete or documents are missing (the case type changes the
 * term, not the list).
 */
class RequiredDocumentsS24Test {

  private static final List<String> PAPER = List.of(
      "application", "identity_document", "residence_registration_proof", "family_composition_info",
      "income_info", "difficult_life_situation_proof");

  @Test
  void providerAndAkimAskForThePaperPackage() {
    assertThat(codes("s24", "provider", "complete-package")).isEqualTo(PAPER);
    assertThat(codes("s24", "akim", "complete-package")).isEqualTo(PAPER);
  }

  /** P. 4(1): documents missing, damaged or lost - the provider has 20 working days; only the application is asked. */
  @Test
  void documentsMissing_asksOnlyForTheApplication() {
    assertThat(codes("s24", "provider", "documents-missing")).containsExactly("application");
    assertThat(codes("s24", "akim", "documents-missing")).containsExactly("application");
  }

  @Test
  void thePortalTakesTheRequestAndTheForms() {
    assertThat(codes("s24", "portal", "documents-missing"))
        .containsExactly("electronic_request", "electronic_application_forms");
    assertThat(codes("s24", "psc", "complete-package")).isEmpty();
  }
}
