package kz.qyzmet.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * Told of a calendar change before the timers are recalculated, so that whatever derives dates
 * from the calendar and keeps them (process variables, rows) can derive them again first.
 */
public interface CalendarChangeListener {

  /**
   * @return how many process instances had their dates derived again, and those that could not be:
   *     one that cannot does not stop the others, nor the correction, which is the law's
   */
  Rederived calendarChanged(LocalDate firstChangedDay);

  /** What a listener derived again. */
  record Rederived(int instances, List<NotRederived> failed) {

    public Rederived {
      failed = List.copyOf(failed);
    }
  }

  /**
   * An application whose dates stay as they were, and why: e.g. the wording it answers to was
   * withdrawn while it ran, so its term cannot be found. An administrator looks at it.
   */
  record NotRederived(String applicationId, String reason) {}
}
