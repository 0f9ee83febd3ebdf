package kz.qyzmet.api;

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
public record FieldProblem(String field, String reason, String message) {}
