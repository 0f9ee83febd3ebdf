package kz.qyzmet.api.applications;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import kz.qyzmet.api.applications.ApplicationView.Applicant;

/**
 * An application in a list: what identifies it and where it stands, as in {@link ApplicationView}
 * (the applicant whole or masked by the same rule), without its steps and history; those are one
 * {@code GET /api/v1/applications/{id}} away.
 *
 * @param breached whether any statutory deadline of it was missed (a row in qz_breach)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "An application in a list of found ones")
public record ApplicationSummary(
    @Schema(example = "S02-20261125-D10CE6EE") String id,
    @Schema(example = "egov-2026-000123") String externalId,
    @Schema(example = "2") int standard,
    @Schema(example = "psc") String channel,
    @Schema(example = "REGISTERED") String status,
    Applicant applicant,
    OffsetDateTime submittedAt,
    OffsetDateTime dueAt,
    OffsetDateTime originalDueAt,
    OffsetDateTime closedAt,
    boolean breached) {}
