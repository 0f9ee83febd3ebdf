package kz.qyzmet.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Standards 12, 14, 17, 18 and 24-27 (employment and social assistance, rendered by the district
 * employment and social programmes departments): channels, the rural akim, minute terms, case
 * types and refusal grounds as the decree states them (checked against the seed by hand).
 */
class EmploymentAndSocialAssistanceStandardsTest {

  private final StandardsCatalog catalog = TestCatalog.CATALOG;

  private static Term term(Standard s, String kind, String channel, String caseType) {
    return s.term(kind, channel, caseType)
        .orElseThrow(() -> new AssertionError(s.code() + ": no " + kind + " term at " + channel + "/" + caseType));
  }

  @Test
  void s18TargetedSocialAssistance() {
    Standard s = catalog.require(18);
    assertThat(s.channels()).extracting(Channel::id).containsExactly("provider", "psc", "akim");
    assertThat(s.channel("akim").orElseThrow().restrictionEn()).contains("no provider");
    assertThat(s.channel("psc").orElseThrow().homeVisit()).isTrue();
    assertThat(s.channel("psc").orElseThrow().firstTimeOnly()).isFalse();
    assertThat(term(s, Term.SERVICE, "akim", null).period()).isEqualTo(new StatutoryPeriod(22, TermUnit.WORKING_DAYS));
    assertThat(term(s, Term.SERVICE, "psc", null).period()).isEqualTo(new StatutoryPeriod(7, TermUnit.WORKING_DAYS));
    for (String channel : new String[] {"provider", "psc", "akim"}) {
      assertThat(term(s, "max-service-time", channel, null).period())
          .isEqualTo(new StatutoryPeriod(15, TermUnit.MINUTES));
      assertThat(s.term("queue-wait", channel, null)).as("queue-dependent wait").isEmpty();
    }
    assertThat(s.extensions()).isEmpty();
    assertThat(s.caseTypes()).isEmpty();
    assertThat(s.flags()).extracting(ApplicantFlag::code)
        .containsExactly("representative", "active-employment-participant");
    assertThat(s.refusalGrounds()).extracting(RefusalGround::code).containsExactly(
        "unregistered-unemployed-or-refused-active-measures", "refused-offered-work-or-training",
        "incomplete-package");
    assertThat(s.refusalGrounds()).extracting(RefusalGround::stage).containsExactly("decision", "decision", "intake");
    assertThat(s.refusalGrounds().get(2).channels()).containsExactly("psc");
  }

  @Test
  void s25ReferralsOnTheSpotOrInOneWorkingDay() {
    Standard s = catalog.require(25);
    assertThat(s.channels()).extracting(Channel::id).containsExactly("provider", "portal");
    Channel portal = s.channel("portal").orElseThrow();
    assertThat(portal.takesApplications()).isTrue();
    assertThat(portal.does(ChannelFunction.AUTOMATED)).as("partially automated: a person decides").isFalse();
    assertThat(term(s, Term.SERVICE, "provider", null).period()).isEqualTo(new StatutoryPeriod(30, TermUnit.MINUTES));
    assertThat(term(s, Term.SERVICE, "portal", null).period()).isEqualTo(new StatutoryPeriod(1, TermUnit.WORKING_DAYS));
    assertThat(term(s, "max-service-time", "provider", null).period()).isEqualTo(new StatutoryPeriod(30, TermUnit.MINUTES));
    assertThat(s.term("queue-wait", "provider", null)).isEmpty();
    assertThat(s.caseTypes()).isEmpty();
    assertThat(s.extensions()).isEmpty();
    assertThat(s.refusalGrounds()).isEmpty();
  }

  @Test
  void s27CertificateInFifteenMinutesOrThreeWorkingDaysAtThePsc() {
    Standard s = catalog.require(27);
    assertThat(s.channels()).extracting(Channel::id).containsExactly("provider", "akim", "psc");
    for (String channel : new String[] {"provider", "akim"}) {
      Term service = term(s, Term.SERVICE, channel, null);
      assertThat(service.period()).isEqualTo(new StatutoryPeriod(15, TermUnit.MINUTES));
      assertThat(service.submissionDayCounted()).isNull();
    }
    Term psc = term(s, Term.SERVICE, "psc", null);
    assertThat(psc.period()).isEqualTo(new StatutoryPeriod(3, TermUnit.WORKING_DAYS));
    assertThat(psc.submissionDayCounted()).isFalse();
    for (String channel : new String[] {"provider", "akim", "psc"}) {
      assertThat(term(s, "max-service-time", channel, null).period()).isEqualTo(new StatutoryPeriod(15, TermUnit.MINUTES));
    }
    assertThat(s.channel("psc").orElseThrow().homeVisit()).isTrue();
    assertThat(s.flags()).extracting(ApplicantFlag::code).containsExactly("representative");
    assertThat(s.refusalGrounds()).extracting(RefusalGround::code).containsExactly("incomplete-package");
    assertThat(s.extensions()).isEmpty();
  }
}
