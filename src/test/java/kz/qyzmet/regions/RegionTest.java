package kz.qyzmet.regions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import kz.qyzmet.sla.SlaReport.StandardSla;
import org.junit.jupiter.api.Test;

/** The regions' list, their configuration and how the national SLA report adds two regions up. */
class RegionTest {

  @Test
  void seventeenOblastsAndThreeCities_eachWithItsKatoCodeAndBothNames() {
    assertThat(Region.values()).hasSize(20);
    assertThat(Arrays.stream(Region.values()).filter(r -> r.nameKk().endsWith(" облысы"))).hasSize(17);
    assertThat(Arrays.stream(Region.values()).filter(r -> r.nameKk().endsWith(" қаласы")).map(Region::code))
        .containsExactly("71", "75", "79");
    Set<String> codes = Arrays.stream(Region.values()).map(Region::code).collect(Collectors.toSet());
    assertThat(codes).hasSize(20).allMatch(code -> code.matches("\\d{2}"));
    assertThat(Arrays.stream(Region.values()).map(Region::nameRu))
        .allMatch(name -> name.matches("[\\p{IsCyrillic} -]+"));
    assertThat(Region.ofCode("75")).contains(Region.ALMATY);
    assertThat(Region.ofCode("19")).contains(Region.ALMATY_REGION);
    assertThat(Region.ofCode("99")).isEmpty();
    assertThat(Region.ofCode("750000000")).isEmpty();
  }

  @Test
  void noRegionsSet_oneDeploymentServesTheCountry_idsWithoutPrefix() {
    RegionProperties none = new RegionProperties("", null, Duration.ofSeconds(30));
    assertThat(none.routing()).isFalse();
    assertThat(none.idPrefix()).isEmpty();
    assertThat(none.elsewhere(Region.ASTANA)).isEmpty();
  }

  @Test
  void aRegionalDeployment_servesItsOwnAndTheUnlisted_sendsTheListedElsewhere() {
    RegionProperties almaty = new RegionProperties("75", Map.of("71", URI.create("http://ast")), Duration.ofSeconds(5));
    assertThat(almaty.routing()).isTrue();
    assertThat(almaty.idPrefix()).isEqualTo("75-");
    assertThat(almaty.elsewhere(Region.ASTANA)).contains(URI.create("http://ast"));
    assertThat(almaty.elsewhere(Region.ALMATY)).isEmpty();
    assertThat(almaty.elsewhere(Region.SHYMKENT)).isEmpty();
  }

  @Test
  void aWrongCodeInTheConfiguration_stopsTheStart() {
    assertThatThrownBy(() -> new RegionProperties("750000000", null, Duration.ofSeconds(5)))
        .hasMessageContaining("qyzmet.regions.own");
    assertThatThrownBy(() -> new RegionProperties("75", Map.of("99", URI.create("http://x")), Duration.ofSeconds(5)))
        .hasMessageContaining("qyzmet.regions.deployments.99");
    assertThatThrownBy(() -> new RegionProperties("75", Map.of("75", URI.create("http://x")), Duration.ofSeconds(5)))
        .hasMessageContaining("own region");
  }

  @Test
  void twoRegionsFigures_countsAdd_theRateComesFromTheSummedTerms_noMedian() {
    StandardSla almaty = row(10, 2, Map.of("OVERDUE", 2L, "TODAY", 8L), 4, 1, 3.0);
    StandardSla astana = row(5, 1, Map.of("OVERDUE", 1L, "ONE_DAY", 4L), 6, 2, 5.0);
    StandardSla sum = NationalSla.sum(almaty, astana);
    assertThat(sum.open()).isEqualTo(15);
    assertThat(sum.overdue()).isEqualTo(3);
    assertThat(sum.margin()).containsExactlyInAnyOrderEntriesOf(Map.of("OVERDUE", 3L, "TODAY", 8L, "ONE_DAY", 4L));
    assertThat(sum.termsEnded30Days()).isEqualTo(10);
    assertThat(sum.termsBreached30Days()).isEqualTo(3);
    assertThat(sum.breachRate30Days()).isEqualTo(0.3);
    assertThat(sum.medianWorkingDays()).isNull();
    assertThat(sum.number()).isEqualTo(25);
    assertThat(NationalSla.summable(almaty).medianWorkingDays()).as("one region alone: no median either").isNull();
    assertThat(NationalSla.summable(almaty).open()).isEqualTo(10);
  }

  private static StandardSla row(long open, long overdue, Map<String, Long> margin, long ended, long breached,
      Double median) {
    return new StandardSla(25, "s25", "kk", "ru", "en", "s25-process", open, 0, 0, overdue, margin, breached,
        Map.of("SERVICE_TERM", breached), ended, breached, ended == 0 ? null : (double) breached / ended, ended,
        median, 0, null, null);
  }
}
