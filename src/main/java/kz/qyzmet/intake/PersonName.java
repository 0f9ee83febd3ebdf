package kz.qyzmet.intake;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A person's (or organisation's) name as in an identity document: letters of the Kazakh, Russian
 * and Latin alphabets, spaces, hyphens, apostrophes and dots, with at least one letter. No digits,
 * no markup ({@code <}, {@code >}), no control characters: the name is shown in Tasklist, Cockpit,
 * notices and results. Length is left to {@code @Size}, null and blank to {@code @NotBlank}.
 */
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PersonNameValidator.class)
public @interface PersonName {

  String message() default "must be letters (Kazakh, Russian or Latin), spaces, hyphens, apostrophes and dots only";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
