package kz.qyzmet.regions;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.qyzmet.api.applications.ApplicationPage;
import kz.qyzmet.api.applications.ApplicationSummary;
import kz.qyzmet.api.applications.ApplicationView.Applicant;
import kz.qyzmet.regions.MergedPage.RegionMatches;
import org.junit.jupiter.api.Test;

/**
 * A search across regions made into one page (RegionalSearch, docs/scale.md): each region's first
 * matches merged by the sort, ties by id in the sort's direction, the page cut out, {@code hasNext}
 * from the regions that answered. Without HTTP; RegionalDeploymentsTest asks real regions.
 */
class MergedPageTest {

  private static final OffsetDateTime NOON = OffsetDateTime.of(2026, 12, 3, 12, 0, 0, 0, ZoneOffset.ofHours(5));

  @Test
  void newestFirst_twoRegionsInterleaved_sameMomentByIdDescending_pagesFollowOn() {
    RegionMatches almaty = region("75", false, app("75-S25-A", 0), app("75-S25-B", -2), app("75-S25-C", -4));
    RegionMatches astana = region("71", false, app("71-S25-A", -1), app("71-S25-B", -2), app("71-S25-C", -5));
    List<RegionMatches> both = List.of(almaty, astana);
    ApplicationPage first = MergedPage.merge(0, 2, "submittedAt,desc", both, List.of());
    assertThat(ids(first)).containsExactly("75-S25-A", "71-S25-A");
    assertThat(first.hasNext()).isTrue();
    // 75-S25-B and 71-S25-B were submitted at the same moment: by id, descending.
    ApplicationPage second = MergedPage.merge(1, 2, "submittedAt,desc", both, List.of());
    assertThat(ids(second)).containsExactly("75-S25-B", "71-S25-B");
    assertThat(second.hasNext()).isTrue();
    ApplicationPage third = MergedPage.merge(2, 2, "submittedAt,desc", both, List.of());
    assertThat(ids(third)).containsExactly("75-S25-C", "71-S25-C");
    assertThat(third.hasNext()).as("six matches, six shown").isFalse();
    assertThat(third.page()).isEqualTo(2);
    assertThat(third.size()).isEqualTo(2);
    assertThat(third.sort()).isEqualTo("submittedAt,desc");
    assertThat(third.regionsUnanswered()).isEmpty();
    assertThat(ids(MergedPage.merge(3, 2, "submittedAt,desc", both, List.of()))).isEmpty();
  }

  @Test
  void oldestFirst_sameMomentByIdAscending() {
    RegionMatches almaty = region("75", false, app("75-S25-C", -4), app("75-S25-B", -2), app("75-S25-A", 0));
    RegionMatches astana = region("71", false, app("71-S25-C", -5), app("71-S25-B", -2), app("71-S25-A", -1));
    ApplicationPage all = MergedPage.merge(0, 6, "submittedAt,asc", List.of(almaty, astana), List.of());
    assertThat(ids(all)).containsExactly("71-S25-C", "75-S25-C", "71-S25-B", "75-S25-B", "71-S25-A", "75-S25-A");
    assertThat(all.hasNext()).isFalse();
  }

  @Test
  void byDueDate_noDueDateLastAscending_firstDescending() {
    ApplicationSummary none = new ApplicationSummary("75-S25-N", null, 25, "provider", "ANSWERED",
        new Applicant("850312300012", "Аймақ Сынақ"), NOON, null, null, NOON, false);
    RegionMatches almatyAscending = region("75", false, due("75-S25-A", 1), none);
    RegionMatches astanaAscending = region("71", false, due("71-S25-A", 2));
    assertThat(ids(MergedPage.merge(0, 5, "dueAt,asc", List.of(almatyAscending, astanaAscending), List.of())))
        .containsExactly("75-S25-A", "71-S25-A", "75-S25-N");
    RegionMatches almatyDescending = region("75", false, none, due("75-S25-A", 1));
    assertThat(ids(MergedPage.merge(0, 5, "dueAt,desc", List.of(almatyDescending, astanaAscending), List.of())))
        .containsExactly("75-S25-N", "71-S25-A", "75-S25-A");
  }

  @Test
  void deepPage_eachRegionGivesItsFirstRows_thePageComesFromBothAndHasNextFromTheRegions() {
    // Page 3 of 25 (rows 75 to 99): each region gave its first 100; Almaty has more than those.
    List<ApplicationSummary> almaty = new ArrayList<>();
    List<ApplicationSummary> astana = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      almaty.add(app(String.format("75-S25-%03d", 999 - i), -2 * i));
      astana.add(app(String.format("71-S25-%03d", 999 - i), -2 * i - 1));
    }
    List<RegionMatches> both = List.of(new RegionMatches("75", almaty, true), new RegionMatches("71", astana, false));
    ApplicationPage page = MergedPage.merge(3, 25, "submittedAt,desc", both, List.of());
    assertThat(page.items()).hasSize(25);
    // The merge alternates Almaty (even minutes back) and Astana (odd): row 75 is Astana's 38th.
    assertThat(page.items().get(0).id()).isEqualTo("71-S25-962");
    assertThat(page.items().get(24).id()).isEqualTo("71-S25-950");
    assertThat(page.hasNext()).as("200 rows found, 100 shown").isTrue();
    // The regions' rows end where the page ends, Almaty saying it has more: a next page.
    List<RegionMatches> exactly = List.of(new RegionMatches("75", almaty.subList(0, 50), true),
        new RegionMatches("71", astana.subList(0, 50), false));
    ApplicationPage last = MergedPage.merge(3, 25, "submittedAt,desc", exactly, List.of());
    assertThat(last.items()).hasSize(25);
    assertThat(last.hasNext()).isTrue();
    List<RegionMatches> none = List.of(new RegionMatches("75", almaty.subList(0, 50), false),
        new RegionMatches("71", astana.subList(0, 50), false));
    assertThat(MergedPage.merge(3, 25, "submittedAt,desc", none, List.of()).hasNext())
        .as("100 rows found, 100 shown").isFalse();
  }

  @Test
  void aRegionUnanswered_isNamed_thePageAndHasNextAreTheOthers() {
    RegionMatches almaty = region("75", false, app("75-S25-A", 0), app("75-S25-B", -1));
    ApplicationPage page = MergedPage.merge(0, 2, "submittedAt,desc", List.of(almaty), List.of("79"));
    assertThat(ids(page)).containsExactly("75-S25-A", "75-S25-B");
    assertThat(page.hasNext()).isFalse();
    assertThat(page.regionsUnanswered()).containsExactly("79");
  }

  @Test
  void aRegionsPage_readBack_keepsItsOffsetAndItsMaskedApplicant_theUnansweredAbsentWhenNone() throws Exception {
    ObjectMapper json = new ObjectMapper().findAndRegisterModules()
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    ApplicationSummary masked = new ApplicationSummary("71-S25-A", "x-1", 25, "provider", "IN_REVIEW",
        new Applicant("********0012", "Аймақ С."), NOON, NOON.plusMinutes(30), NOON.plusMinutes(30), null, true);
    String written = json.writeValueAsString(new ApplicationPage(List.of(masked), 0, 1, "submittedAt,desc", true));
    assertThat(written).doesNotContain("regionsUnanswered").contains("2026-12-03T12:00:00+05:00");
    ApplicationPage read = RegionalSearch.pages(json).readValue(written);
    assertThat(read.items()).containsExactly(masked);
    assertThat(read.items().get(0).submittedAt().getOffset()).isEqualTo(ZoneOffset.ofHours(5));
    assertThat(read.hasNext()).isTrue();
    assertThat(json.writeValueAsString(new ApplicationPage(List.of(), 0, 1, "submittedAt,desc", false,
        List.of("79")))).contains("\"regionsUnanswered\":[\"79\"]");
  }

  @Test
  void theCallersFiltersAreSentOn_pageSizeAndRegionAreTheFanOutsOwn() {
    Map<String, String[]> parameters = new LinkedHashMap<>();
    parameters.put("status", new String[] {"IN_REVIEW", "REGISTERED"});
    parameters.put("page", new String[] {"3"});
    parameters.put("size", new String[] {"25"});
    parameters.put("region", new String[] {"71"});
    parameters.put("externalId", new String[] {"a&b=c"});
    assertThat(RegionalSearch.query(parameters)).isEqualTo("externalId=a%26b%3Dc&status=IN_REVIEW&status=REGISTERED&");
  }

  private static RegionMatches region(String code, boolean more, ApplicationSummary... first) {
    return new RegionMatches(code, List.of(first), more);
  }

  private static ApplicationSummary app(String id, int minutes) {
    return new ApplicationSummary(id, null, 25, "provider", "IN_REVIEW", new Applicant("850312300012", "Аймақ Сынақ"),
        NOON.plusMinutes(minutes), NOON.plusMinutes(minutes + 30), NOON.plusMinutes(minutes + 30), null, false);
  }

  private static ApplicationSummary due(String id, int hours) {
    return new ApplicationSummary(id, null, 25, "provider", "IN_REVIEW", new Applicant("850312300012", "Аймақ Сынақ"),
        NOON, NOON.plusHours(hours), NOON.plusHours(hours), null, false);
  }

  private static List<String> ids(ApplicationPage page) {
    return page.items().stream().map(ApplicationSummary::id).toList();
  }
}
