package kz.qyzmet.api.applications;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import kz.qyzmet.catalog.Wording;

/**
 * A wording of a standard (docs/amendments.md): the one an application answers to (in force on the
 * day it was submitted, whatever day it is processed), or the one a standards page shows.
 *
 * @param id the standard's code and the day the wording took effect, e.g. {@code s02@2014-03-11}
 * @param act the act that gave the wording: Decree No. 217 itself, or the amending act
 * @param changesKk what the amendment changed, in Kazakh (also {@code changesRu}); absent for the
 *     decree's own wording
 * @param fictitious true only for the amendment Qyzmet's tests make up; never in production
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "A wording of the standard: for an application, the one it answers to (in force on the day "
    + "of submission); for a standard, the one shown (in force today or on the day asked)")
public record WordingView(
    @Schema(example = "s02@2014-03-11") String id,
    @Schema(example = "2014-03-11") LocalDate effectiveFrom,
    Act act,
    String changesKk,
    String changesRu,
    Boolean fictitious) {

  /** An act: its number and date as published, its title in Kazakh and Russian. */
  public record Act(@Schema(example = "217") String number, @Schema(example = "2014-03-11") LocalDate date,
      String titleKk, String titleRu) {}

  public static WordingView of(Wording wording) {
    return new WordingView(wording.id(), wording.effectiveFrom(),
        new Act(wording.act().number(), wording.act().date(), wording.act().titleKk(), wording.act().titleRu()),
        wording.original() ? null : wording.amendment().changesKk(),
        wording.original() ? null : wording.amendment().changesRu(),
        wording.fictitious() ? Boolean.TRUE : null);
  }
}
