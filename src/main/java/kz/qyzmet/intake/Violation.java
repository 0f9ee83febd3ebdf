package kz.qyzmet.intake;

import jakarta.validation.ConstraintValidatorContext;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * How our validators report: a message in words and a stable reason (the API's {@code reason}),
 * carried as Hibernate Validator's dynamic payload.
 */
final class Violation {

  private Violation() {}

  /**
   * Adds a violation at {@code property} (null: where the constraint sits) and answers false. The
   * message is taken literally: a client's value in it is never read as a message template.
   */
  static boolean add(ConstraintValidatorContext context, String property, String reason, String message) {
    HibernateConstraintValidatorContext hibernate = context.unwrap(HibernateConstraintValidatorContext.class);
    context.disableDefaultConstraintViolation();
    hibernate.withDynamicPayload(reason);
    var builder = hibernate.buildConstraintViolationWithTemplate(literal(message));
    if (property == null) {
      builder.addConstraintViolation();
    } else {
      builder.addPropertyNode(property).addConstraintViolation();
    }
    return false;
  }

  /** Escapes what a message template would interpolate: {@code { } $ \}. */
  static String literal(String text) {
    return text.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
  }

  /** A client's value in a message, cut short if it is long. */
  static String quote(String value) {
    return "'" + (value.length() <= 64 ? value : value.substring(0, 61) + "...") + "'";
  }
}
