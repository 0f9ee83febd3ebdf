package kz.qyzmet.intake;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An individual identification number ({@link IinNumber}): 12 digits, a possible birth date not
 * after today, a valid control digit. Null and blank are left to {@code @NotBlank}.
 */
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = IinValidator.class)
public @interface Iin {

  String message() default "is not a valid IIN";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
