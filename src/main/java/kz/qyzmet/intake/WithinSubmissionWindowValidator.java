package kz.qyzmet.intake;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.Instant;

/** Checks {@link WithinSubmissionWindow}: not in the future, not before the calendar, not before the window. */
public class WithinSubmissionWindowValidator
    implements ConstraintValidator<WithinSubmissionWindow, ApplicationFacts> {

  static final String FIELD = "submittedAt";

  private final SubmissionWindow window;

  public WithinSubmissionWindowValidator(SubmissionWindow window) {
    this.window = window;
  }

  @Override
  public boolean isValid(ApplicationFacts facts, ConstraintValidatorContext context) {
    if (facts == null || facts.submittedAt() == null) {
      return true;
    }
    Instant at = facts.submittedAt();
    if (at.isAfter(window.latest())) {
      return Violation.add(context, FIELD, "in-future", window.moment(at) + " is in the future (now "
          + window.moment(window.now()) + ")");
    }
    Instant calendarStart = window.calendarStart();
    if (at.isBefore(calendarStart)) {
      return Violation.add(context, FIELD, "out-of-range", window.moment(at)
          + " is before the working-day calendar (from " + window.moment(calendarStart) + ")");
    }
    Instant earliest = window.earliest();
    if (at.isBefore(earliest) && (facts.submittedBy() == null || !facts.submittedBy().mayImport())) {
      return Violation.add(context, FIELD, "out-of-range", window.moment(at) + " is before "
          + window.moment(earliest) + ", the earliest submission time that may be stated; only an administrator"
          + " may import an older application");
    }
    return true;
  }
}
