package kz.qyzmet.regions;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.List;
import kz.qyzmet.sla.SlaReport.StandardSla;

/**
 * The SLA report of the whole country: every region's deployment asked for its own report
 * ({@code GET /api/v1/sla}), its total given per region, and the figures summed per standard and
 * overall over the regions that answered (docs/scale.md). Counts add up; the breach rate is computed
 * again from the summed terms; a median does not add up and is absent from the sums (each region's
 * own is in its row).
 *
 * @param regions every deployment asked, this one first
 * @param unanswered the regions whose deployment did not give its report (also marked in {@code regions});
 *     their figures are missing from the sums
 * @param standards per standard, summed over the regions that answered
 * @param total everything, summed over the regions that answered
 */
@Schema(description = "The SLA report across the regions: each region's total and the sums")
public record NationalSlaReport(
    OffsetDateTime asOf,
    List<RegionSla> regions,
    List<String> unanswered,
    List<StandardSla> standards,
    StandardSla total) {

  /**
   * @param region the region's KATO code; absent for a deployment that serves the regions without one
   *     of their own (the national deployment)
   * @param answered whether its report came
   * @param problem why not, when it did not: no answer in time, or the status it answered
   * @param asOf when its report was made
   * @param total its report's total
   */
  @Schema(description = "One region's deployment and its figures")
  public record RegionSla(
      @Schema(example = "75") String region,
      @Schema(example = "Алматы қаласы") String nameKk,
      @Schema(example = "город Алматы") String nameRu,
      boolean answered,
      String problem,
      OffsetDateTime asOf,
      StandardSla total) {}
}
