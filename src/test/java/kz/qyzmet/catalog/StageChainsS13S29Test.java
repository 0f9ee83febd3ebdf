package kz.qyzmet.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The staged terms of standards 13 and 29 as a process reads them: per case type, a chain of
 * stages linked by {@code after}, each with its own timer, next to the total. In standard 29 the
 * decree's totals are exactly the sums of its stages (41 = 15 + 3 + 20 + 3, ...).
 */
class StageChainsS13S29Test {

  private static final Set<String> NOT_STAGES = Set.of(Term.SERVICE, "queue-wait", "max-service-time");

  /** The stages of a case type at a channel, from the first (no {@code after}) to the last. */
  static List<Term> chain(Standard s, String channel, String caseType) {
    List<Term> stages = s.terms().stream()
        .filter(t -> caseType.equals(t.caseType()) && t.appliesTo(channel) && !NOT_STAGES.contains(t.kind()))
        .toList();
    List<Term> chain = new ArrayList<>();
    Optional<Term> next = stages.stream().filter(t -> t.after() == null || !hasKind(stages, t.after())).findFirst();
    while (next.isPresent()) {
      Term t = next.get();
      chain.add(t);
      next = stages.stream().filter(n -> t.kind().equals(n.after())).findFirst();
    }
    assertThat(chain).as(s.code() + " " + channel + "/" + caseType + ": every stage is on one chain")
        .hasSameSizeAs(stages);
    return chain;
  }

  private static boolean hasKind(List<Term> terms, String kind) {
    return terms.stream().anyMatch(t -> t.kind().equals(kind));
  }

  private static int sum(List<Term> chain) {
    return chain.stream().mapToInt(t -> {
      assertThat(t.unit()).isEqualTo(TermUnit.WORKING_DAYS);
      return t.value();
    }).sum();
  }

  @Test
  void s29EachCaseTypesStagesAddUpToItsTotal() {
    Standard s = TestCatalog.standard(29);
    record Expected(String caseType, int total, List<String> kinds, List<Integer> values, List<String> channels) {}
    List<Expected> expected = List.of(
        new Expected("employer-issue", 41,
            List.of("decision", "notify-decision", "guarantee-documents", "permit-handover"), List.of(15, 3, 20, 3),
            List.of("provider", "portal")),
        new Expected("employer-reissue", 31,
            List.of("decision", "notify-decision", "guarantee-documents", "permit-handover"), List.of(5, 3, 20, 3),
            List.of("provider", "portal")),
        new Expected("employer-extension", 8, List.of("decision", "notify-decision"), List.of(5, 3),
            List.of("provider", "portal")),
        new Expected("worker-issue-extension", 31,
            List.of("decision", "notify-decision", "guarantee-documents", "permit-handover"), List.of(5, 3, 20, 3),
            List.of("provider")),
        new Expected("worker-reissue", 3, List.of("permit-reissue"), List.of(3), List.of("provider")));
    for (Expected e : expected) {
      for (String channel : e.channels()) {
        Term total = s.serviceTerm(channel, e.caseType()).orElseThrow();
        assertThat(total.caseType()).isEqualTo(e.caseType());
        assertThat(total.value()).as(e.caseType() + " total").isEqualTo(e.total());
        List<Term> chain = chain(s, channel, e.caseType());
        assertThat(chain).extracting(Term::kind).as(e.caseType()).containsExactlyElementsOf(e.kinds());
        assertThat(chain).extracting(Term::value).as(e.caseType()).containsExactlyElementsOf(e.values());
        assertThat(sum(chain)).as(e.caseType() + ": the stages add up to the total").isEqualTo(e.total());
        assertThat(chain).filteredOn(t -> "applicant".equals(t.actor())).extracting(Term::kind)
            .as(e.caseType() + ": the applicant's stage")
            .containsExactlyElementsOf(e.kinds().contains("guarantee-documents") ? List.of("guarantee-documents") : List.of());
      }
    }
    assertThat(s.serviceTerm("portal", "worker-issue-extension")).isEmpty();
    assertThat(s.channel("portal").orElseThrow().accepts("worker-reissue")).isFalse();
    assertThat(s.term("decision", "provider", "employer-issue").orElseThrow().paragraph()).isEqualTo("Standard 29, p. 4(1)");
    assertThat(s.term("decision", "provider", "worker-issue-extension").orElseThrow().paragraph()).isEqualTo("Standard 29, p. 4(2)");
    assertThat(s.term("decision", "provider", null)).isEmpty();
    assertThat(s.term("queue-wait", "provider", "worker-reissue").orElseThrow().value()).isEqualTo(20);
  }

  @Test
  void s13TheCertificateFollowsTheRegistrationDecision() {
    Standard s = TestCatalog.standard(13);
    for (String channel : List.of("provider", "psc")) {
      Term decision = s.serviceTerm(channel, "registration").orElseThrow();
      assertThat(decision.period()).isEqualTo(new StatutoryPeriod(20, TermUnit.WORKING_DAYS));
      Term certificate = s.term("certificate-issue", channel, "registration").orElseThrow();
      assertThat(certificate.after()).isEqualTo(Term.SERVICE);
      assertThat(certificate.period()).isEqualTo(new StatutoryPeriod(5, TermUnit.WORKING_DAYS));
      assertThat(certificate.onDecision()).as("only to a registered citizen").isEqualTo("grant");
      assertThat(certificate.followsDecision("refuse")).isFalse();
      assertThat(chain(s, channel, "registration")).containsExactly(certificate);
      assertThat(s.serviceTerm(channel, "duplicate").orElseThrow().period())
          .isEqualTo(new StatutoryPeriod(5, TermUnit.WORKING_DAYS));
      assertThat(s.term("certificate-issue", channel, "duplicate")).isEmpty();
      // the compensation is paid "on the payment schedule broken down by regions" (p. 4(1)): no term
      Term compensation = s.serviceTerm(channel, "compensation").orElseThrow();
      assertThat(compensation.period()).isEqualTo(new StatutoryPeriod(null, TermUnit.SCHEDULE));
      assertThat(compensation.seedLine()).isEqualTo(4622);
      assertThat(chain(s, channel, "compensation")).isEmpty();
    }
    // ZTMO pays the compensation on the regional schedule: no application, no statutory term
    Channel ztmo = s.channel("ztmo").orElseThrow();
    assertThat(ztmo.functions()).containsExactly(ChannelFunction.PAYMENT);
    assertThat(ztmo.accepts("compensation")).isTrue();
    assertThat(ztmo.accepts("duplicate")).isFalse();
    assertThat(s.terms()).noneMatch(t -> t.appliesTo("ztmo"));
    Extension check = s.extension(Extension.CHECK, "psc").orElseThrow();
    assertThat(check.extendBy()).isEqualTo(new StatutoryPeriod(1, TermUnit.MONTHS));
    assertThat(check.caseType()).isNull();
  }
}
