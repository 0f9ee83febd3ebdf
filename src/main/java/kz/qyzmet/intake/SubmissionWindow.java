package kz.qyzmet.intake;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import kz.qyzmet.calendar.DeadlineService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How far back and ahead a stated submission time may lie. A statutory term counts from the
 * submission, so a time stated too early shortens the term the provider has, or makes it already
 * breached: integration clients and workers may state a time back to the start of the
 * {@code qyzmet.intake.backdating-working-days}-th working day before today (by default the
 * previous working day: a package taken in late yesterday and entered this morning). Administrators
 * may import older applications (data migration) back to the calendar's first day; such an import
 * is marked on the application and audited.
 */
@Component
public class SubmissionWindow {

  /** A client's clock may run a little ahead of ours. */
  public static final Duration CLOCK_SKEW = Duration.ofMinutes(1);

  private final DeadlineService deadlines;
  private final int workingDays;

  public SubmissionWindow(DeadlineService deadlines,
      @Value("${qyzmet.intake.backdating-working-days:1}") int workingDays) {
    if (workingDays < 0) {
      throw new IllegalArgumentException("qyzmet.intake.backdating-working-days must not be negative: " + workingDays);
    }
    this.deadlines = deadlines;
    this.workingDays = workingDays;
  }

  public Instant now() {
    return deadlines.now().toInstant();
  }

  /** The latest time that may be stated now. */
  public Instant latest() {
    return now().plus(CLOCK_SKEW);
  }

  /** The earliest time integration clients and workers may state now. */
  public Instant earliest() {
    LocalDate today = deadlines.localDay(deadlines.now());
    LocalDate first = workingDays == 0 ? today : deadlines.addWorkingDays(today, -workingDays);
    return first.atStartOfDay(deadlines.zone()).toInstant();
  }

  /** The earliest time anyone may state: the start of the calendar's first day. */
  public Instant calendarStart() {
    return deadlines.calendar().firstDay().atStartOfDay(deadlines.zone()).toInstant();
  }

  /** Whether these facts are an administrator's import of an application older than the window. */
  public boolean isImport(ApplicationFacts facts) {
    return facts.submittedBy() != null && facts.submittedBy().administrator() && facts.submittedAt() != null
        && facts.submittedAt().isBefore(earliest());
  }

  /** What the audit says of an administrator's import. */
  public String importReason(ApplicationFacts facts) {
    return "Imported by " + facts.submittedBy().userId() + ": submitted " + moment(facts.submittedAt())
        + ", before the backdating window (from " + moment(earliest()) + ")";
  }

  /** A moment as people read it here (e.g. 2026-03-18T10:00+05:00), whatever its year. */
  public String moment(Instant at) {
    try {
      return OffsetDateTime.ofInstant(at, deadlines.zone()).toString();
    } catch (DateTimeException beyondDates) {
      return at.toString();
    }
  }
}
