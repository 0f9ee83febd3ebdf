package kz.qyzmet.catalog;

import static kz.qyzmet.catalog.RequiredDocumentsTables.codes;
import static kz.qyzmet.catalog.RequiredDocumentsTables.evaluate;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Standard 19 (documents for a personal assistant or a sign-language specialist), p. 9: one list for
 * both services.
 */
class RequiredDocumentsS19Test {

  private static final List<String> ALL = List.of(
      "application", "identity_document", "rehabilitation_programme_extract", "disability_certificate");

  @Test
  void bothServicesAskForTheSameFourDocuments() {
    assertThat(codes("s19", "provider", "personal-assistant")).isEqualTo(ALL);
    assertThat(codes("s19", "provider", "sign-language-specialist")).isEqualTo(ALL);
  }

  @Test
  void onlyTheApplicationIsAnOriginalForm() {
    assertThat(evaluate("s19", "provider", "personal-assistant", List.of()))
        .extracting(r -> r.get("originalOrCopy"))
        .containsExactly("original", "original-for-verification", "original-for-verification", "original-for-verification");
    assertThat(evaluate("s19", "provider", "sign-language-specialist", List.of()).get(3))
        .containsEntry("paragraph", "Standard 19, p. 9(4)").containsEntry("nameKk", "мүгедектігі туралы анықтама");
  }
}
