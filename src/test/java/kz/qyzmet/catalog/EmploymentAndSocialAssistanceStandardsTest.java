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
}
