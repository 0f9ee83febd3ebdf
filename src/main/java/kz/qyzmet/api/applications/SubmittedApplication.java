package kz.qyzmet.api.applications;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The answer to a submission (and to its idempotent replay).
 *
 * @param status {@code REGISTERED} or the first working state ({@code IN_REVIEW}) when the package
 *     was accepted; {@code REFUSED_TO_ACCEPT} when the intake refused an incomplete one; {@code ANSWERED}
 *     for an information request
 * @param dueDate the statutory due date computed at registration, the local day in Asia/Almaty;
 *     absent when the application was not registered
 * @param missingDocuments the required documents not handed in ("a|b" when either would do); at a
 *     PSC their absence refuses the package, elsewhere the application is registered all the same
 */
@Schema(description = "A submitted application")
public record SubmittedApplication(
    @Schema(example = "S02-20260318-3F9A1C2B") String id,
    @Schema(example = "2") int standard,
    @Schema(example = "psc") String channel,
    String caseType,
    @Schema(example = "REGISTERED") String status,
    @Schema(example = "2026-03-18T10:00:00+05:00") OffsetDateTime submittedAt,
    @Schema(example = "2026-04-06") LocalDate dueDate,
    List<String> missingDocuments,
    String externalId) {}
