package kz.qyzmet.api.applications;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * One page of found applications. No total: counting every match of a broad filter costs more than
 * the page itself; {@code hasNext} says whether asking for {@code page + 1} finds more.
 *
 * @param page from 0
 * @param sort as applied, e.g. {@code submittedAt,desc} (ties broken by id, in the same direction)
 */
@Schema(description = "A page of found applications")
public record ApplicationPage(List<ApplicationSummary> items, int page, int size,
    @Schema(example = "submittedAt,desc") String sort, boolean hasNext) {}
