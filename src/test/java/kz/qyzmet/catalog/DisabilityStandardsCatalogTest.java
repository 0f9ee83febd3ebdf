package kz.qyzmet.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The catalog entries of the standards that serve people with disabilities (9, 15, 16, 19-23, 28):
 * channels, case types, flags, terms, extensions and refusal grounds as the decree states them
 * (values asserted here by hand against the seed).
 */
class DisabilityStandardsCatalogTest {

  private final StandardsCatalog catalog = TestCatalog.CATALOG;

  private static Term term(Standard s, String kind, String channel, String caseType) {
    return s.term(kind, channel, caseType)
        .orElseThrow(() -> new AssertionError(s.code() + ": no " + kind + " term at " + channel + "/" + caseType));
  }

  @Test
  void s09SameDayDecisionExaminationExtensionAndVisits() {
    Standard s = catalog.require(9);
    assertThat(s.processKey()).isEqualTo("s09-disability-and-work-capacity-loss-assessment");
    assertThat(s.channels()).extracting(Channel::id).containsExactly("provider", "portal");
    Channel provider = s.channel("provider").orElseThrow();
    assertThat(provider.takesApplications()).isTrue();
    assertThat(provider.homeVisit()).isTrue();
    assertThat(s.channel("portal").orElseThrow().does(ChannelFunction.INFORMATION_ONLY)).isTrue();
    assertThat(s.caseTypes()).isEmpty();
    assertThat(s.flags()).extracting(ApplicantFlag::code).containsExactly(
        "home-or-hospital", "in-absentia", "detained", "irp", "working", "working-age", "work-injury",
        "occupational-disease", "disability-cause-link", "no-iin-in-identity-document");

    Term service = s.serviceTerm("provider", null).orElseThrow();
    assertThat(service.unit()).isEqualTo(TermUnit.SAME_DAY);
    assertThat(service.value()).isNull();
    assertThat(service.seedLine()).isEqualTo(3678);
    assertThat(s.serviceTerm("portal", null).orElseThrow().period())
        .isEqualTo(new StatutoryPeriod(30, TermUnit.MINUTES));

    // further examination and treatment: at most 10 working days from registration, no other term
    Extension examination = s.extension("examination", "provider").orElseThrow();
    assertThat(examination.maxTotal()).isEqualTo(new StatutoryPeriod(10, TermUnit.WORKING_DAYS));
    assertThat(examination.extendBy()).isNull();
    assertThat(examination.notifyApplicant()).isNull();
    assertThat(examination.afterResolution()).isNull();
    assertThat(examination.seedLine()).isEqualTo(3680);
    assertThat(s.extension("examination", "portal")).isEmpty();
    assertThat(s.extension(Extension.DOCUMENT_REQUEST)).isEmpty();
    assertThat(s.extensions()).hasSize(1);

    // the day of application: at most 45 minutes; no fixed queue wait; a visit: at most 4 hours
    assertThat(term(s, "max-service-time", "provider", null).period())
        .isEqualTo(new StatutoryPeriod(45, TermUnit.MINUTES));
    assertThat(s.term("queue-wait", "provider", null)).isEmpty();
    Term visit = term(s, "visit-wait", "provider", null);
    assertThat(visit.period()).isEqualTo(new StatutoryPeriod(4, TermUnit.HOURS));
    assertThat(visit.paragraph()).isEqualTo("Standard 9, p. 4(1)");

    assertThat(s.refusalGrounds()).isEmpty();
    assertThat(s.complaints().paragraph()).isEqualTo("Standard 9, p. 10");
  }

  @Test
  void s15AndS16ProviderOnlyTenWorkingDaysNoExtensions_incompletePackageRefusedAtIntake() {
    for (int n : new int[] {15, 16}) {
      Standard s = catalog.require(n);
      assertThat(s.channels()).as(s.code()).extracting(Channel::id).containsExactly("provider");
      assertThat(s.channel("provider").orElseThrow().homeVisit()).as(s.code()).isFalse();
      assertThat(term(s, "max-service-time", "provider", null).period()).as(s.code())
          .isEqualTo(new StatutoryPeriod(30, TermUnit.MINUTES));
      // the queue wait is "30 minutes per applicant, depending on the queue": no fixed term
      assertThat(s.term("queue-wait", "provider", null)).as(s.code()).isEmpty();
      assertThat(s.extensions()).as(s.code()).isEmpty();
      assertIncompletePackageRefusedAtTheProvider(s);
    }
    Standard s15 = catalog.require(15);
    assertThat(s15.caseTypes()).isEmpty();
    assertThat(s15.flags()).extracting(ApplicantFlag::code).containsExactly(
        "wwii-participant", "wwii-disabled", "wwii-equated", "employer-liquidated-work-injury");
    assertThat(s15.serviceTerm("provider", null).orElseThrow().period())
        .isEqualTo(new StatutoryPeriod(10, TermUnit.WORKING_DAYS));

    Standard s16 = catalog.require(16);
    assertThat(s16.caseTypes()).extracting(CaseType::code)
        .containsExactly("hearing-aids", "visual-aids", "hygiene-products");
    assertThat(s16.flags()).extracting(ApplicantFlag::code).containsExactly("disabled-child",
        "wwii-participant-or-disabled", "wwii-equated", "disability-group", "employer-liquidated-work-injury");
    assertThat(s16.terms(Term.SERVICE)).hasSize(1);
    assertThat(s16.serviceTerm("provider", "visual-aids").orElseThrow().period())
        .isEqualTo(new StatutoryPeriod(10, TermUnit.WORKING_DAYS));
  }

  @Test
  void s19AndS20ProviderOnlyTenWorkingDaysNoExtensions() {
    for (int n : new int[] {19, 20}) {
      Standard s = catalog.require(n);
      assertThat(s.channels()).as(s.code()).extracting(Channel::id).containsExactly("provider");
      assertThat(term(s, "max-service-time", "provider", null).period()).as(s.code())
          .isEqualTo(new StatutoryPeriod(30, TermUnit.MINUTES));
      assertThat(s.term("queue-wait", "provider", null)).as(s.code()).isEmpty();
      assertThat(s.extensions()).as(s.code()).isEmpty();
    }
    assertThat(catalog.require(19).refusalGrounds()).isEmpty();
    assertIncompletePackageRefusedAtTheProvider(catalog.require(20));
    Standard s19 = catalog.require(19);
    assertThat(s19.caseTypes()).extracting(CaseType::code)
        .containsExactly("personal-assistant", "sign-language-specialist");
    assertThat(s19.flags()).isEmpty();
    assertThat(s19.terms(Term.SERVICE)).hasSize(1);
    Standard s20 = catalog.require(20);
    assertThat(s20.caseTypes()).isEmpty();
    assertThat(s20.flags()).extracting(ApplicantFlag::code).containsExactly("employer-liquidated-work-injury");
  }

  @Test
  void s21FixedQueueWaitAndS22TwoStaysWithARefusalGround() {
    Standard s21 = catalog.require(21);
    assertThat(s21.channels()).extracting(Channel::id).containsExactly("provider");
    assertThat(term(s21, "queue-wait", "provider", null).period()).isEqualTo(new StatutoryPeriod(30, TermUnit.MINUTES));
    assertThat(term(s21, "max-service-time", "provider", null).period()).isEqualTo(new StatutoryPeriod(30, TermUnit.MINUTES));
    assertThat(s21.caseTypes()).isEmpty();
    assertThat(s21.flags()).extracting(ApplicantFlag::code).containsExactly("other-person-with-consent");
    assertThat(s21.extensions()).isEmpty();
    assertIncompletePackageRefusedAtTheProvider(s21);

    Standard s22 = catalog.require(22);
    assertThat(s22.channels()).extracting(Channel::id).containsExactly("provider");
    assertThat(s22.caseTypes()).extracting(CaseType::code).containsExactly("round-the-clock", "day-stay");
    assertThat(s22.flags()).extracting(ApplicantFlag::code)
        .containsExactly("child", "elderly", "legally-incapable", "retirement-age", "wwii-veteran");
    assertThat(s22.serviceTerm("provider", "day-stay").orElseThrow().period())
        .isEqualTo(new StatutoryPeriod(17, TermUnit.WORKING_DAYS));
    assertThat(s22.term("queue-wait", "provider", null)).isEmpty();
    assertThat(s22.extensions()).isEmpty();
    RefusalGround unreliable = s22.refusalGrounds().get(0);
    assertThat(s22.refusalGrounds()).hasSize(1);
    assertThat(unreliable.code()).isEqualTo("unreliable-documents");
    assertThat(unreliable.stage()).isEqualTo("decision");
    assertThat(unreliable.channels()).isEmpty();
    assertThat(unreliable.paragraph()).isEqualTo("Standard 22, p. 10");
    assertThat(s22.complaints().paragraph()).isEqualTo("Standard 22, p. 11");
  }

  @Test
  void s23HomeCareAndS28ThreeChannels() {
    Standard s23 = catalog.require(23);
    assertThat(s23.channels()).extracting(Channel::id).containsExactly("provider");
    assertThat(s23.flags()).extracting(ApplicantFlag::code)
        .containsExactly("child", "elderly", "retirement-age", "wwii-veteran", "representative");
    assertThat(s23.term("queue-wait", "provider", null)).isEmpty();
    assertThat(term(s23, "max-service-time", "provider", null).period()).isEqualTo(new StatutoryPeriod(30, TermUnit.MINUTES));
    assertThat(s23.extensions()).isEmpty();
    assertThat(s23.refusalGrounds()).extracting(RefusalGround::code).containsExactly("unreliable-documents");

    Standard s28 = catalog.require(28);
    assertThat(s28.channels()).extracting(Channel::id).containsExactly("provider", "psc", "portal");
    Channel psc = s28.channel("psc").orElseThrow();
    assertThat(psc.takesApplications()).isTrue();
    assertThat(psc.firstTimeOnly()).isFalse();
    assertThat(psc.homeVisit()).isFalse();
    assertThat(s28.channel("portal").orElseThrow().does(ChannelFunction.INFORMATION_ONLY)).isTrue();
    assertThat(s28.caseTypes()).isEmpty();
    assertThat(s28.flags()).isEmpty();
    for (String channel : new String[] {"provider", "psc"}) {
      assertThat(term(s28, "queue-wait", channel, null).period()).isEqualTo(new StatutoryPeriod(30, TermUnit.MINUTES));
      assertThat(term(s28, "max-service-time", channel, null).period()).isEqualTo(new StatutoryPeriod(30, TermUnit.MINUTES));
    }
    assertThat(s28.term("queue-wait", "portal", null)).isEmpty();
    assertThat(s28.extensions()).isEmpty();
    RefusalGround incomplete = s28.refusalGrounds().get(0);
    assertThat(s28.refusalGrounds()).hasSize(1);
    assertThat(incomplete.code()).isEqualTo("incomplete-package");
    assertThat(incomplete.stage()).isEqualTo("intake");
    assertThat(incomplete.channels()).containsExactly("psc");
    assertThat(s28.complaints().paragraph()).isEqualTo("Standard 28, p. 11");
  }

  /** p. 9: the coupon registering the application is given only when all the documents are handed in. */
  private static void assertIncompletePackageRefusedAtTheProvider(Standard s) {
    assertThat(s.refusalGrounds()).as(s.code()).singleElement().satisfies(g -> {
      assertThat(g.code()).isEqualTo("incomplete-package");
      assertThat(g.stage()).isEqualTo("intake");
      assertThat(g.channels()).containsExactly("provider");
      assertThat(g.paragraph()).isEqualTo("Standard " + s.number() + ", p. 9");
      assertThat(g.nameKk()).contains("талон береді");
    });
  }
}
