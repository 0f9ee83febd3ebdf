package kz.qyzmet.intake;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The facts agree with the standards catalog: a served standard, one of its channels, a case type
 * exactly where the standard has them (and the channel takes it), its applicant flags, documents
 * of its required-documents table, and a representative where the flag says there is one.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = OfferedByStandardValidator.class)
public @interface OfferedByStandard {

  String message() default "does not agree with the standard";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
