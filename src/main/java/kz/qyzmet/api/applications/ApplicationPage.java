package kz.qyzmet.api.applications;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * One page of found applications. No total: counting every match of a broad filter costs more than
 * the page itself; {@code hasNext} says whether asking for {@code page + 1} finds more.
 *
 * @param page from 0
 * @param sort as applied, e.g. {@code submittedAt,desc} (ties broken by id, in the same direction)
 * @param regionsUnanswered where regions are set up and a search asked several (docs/scale.md): the KATO
 *     codes of the regions whose deployment did not answer, so their applications are missing from the
 *     page and from {@code hasNext}; absent when every region asked answered, and where regions are not set up
 */
@Schema(description = "A page of found applications")
public record ApplicationPage(List<ApplicationSummary> items, int page, int size,
    @Schema(example = "submittedAt,desc") String sort, boolean hasNext,
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @ArraySchema(arraySchema = @Schema(description = "The regions (KATO codes) whose deployment did not answer: their "
        + "applications are missing from this page and from hasNext. Absent when every region asked answered."),
        schema = @Schema(example = "79"))
    List<String> regionsUnanswered) {

  /** A page of one deployment's applications. */
  public ApplicationPage(List<ApplicationSummary> items, int page, int size, String sort, boolean hasNext) {
    this(items, page, size, sort, hasNext, List.of());
  }
}
