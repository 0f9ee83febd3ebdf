package kz.qyzmet.api;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;

/**
 * One thing wrong with a request.
 *
 * @param field where, as a path into the JSON body ({@code applicant.iin}, {@code documents[2]}), the
 *     name of a query or path parameter, or {@code body} for the body as a whole
 * @param reason a stable code a client can act on: {@code required}, {@code malformed},
 *     {@code wrong-type}, {@code unknown-field}, {@code too-long}, {@code format}, {@code checksum},
 *     {@code birth-date}, {@code unknown}, {@code not-offered}, {@code in-future},
 *     {@code out-of-range}, {@code forbidden}, {@code not-found}, {@code conflict}
 * @param message the same in words
 */
@Schema(description = "One thing wrong with a request")
public record FieldProblem(
    @Schema(requiredMode = RequiredMode.REQUIRED, example = "applicant.iin") String field,
    @Schema(requiredMode = RequiredMode.REQUIRED, example = "checksum") String reason,
    @Schema(requiredMode = RequiredMode.REQUIRED,
        example = "applicant.iin fails its control digit (expected 1, found 2)")
    String message) {}
