package kz.qyzmet.intake;

import java.util.function.UnaryOperator;

/**
 * One thing wrong with an application's facts.
 *
 * @param field where: {@code applicant.iin}, {@code documents[2]}, {@code submittedAt}
 * @param reason a stable code: {@code required}, {@code too-long}, {@code format}, {@code checksum},
 *     {@code birth-date}, {@code unknown}, {@code not-offered}, {@code in-future},
 *     {@code out-of-range}, {@code conflict}
 * @param predicate what is wrong, to follow the field's name ("must be 12 digits")
 */
public record IntakeProblem(String field, String reason, String predicate) {

  /** The field and what is wrong with it, in words. */
  public String message() {
    return field + " " + predicate;
  }

  /** The same problem under another name of its field (e.g. a process variable's). */
  public IntakeProblem renamed(UnaryOperator<String> names) {
    return new IntakeProblem(names.apply(field), reason, predicate);
  }
}
