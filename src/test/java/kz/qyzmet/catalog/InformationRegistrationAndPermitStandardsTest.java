package kz.qyzmet.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Standards 8 (pension-fund information), 13 (Semipalatinsk nuclear tests), 29 (foreign labour
 * permits) and 30 (oralman status): channels, case types, flags, extensions and refusal grounds as
 * the decree gives them (values checked by hand against the seed). Their terms are in
 * {@link StandardsCatalogTest} and {@link StageChainsS13S29Test}.
 */
class InformationRegistrationAndPermitStandardsTest {

  private final StandardsCatalog catalog = TestCatalog.CATALOG;

  @Test
  void s08AnAutomatedAnswerAtThePscOrOnThePortal() {
    Standard s = catalog.require(8);
    assertThat(s.channels()).extracting(Channel::id).containsExactly("psc", "portal");
    Channel psc = s.channel("psc").orElseThrow();
    assertThat(psc.functions()).containsExactly(
        ChannelFunction.INTAKE, ChannelFunction.RESULT_DELIVERY, ChannelFunction.AUTOMATED);
    assertThat(psc.homeVisit()).isTrue();
    assertThat(psc.firstTimeOnly()).isFalse();
    assertThat(s.channel("portal").orElseThrow().functions())
        .containsExactly(ChannelFunction.INFORMATION_ONLY, ChannelFunction.AUTOMATED);
    assertThat(s.caseTypes()).isEmpty();
    assertThat(s.flags()).extracting(ApplicantFlag::code)
        .containsExactly("representative", "heir-by-will", "notary-or-consulate", "court");
    assertThat(s.term("queue-wait", "psc", null).orElseThrow().period())
        .isEqualTo(new StatutoryPeriod(15, TermUnit.MINUTES));
    assertThat(s.term("max-service-time", "psc", null).orElseThrow().period())
        .isEqualTo(new StatutoryPeriod(10, TermUnit.MINUTES));
    assertThat(s.term("queue-wait", "portal", null)).isEmpty();
    assertThat(s.extensions()).isEmpty();
    assertThat(s.refusalGrounds()).extracting(RefusalGround::code).containsExactly("incomplete-package");
  }

  @Test
  void s13ThreeCaseTypesAndAPaymentOnlyZtmo() {
    Standard s = catalog.require(13);
    assertThat(s.channels()).extracting(Channel::id).containsExactly("provider", "psc", "ztmo");
    assertThat(s.channel("ztmo").orElseThrow().takesApplications()).isFalse();
    assertThat(s.channel("psc").orElseThrow().homeVisit()).isTrue();
    assertThat(s.caseTypes()).extracting(CaseType::code).containsExactly("registration", "duplicate", "compensation");
    assertThat(s.flags()).extracting(ApplicantFlag::code).containsExactly("residence-documents-lost", "earlier-certificate");
    assertThat(s.term("queue-wait", "provider", "duplicate").orElseThrow().value()).isEqualTo(30);
    assertThat(s.term("queue-wait", "psc", null).orElseThrow().value()).isEqualTo(15);
    assertThat(s.term("max-service-time", "provider", null).orElseThrow().value()).isEqualTo(30);
    assertThat(s.term("max-service-time", "psc", null).orElseThrow().value()).isEqualTo(15);
    assertThat(s.extensions()).singleElement().satisfies(e -> {
      assertThat(e.kind()).isEqualTo(Extension.CHECK);
      assertThat(e.channels()).containsExactly("provider", "psc");
      assertThat(e.extendBy()).isEqualTo(new StatutoryPeriod(1, TermUnit.MONTHS));
      assertThat(e.maxTotal()).isNull();
    });
    assertThat(s.refusalGrounds()).extracting(RefusalGround::code).containsExactly("incomplete-package");
  }

  @Test
  void s29FiveCaseTypesTheEmployersAlsoOnThePortal() {
    Standard s = catalog.require(29);
    assertThat(s.channels()).extracting(Channel::id).containsExactly("provider", "portal");
    assertThat(s.caseTypes()).extracting(CaseType::code).containsExactly(
        "employer-issue", "employer-reissue", "employer-extension", "worker-issue-extension", "worker-reissue");
    Channel portal = s.channel("portal").orElseThrow();
    assertThat(portal.takesApplications()).isTrue();
    assertThat(portal.does(ChannelFunction.AUTOMATED)).isFalse();
    assertThat(portal.caseTypes()).containsExactly("employer-issue", "employer-reissue", "employer-extension");
    assertThat(s.flags()).extracting(ApplicantFlag::code).containsExactly(
        "representative", "seasonal-workers", "special-conditions-due", "special-conditions-exempt",
        "work-experience-required", "foreign-entity-without-branch", "several-territorial-units",
        "local-content-exempt", "intra-corporate-transfer");
    assertThat(s.term("queue-wait", "provider", null).orElseThrow().value()).isEqualTo(20);
    assertThat(s.term("max-service-time", "provider", null).orElseThrow().value()).isEqualTo(20);
    assertThat(s.term("queue-wait", "portal", null)).isEmpty();
    assertThat(s.extensions()).isEmpty();
    assertThat(s.refusalGrounds()).isEmpty();
  }

  @Test
  void s30TheProviderOnly() {
    Standard s = catalog.require(30);
    assertThat(s.channels()).extracting(Channel::id).containsExactly("provider");
    assertThat(s.caseTypes()).isEmpty();
    assertThat(s.flags()).extracting(ApplicantFlag::code)
        .containsExactly("nationality-not-in-identity-document", "registered-in-another-region");
    assertThat(s.term("queue-wait", "provider", null).orElseThrow().value()).isEqualTo(30);
    assertThat(s.term("max-service-time", "provider", null).orElseThrow().value()).isEqualTo(30);
    // p. 9: the transfer application, asked for when found needed during processing, within the term
    var request = s.extension(Extension.DOCUMENT_REQUEST, "provider").orElseThrow();
    assertThat(request.runsWithinTerm()).isTrue();
    assertThat(request.maxTotal()).isNull();
    assertThat(request.extendBy()).isNull();
    assertThat(s.refusalGrounds()).isEmpty();
  }
}
