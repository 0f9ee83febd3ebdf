package kz.qyzmet.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every standards file loads, and each standard's terms are the decree's (values asserted here
 * against the seed by hand, so a slip in a file fails twice: here and in the seed quote check).
 */
class StandardsCatalogTest {

  private final StandardsCatalog catalog = TestCatalog.CATALOG;

  private static void assertTerm(Standard s, String kind, String channel, String caseType,
      Integer value, TermUnit unit, String paragraph) {
    Term term = s.term(kind, channel, caseType)
        .orElseThrow(() -> new AssertionError(s.code() + ": no " + kind + " term at " + channel + "/" + caseType));
    assertThat(term.value()).as(s.code() + " " + kind + " " + channel + "/" + caseType).isEqualTo(value);
    assertThat(term.unit()).as(s.code() + " " + kind + " " + channel + "/" + caseType).isEqualTo(unit);
    assertThat(term.paragraph()).as(s.code() + " " + kind + " " + channel + " paragraph").isEqualTo(paragraph);
  }

  private static void assertService(Standard s, String channel, String caseType, Integer value,
      TermUnit unit, String paragraph) {
    assertTerm(s, Term.SERVICE, channel, caseType, value, unit, paragraph);
  }

  @Test
  void everyFileUnderStandardsLoads() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("src/main/resources/standards"))) {
      long count = files.filter(p -> p.toString().endsWith(".yaml")).count();
      assertThat(catalog.all()).hasSize((int) count);
    }
    assertThat(catalog.all()).extracting(Standard::number).isSorted();
  }

  @Test
  void lookupsByNumberCodeAndProcessKey() {
    Standard s02 = catalog.byNumber(2).orElseThrow();
    assertThat(s02.nameKk()).isEqualTo("Мемлекеттік базалық зейнетақы төлемін тағайындау");
    assertThat(catalog.byProcessKey("s02-basic-pension-payment-assignment")).containsSame(s02);
    assertThat(catalog.byCode("s02")).containsSame(s02);
    assertThat(catalog.byNumber(31)).isEmpty();
    assertThat(catalog.byProcessKey("s02")).isEmpty();
    assertThat(s02.requiredDocumentsDecisionKey()).isEqualTo("s02-required-documents");
  }

  @Test
  void s02BasicPensionPayment() {
    Standard s = catalog.require(2);
    assertThat(s.processKey()).isEqualTo("s02-basic-pension-payment-assignment");
    assertService(s, "ztmo", null, 10, TermUnit.WORKING_DAYS, "Standard 2, p. 4(1)");
    assertService(s, "psc", null, 10, TermUnit.WORKING_DAYS, "Standard 2, p. 4(1)");
    assertService(s, "portal", null, 30, TermUnit.MINUTES, "Standard 2, p. 4(1)");
    assertService(s, "ztmo", "", 10, TermUnit.WORKING_DAYS, "Standard 2, p. 4(1)");
    assertThat(s.serviceTerm("akim", null)).isEmpty();
    assertTerm(s, Term.AFTER_DOCUMENTS, "psc", null, 10, TermUnit.WORKING_DAYS, "Standard 2, p. 4(1)");
    assertTerm(s, Term.NOTIFY_APPLICANT, "ztmo", null, 5, TermUnit.WORKING_DAYS, "Standard 2, p. 4(1)");
    assertTerm(s, Term.AFTER_ERROR_FIX, "ztmo", null, 10, TermUnit.WORKING_DAYS, "Standard 2, p. 4(1)");
    assertTerm(s, "queue-wait", "ztmo", null, 30, TermUnit.MINUTES, "Standard 2, p. 4(2)");
    assertTerm(s, "queue-wait", "psc", null, 15, TermUnit.MINUTES, "Standard 2, p. 4(2)");
    Extension documents = s.extension(Extension.DOCUMENT_REQUEST).orElseThrow();
    assertThat(documents.maxTotal()).isEqualTo(new StatutoryPeriod(30, TermUnit.WORKING_DAYS));
    assertThat(documents.notifyApplicant()).isEqualTo(new StatutoryPeriod(5, TermUnit.WORKING_DAYS));
    assertThat(documents.afterResolution()).isEqualTo(new StatutoryPeriod(10, TermUnit.WORKING_DAYS));
    assertThat(s.extension(Extension.ERROR_CORRECTION).orElseThrow().extendBy())
        .isEqualTo(new StatutoryPeriod(5, TermUnit.WORKING_DAYS));
    assertThat(s.extension(Extension.DOCUMENT_REQUEST, "portal")).isEmpty();
    assertThat(s.channel("psc").orElseThrow().firstTimeOnly()).isTrue();
    assertThat(s.channel("ztmo").orElseThrow().firstTimeOnly()).isFalse();
    assertThat(s.channel("portal").orElseThrow().does(ChannelFunction.INFORMATION_ONLY)).isTrue();
    assertThat(s.hasChannel("portal")).isTrue();
    assertThat(s.hasChannel("akim")).isFalse();
    assertThat(s.caseTypes()).isEmpty();
    assertThat(s.flags()).extracting(ApplicantFlag::code)
        .containsExactly("representative", "oralman", "guardian");
    assertThat(s.refusalGrounds()).extracting(RefusalGround::code).containsExactly("incomplete-package");
    assertThat(s.complaints().providerWorkingDays()).isEqualTo(5);
    assertThat(s.complaints().qualityAuthorityWorkingDays()).isEqualTo(15);
  }

  @Test
  void everyStandardHasTheCommonComplaintTerms() {
    for (Standard s : catalog.all()) {
      assertThat(s.complaints().providerWorkingDays()).as(s.code()).isEqualTo(5);
      assertThat(s.complaints().qualityAuthorityWorkingDays()).as(s.code()).isEqualTo(15);
    }
  }
}
