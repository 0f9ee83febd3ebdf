package kz.qyzmet.api.applications;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import java.util.List;

/**
 * An application as an external system or an office submits it.
 *
 * @param standard the standard's number (1 to 30), one that is served
 * @param channel where the package was handed in: one of the standard's channels
 * @param caseType required when the standard has case types, absent otherwise
 * @param representative the person who applies for the applicant by power of attorney; sets the
 *     applicant flag {@code representative}
 * @param flags further applicant flags the standard declares (e.g. {@code oralman}, {@code guardian})
 * @param documents the codes of the documents handed in (the standard's required-documents table)
 * @param submittedAt when the package was handed in, ISO-8601; by default now. With an offset
 *     ({@code 2026-03-18T10:00:00+05:00}) or without (read in Asia/Almaty); not in the future
 * @param externalId the caller's own id of the request; makes retries safe (idempotency key)
 * @param region the KATO code of the region (oblast or city) whose office serves the application:
 *     required where regions are set up, which routes the submission to that region's deployment
 *     ({@link kz.qyzmet.regions.RegionRouter}, docs/scale.md); checked, and otherwise unused, where not
 */
@Schema(description = "An application to submit")
public record SubmitApplicationRequest(
    @Schema(requiredMode = RequiredMode.REQUIRED, example = "2") Integer standard,
    @Schema(requiredMode = RequiredMode.REQUIRED, example = "psc") String channel,
    @Schema(description = "Required when the standard has case types") String caseType,
    @Schema(requiredMode = RequiredMode.REQUIRED) Person applicant,
    @Schema(description = "Whoever applies for the applicant by power of attorney") Person representative,
    @Schema(description = "Applicant flags of the standard besides representative", example = "[\"oralman\"]")
    List<String> flags,
    @Schema(requiredMode = RequiredMode.REQUIRED,
        example = "[\"application\",\"identity_document\",\"residence_registration_proof\",\"bank_account_details\"]")
    List<String> documents,
    @Schema(description = "ISO-8601; default now; never in the future", example = "2026-03-18T10:00:00+05:00")
    String submittedAt,
    @Schema(description = "Idempotency key, up to 128 printable ASCII characters", example = "egov-2026-000123")
    String externalId,
    @Schema(description = "The KATO code of the region (oblast or city of republican significance) whose office "
        + "serves the application: 10 Abai … 79 Shymkent (docs/scale.md). Required where the API routes to regional "
        + "deployments; an unknown code is refused (400)", example = "75", pattern = "^[0-9]{2}$")
    String region) {

  /**
   * @param iin 12 digits with a valid birth date and control digit
   * @param fullName as in the identity document, up to 300 characters
   */
  public record Person(
      @Schema(requiredMode = RequiredMode.REQUIRED, example = "850312300121") String iin,
      @Schema(requiredMode = RequiredMode.REQUIRED, example = "Сапарова Айгүл Маратқызы") String fullName) {}
}
