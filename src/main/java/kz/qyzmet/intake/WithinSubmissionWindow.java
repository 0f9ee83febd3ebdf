package kz.qyzmet.intake;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The stated submission time lies within the {@link SubmissionWindow} of whoever states it. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = WithinSubmissionWindowValidator.class)
public @interface WithinSubmissionWindow {

  String message() default "is outside the submission window";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
