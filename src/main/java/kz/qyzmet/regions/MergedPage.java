package kz.qyzmet.regions;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import kz.qyzmet.api.applications.ApplicationPage;
import kz.qyzmet.api.applications.ApplicationSummary;

/**
 * One page of a search across regions, made of each region's first matches: the regions' lists
 * merged by the search's sort (nulls where ApplicationSearch puts them, last ascending and first
 * descending; ties by id, in the same direction), the page cut out of the merge, and {@code hasNext}
 * from what the regions that answered hold. Each region's own order is kept as it came.
 */
final class MergedPage {

  /**
   * What one region found.
   *
   * @param first its first matches, in the search's order; those beyond the rows the page needs are left out
   * @param more whether it has more matches than {@code first}
   */
  record RegionMatches(String region, List<ApplicationSummary> first, boolean more) {}

  private MergedPage() {}

  /**
   * @param page from 0
   * @param sort as applied, e.g. {@code submittedAt,desc}
   * @param answered what each region that answered found, up to (page + 1) × size of its first matches
   * @param unanswered the regions that did not answer
   */
  static ApplicationPage merge(int page, int size, String sort, List<RegionMatches> answered,
      List<String> unanswered) {
    int rows = (page + 1) * size;
    Comparator<ApplicationSummary> order = order(sort);
    int[] next = new int[answered.size()];
    List<ApplicationSummary> merged = new ArrayList<>();
    // One more than the page's end: whether a next page exists among the rows the regions gave.
    while (merged.size() <= rows) {
      int first = -1;
      for (int r = 0; r < answered.size(); r++) {
        List<ApplicationSummary> list = answered.get(r).first();
        if (next[r] < Math.min(list.size(), rows) && (first < 0
            || order.compare(list.get(next[r]), answered.get(first).first().get(next[first])) < 0)) {
          first = r;
        }
      }
      if (first < 0) {
        break;
      }
      merged.add(answered.get(first).first().get(next[first]++));
    }
    boolean hasNext = merged.size() > rows || answered.stream().anyMatch(r -> r.more() || r.first().size() > rows);
    List<ApplicationSummary> items = merged.size() <= page * size ? List.of()
        : List.copyOf(merged.subList(page * size, Math.min(rows, merged.size())));
    return new ApplicationPage(items, page, size, sort, hasNext, List.copyOf(unanswered));
  }

  /** ApplicationSearch's order: the sort key, nulls last ascending and first descending, ties by id. */
  static Comparator<ApplicationSummary> order(String sort) {
    String[] parts = sort.split(",");
    Function<ApplicationSummary, OffsetDateTime> key = switch (parts[0]) {
      case "submittedAt" -> ApplicationSummary::submittedAt;
      case "dueAt" -> ApplicationSummary::dueAt;
      default -> throw new IllegalArgumentException("Not a sort of applications: " + sort);
    };
    Comparator<ApplicationSummary> ascending = Comparator.comparing(key,
        Comparator.nullsLast(Comparator.comparing(OffsetDateTime::toInstant)))
        .thenComparing(ApplicationSummary::id);
    return parts.length == 2 && parts[1].equals("desc") ? ascending.reversed() : ascending;
  }
}
