package kz.qyzmet.calendar;

/** Where the deadline service gets the calendar in force: the shipped files plus any corrections. */
@FunctionalInterface
public interface CalendarSource {

  WorkingCalendar current();
}
