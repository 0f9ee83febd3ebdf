package kz.qyzmet.calendar;

import java.time.LocalDate;

/** A date, or a deadline, that lies outside the years the calendar covers. */
public class OutsideCalendarException extends IllegalArgumentException {

  private final LocalDate date;

  public OutsideCalendarException(LocalDate date, LocalDate first, LocalDate last) {
    super("The working-day calendar covers " + first + " to " + last + "; " + date + " is outside it");
    this.date = date;
  }

  public OutsideCalendarException(String message) {
    super(message);
    this.date = null;
  }

  public LocalDate date() {
    return date;
  }
}
