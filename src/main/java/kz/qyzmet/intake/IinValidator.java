package kz.qyzmet.intake;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import kz.qyzmet.calendar.DeadlineService;

/** Checks an {@link Iin} against today in the service's zone (a birth date may not be later). */
public class IinValidator implements ConstraintValidator<Iin, String> {

  private final DeadlineService deadlines;

  public IinValidator(DeadlineService deadlines) {
    this.deadlines = deadlines;
  }

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    if (value == null || value.isBlank()) {
      return true;
    }
    return IinNumber.check(value, deadlines.localDay(deadlines.now()))
        .map(fault -> Violation.add(context, null, fault.reason(), fault.message()))
        .orElse(true);
  }
}
