package kz.qyzmet.calendar;

import java.time.LocalDate;

/**
 * Told of a calendar change before the timers are recalculated, so that whatever derives dates
 * from the calendar and keeps them (process variables, rows) can derive them again first.
 */
public interface CalendarChangeListener {

  /** @return how many process instances had their dates derived again */
  int calendarChanged(LocalDate firstChangedDay);
}
