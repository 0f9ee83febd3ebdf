package kz.qyzmet.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
  void serviceTermsPerChannelAreTheDecrees() {
    record Expected(int standard, String channel, String caseType, int value, TermUnit unit) {}
    List<Expected> expected = List.of(
        new Expected(1, "ztmo", null, 10, TermUnit.WORKING_DAYS),
        new Expected(1, "portal", null, 30, TermUnit.MINUTES),
        new Expected(2, "ztmo", null, 10, TermUnit.WORKING_DAYS),
        new Expected(2, "psc", null, 10, TermUnit.WORKING_DAYS),
        new Expected(2, "portal", null, 30, TermUnit.MINUTES),
        new Expected(3, "ztmo", "disability", 10, TermUnit.WORKING_DAYS),
        new Expected(3, "psc", "loss-of-breadwinner", 10, TermUnit.WORKING_DAYS),
        new Expected(3, "portal", "age", 30, TermUnit.MINUTES),
        new Expected(4, "ztmo", null, 10, TermUnit.WORKING_DAYS),
        new Expected(4, "psc", null, 10, TermUnit.WORKING_DAYS),
        new Expected(4, "portal", null, 30, TermUnit.MINUTES),
        new Expected(5, "ztmo", "childcare-under-one", 10, TermUnit.WORKING_DAYS),
        new Expected(5, "psc", "loss-of-job", 10, TermUnit.WORKING_DAYS),
        new Expected(6, "ztmo", null, 7, TermUnit.WORKING_DAYS),
        new Expected(6, "psc", null, 7, TermUnit.WORKING_DAYS),
        new Expected(6, "portal", null, 7, TermUnit.WORKING_DAYS),
        new Expected(7, "ztmo", "large-family", 10, TermUnit.WORKING_DAYS),
        new Expected(7, "psc", null, 10, TermUnit.WORKING_DAYS),
        new Expected(7, "portal", null, 10, TermUnit.WORKING_DAYS),
        new Expected(10, "ztmo", null, 10, TermUnit.WORKING_DAYS),
        new Expected(10, "psc", null, 10, TermUnit.WORKING_DAYS),
        new Expected(11, "ztmo", null, 5, TermUnit.WORKING_DAYS),
        new Expected(12, "provider", null, 5, TermUnit.WORKING_DAYS),
        new Expected(12, "psc", null, 5, TermUnit.WORKING_DAYS),
        new Expected(12, "portal", null, 5, TermUnit.WORKING_DAYS),
        new Expected(14, "provider", null, 10, TermUnit.MINUTES),
        new Expected(14, "psc", null, 15, TermUnit.MINUTES),
        new Expected(14, "portal", null, 15, TermUnit.MINUTES),
        new Expected(17, "provider", null, 7, TermUnit.WORKING_DAYS),
        new Expected(17, "psc", null, 7, TermUnit.WORKING_DAYS),
        new Expected(18, "provider", null, 7, TermUnit.WORKING_DAYS),
        new Expected(18, "psc", null, 7, TermUnit.WORKING_DAYS),
        new Expected(18, "akim", null, 22, TermUnit.WORKING_DAYS),
        new Expected(24, "provider", "complete-package", 8, TermUnit.WORKING_DAYS),
        new Expected(24, "akim", "complete-package", 8, TermUnit.WORKING_DAYS),
        new Expected(24, "portal", null, 8, TermUnit.WORKING_DAYS),
        new Expected(24, "provider", "documents-missing", 20, TermUnit.WORKING_DAYS),
        new Expected(24, "akim", "documents-missing", 20, TermUnit.WORKING_DAYS),
        new Expected(24, "portal", "documents-missing", 20, TermUnit.WORKING_DAYS),
        new Expected(25, "provider", null, 30, TermUnit.MINUTES),
        new Expected(25, "portal", null, 1, TermUnit.WORKING_DAYS),
        new Expected(26, "provider", null, 10, TermUnit.WORKING_DAYS),
        new Expected(26, "psc", null, 10, TermUnit.WORKING_DAYS),
        new Expected(26, "akim", null, 15, TermUnit.WORKING_DAYS),
        new Expected(27, "provider", null, 15, TermUnit.MINUTES),
        new Expected(27, "akim", null, 15, TermUnit.MINUTES),
        new Expected(27, "psc", null, 3, TermUnit.WORKING_DAYS));
    for (Expected e : expected) {
      Standard s = catalog.require(e.standard());
      assertService(s, e.channel(), e.caseType(), e.value(), e.unit(),
          "Standard " + e.standard() + ", p. 4(1)");
    }
    assertThat(catalog.require(1).serviceTerm("psc", null)).isEmpty();
    assertThat(catalog.require(5).serviceTerm("portal", "loss-of-job")).isEmpty();
    assertThat(catalog.require(11).serviceTerm("provider", null)).isEmpty();
    assertThat(catalog.require(10).serviceTerm("portal", null)).isEmpty();
    // standard 9: decided on the day of application; the portal (information) is p. 4(2)
    assertService(catalog.require(9), "provider", null, null, TermUnit.SAME_DAY, "Standard 9, p. 4(1)");
    assertService(catalog.require(9), "portal", null, 30, TermUnit.MINUTES, "Standard 9, p. 4(2)");
    assertThat(catalog.require(9).serviceTerm("psc", null)).isEmpty();
    // standards 15 and 16: the provider only, 10 working days (16: each kind of device)
    assertService(catalog.require(15), "provider", null, 10, TermUnit.WORKING_DAYS, "Standard 15, p. 4(1)");
    assertThat(catalog.require(15).serviceTerm("psc", null)).isEmpty();
    for (String kind : List.of("hearing-aids", "visual-aids", "hygiene-products")) {
      assertService(catalog.require(16), "provider", kind, 10, TermUnit.WORKING_DAYS, "Standard 16, p. 4(1)");
    }
    // standards 19 and 20: the provider only, 10 working days (19: either service)
    assertService(catalog.require(19), "provider", "personal-assistant", 10, TermUnit.WORKING_DAYS, "Standard 19, p. 4(1)");
    assertService(catalog.require(19), "provider", "sign-language-specialist", 10, TermUnit.WORKING_DAYS, "Standard 19, p. 4(1)");
    assertService(catalog.require(20), "provider", null, 10, TermUnit.WORKING_DAYS, "Standard 20, p. 4(1)");
    // standards 21 and 22: the provider only, 10 and 17 working days (22: either stay)
    assertService(catalog.require(21), "provider", null, 10, TermUnit.WORKING_DAYS, "Standard 21, p. 4(1)");
    assertService(catalog.require(22), "provider", "round-the-clock", 17, TermUnit.WORKING_DAYS, "Standard 22, p. 4(1)");
    assertService(catalog.require(22), "provider", "day-stay", 17, TermUnit.WORKING_DAYS, "Standard 22, p. 4(1)");
    // standards 8, 13, 29 and 30: s08 10 minutes at the PSC and on the portal; s13 per case type
    // (registration: the 20-working-day decision; compensation: the regional payment schedule, no
    // term); s29 the totals of p. 4 per case
    // type, the employer's also on the portal; s30 the provider only, p. 4 without a sub-item
    assertService(catalog.require(8), "psc", null, 10, TermUnit.MINUTES, "Standard 8, p. 4(1)");
    assertService(catalog.require(8), "portal", null, 10, TermUnit.MINUTES, "Standard 8, p. 4(1)");
    for (String channel : List.of("provider", "psc")) {
      assertService(catalog.require(13), channel, "registration", 20, TermUnit.WORKING_DAYS, "Standard 13, p. 4(1)");
      assertService(catalog.require(13), channel, "duplicate", 5, TermUnit.WORKING_DAYS, "Standard 13, p. 4(1)");
      assertService(catalog.require(13), channel, "compensation", null, TermUnit.SCHEDULE, "Standard 13, p. 4(1)");
    }
    assertThat(catalog.require(13).serviceTerm("ztmo", "compensation")).isEmpty();
    for (String channel : List.of("provider", "portal")) {
      assertService(catalog.require(29), channel, "employer-issue", 41, TermUnit.WORKING_DAYS, "Standard 29, p. 4");
      assertService(catalog.require(29), channel, "employer-reissue", 31, TermUnit.WORKING_DAYS, "Standard 29, p. 4");
      assertService(catalog.require(29), channel, "employer-extension", 8, TermUnit.WORKING_DAYS, "Standard 29, p. 4");
    }
    assertService(catalog.require(29), "provider", "worker-issue-extension", 31, TermUnit.WORKING_DAYS, "Standard 29, p. 4");
    assertService(catalog.require(29), "provider", "worker-reissue", 3, TermUnit.WORKING_DAYS, "Standard 29, p. 4");
    assertThat(catalog.require(29).serviceTerm("portal", "worker-issue-extension")).isEmpty();
    assertService(catalog.require(30), "provider", null, 5, TermUnit.WORKING_DAYS, "Standard 30, p. 4");
    assertThat(catalog.require(30).serviceTerm("psc", null)).isEmpty();
    // standards 23 and 28: 14 working days at the provider; 10 at the provider, the PSC and the portal
    assertService(catalog.require(23), "provider", null, 14, TermUnit.WORKING_DAYS, "Standard 23, p. 4(1)");
    for (String channel : List.of("provider", "psc", "portal")) {
      assertService(catalog.require(28), channel, null, 10, TermUnit.WORKING_DAYS, "Standard 28, p. 4(1)");
    }
  }

  @Test
  void everyChannelOfEveryStandardIsCatalogued() {
    assertThat(catalog.require(1).channels()).extracting(Channel::id).containsExactly("ztmo", "portal");
    assertThat(catalog.require(5).channels()).extracting(Channel::id).containsExactly("ztmo", "psc");
    assertThat(catalog.require(6).channels()).extracting(Channel::id).containsExactly("ztmo", "psc", "portal");
    assertThat(catalog.require(10).channels()).extracting(Channel::id).containsExactly("ztmo", "psc");
    assertThat(catalog.require(11).channels()).extracting(Channel::id).containsExactly("ztmo");
    for (int n : new int[] {2, 3, 4, 5, 6, 7, 10}) {
      Channel psc = catalog.require(n).channel("psc").orElseThrow();
      assertThat(psc.firstTimeOnly()).as("s%02d psc first-time only", n).isTrue();
      assertThat(psc.homeVisit()).as("s%02d psc home visit", n).isTrue();
    }
    assertThat(catalog.require(6).channel("portal").orElseThrow().takesApplications()).isTrue();
    assertThat(catalog.require(7).channel("portal").orElseThrow().does(ChannelFunction.INFORMATION_ONLY)).isTrue();
  }

  @Test
  void caseTypesAreTheDecrees() {
    assertThat(catalog.require(3).caseTypes()).extracting(CaseType::code)
        .containsExactly("disability", "loss-of-breadwinner", "age");
    assertThat(catalog.require(5).caseTypes()).extracting(CaseType::code).containsExactly(
        "loss-of-work-capacity", "loss-of-breadwinner", "loss-of-job", "pregnancy-and-childbirth",
        "newborn-adoption", "childcare-under-one");
    assertThat(catalog.require(7).caseTypes()).hasSize(34);
    Channel psc = catalog.require(5).channel("psc").orElseThrow();
    assertThat(psc.accepts("loss-of-job")).isTrue();
    assertThat(psc.accepts("childcare-under-one")).isFalse();
    assertThat(catalog.require(5).hasCaseType("maternity")).isFalse();
  }

  @Test
  void extensionsAreTheDecrees() {
    for (int n : new int[] {1, 2, 3, 4, 6, 10}) {
      Standard s = catalog.require(n);
      Extension documents = s.extension(Extension.DOCUMENT_REQUEST).orElseThrow();
      assertThat(documents.maxTotal()).as(s.code()).isEqualTo(new StatutoryPeriod(30, TermUnit.WORKING_DAYS));
      assertThat(documents.afterResolution()).as(s.code())
          .isEqualTo(new StatutoryPeriod(n == 6 ? 7 : 10, TermUnit.WORKING_DAYS));
      assertThat(documents.notifyApplicant()).as(s.code())
          .isEqualTo(n == 4 ? null : new StatutoryPeriod(5, TermUnit.WORKING_DAYS));
      assertThat(s.extension(Extension.ERROR_CORRECTION).orElseThrow().extendBy()).as(s.code())
          .isEqualTo(new StatutoryPeriod(5, TermUnit.WORKING_DAYS));
    }
    Extension check = catalog.require(5).extension(Extension.CHECK).orElseThrow();
    assertThat(check.maxTotal()).isEqualTo(new StatutoryPeriod(1, TermUnit.MONTHS));
    assertThat(catalog.require(5).extension(Extension.DOCUMENT_REQUEST)).isEmpty();
    assertThat(catalog.require(7).extensions()).isEmpty();
    assertThat(catalog.require(11).extensions()).isEmpty();
    assertThat(catalog.require(6).extension(Extension.ERROR_CORRECTION, "portal")).isPresent();
    // p. 4(1)'s document request names no channel: a portal application continues at ZTMO.
    assertThat(catalog.require(6).extension(Extension.DOCUMENT_REQUEST, "portal")).isPresent();
  }

  @Test
  void refusalGroundsAreTheDecrees() {
    assertThat(catalog.require(7).refusalGrounds()).extracting(RefusalGround::code)
        .containsExactly("unreliable-documents", "incomplete-package");
    assertThat(catalog.require(1).refusalGrounds()).isEmpty();
    assertThat(catalog.require(11).refusalGrounds()).isEmpty();
  }

  @Test
  void everyStandardHasTheCommonComplaintTerms() {
    for (Standard s : catalog.all()) {
      assertThat(s.complaints().providerWorkingDays()).as(s.code()).isEqualTo(5);
      assertThat(s.complaints().qualityAuthorityWorkingDays()).as(s.code()).isEqualTo(15);
    }
  }

  @Test
  void aComplaintAboutAPscEmployeeGoesToThePscHead_whereTheDecreeSaysSo_inFiveWorkingDays() {
    assertThat(catalog.all().stream().filter(s -> s.complaints().pscHead() != null).map(Standard::number))
        .containsExactly(2, 3, 4, 5, 6, 7, 8, 10, 12, 13, 14, 17, 18, 26, 27, 28);
    for (Standard s : catalog.all()) {
      Complaints.PscHead psc = s.complaints().pscHead();
      if (psc != null) {
        assertThat(psc.workingDays()).as(s.code()).isEqualTo(5);
        assertThat(psc.quoteKk()).as(s.code()).containsAnyOf("ХҚО басшысына", "халыққа қызмет көрсету орталықтарының");
        assertThat(psc.termSource()).as(s.code()).isEqualTo(s.number() == 10 ? "Standard 10, p. 11"
            : psc.termSource()).contains(s.number() == 10 ? "Standard 10" : "art. 25 p. 2");
      }
    }
    assertThat(catalog.require(10).complaints().pscHead().termQuoteKk()).contains("ХҚО мекенжайына", "5 (бес)");
    assertThat(catalog.require(18).complaints().pscHead().paragraph()).isEqualTo("Standard 18, p. 12");
  }
}
