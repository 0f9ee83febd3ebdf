package kz.qyzmet.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Calendar;
import java.util.Date;
import java.util.Locale;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Statutory deadlines, for BPMN expressions ({@code ${deadlines.workingDays(submittedAt, 10)}} in
 * {@code timeDate}, {@code camunda:dueDate}, {@code camunda:followUpDate}) and for Java.
 *
 * <p>Every method takes {@code from} as a {@link Date}, {@link Instant}, {@link OffsetDateTime},
 * {@link ZonedDateTime}, {@link LocalDateTime} (read in the zone), {@link LocalDate} (its start, in
 * the zone) or an ISO-8601 string of one of these, and returns a {@link Date}.
 *
 * <p>The counting convention (docs/calendar.md): the local day of submission, in {@code qyzmet.zone},
 * is not counted; day 1 is the next day (the next working day for working-day terms), and a term ends
 * at the close of its last day ({@code qyzmet.calendar.close-of-day}, 18:00). A calendar-day or month
 * term whose last day is a day off ends on the next working day. Hour and minute terms run from the
 * instant. Answers that rest on unconfirmed calendar data are computed, and logged at WARN once per
 * year; outside the calendar's years an {@link OutsideCalendarException} is thrown.
 */
public class DeadlineService {

  private static final Logger LOG = LoggerFactory.getLogger(DeadlineService.class);

  private final CalendarSource calendars;
  private final ZoneId zone;
  private final LocalTime closeOfDay;
  private final boolean countSubmissionDay;

  public DeadlineService(CalendarSource calendars, ZoneId zone, LocalTime closeOfDay, boolean countSubmissionDay) {
    this.calendars = calendars;
    this.zone = zone;
    this.closeOfDay = closeOfDay;
    this.countSubmissionDay = countSubmissionDay;
  }

  // ---- for BPMN expressions ----

  /** The close of the N-th working day after the local day of {@code from}; for 0, {@link #sameDay}. */
  public Date workingDays(Object from, int days) {
    requireNotNegative(days, "days");
    if (days == 0) {
      return sameDay(from);
    }
    return closeOf(dueDay(localDay(from), days));
  }

  /** The close of the N-th calendar day after the local day of {@code from}, or of the next working day if that is a day off. */
  public Date calendarDays(Object from, int days) {
    requireNotNegative(days, "days");
    if (days == 0) {
      return sameDay(from);
    }
    LocalDate start = localDay(from);
    LocalDate last = start.plusDays(countSubmissionDay ? days - 1L : days);
    return closeOf(checked(start, calendar().workingDayOnOrAfter(last)));
  }

  /**
   * The close of the day with the same number N months later (the last day of a shorter month), or
   * of the next working day if that is a day off. With the submission day counted, the day before.
   */
  public Date months(Object from, int months) {
    requireNotNegative(months, "months");
    if (months == 0) {
      return sameDay(from);
    }
    LocalDate start = localDay(from);
    LocalDate last = start.plusMonths(months);
    if (countSubmissionDay) {
      last = last.minusDays(1);
    }
    return closeOf(checked(start, calendar().workingDayOnOrAfter(last)));
  }

  /** {@code from} plus N hours, whatever the calendar says. */
  public Date hours(Object from, int hours) {
    requireNotNegative(hours, "hours");
    return Date.from(instant(from).plusSeconds(hours * 3600L));
  }

  /** {@code from} plus N minutes, whatever the calendar says. */
  public Date minutes(Object from, int minutes) {
    requireNotNegative(minutes, "minutes");
    return Date.from(instant(from).plusSeconds(minutes * 60L));
  }

  /**
   * The close of the day of {@code from}; if that day is a day off, or {@code from} is at or after
   * its close, the close of the next working day.
   */
  public Date sameDay(Object from) {
    ZonedDateTime at = zoned(from);
    LocalDate day = at.toLocalDate();
    WorkingCalendar calendar = calendar();
    LocalDate due = calendar.isWorkingDay(day) && at.toLocalTime().isBefore(closeOfDay)
        ? day : calendar.addWorkingDays(day, 1);
    return closeOf(checked(day, due));
  }

  /**
   * A term by the unit strings of the standards: {@code working_days}, {@code calendar_days},
   * {@code months}, {@code hours}, {@code minutes}, {@code same_day} (value ignored).
   */
  public Date term(Object from, int value, String unit) {
    if (unit == null) {
      throw new IllegalArgumentException("Unknown term unit: null");
    }
    return switch (unit.toLowerCase(Locale.ROOT)) {
      case "working_days" -> workingDays(from, value);
      case "calendar_days" -> calendarDays(from, value);
      case "months" -> months(from, value);
      case "hours" -> hours(from, value);
      case "minutes" -> minutes(from, value);
      case "same_day" -> sameDay(from);
      default -> throw new IllegalArgumentException("Unknown term unit: " + unit);
    };
  }

  /**
   * For follow-up dates and reminders: the close of the working day N working days before the local
   * day of {@code due} (for 0: that day if it is a working day, otherwise the working day before).
   * It may lie in the past; callers that need a future date compare with {@link #now()}.
   */
  public Date workingDaysBefore(Object due, int days) {
    requireNotNegative(days, "days");
    LocalDate day = localDay(due);
    WorkingCalendar calendar = calendar();
    LocalDate result = days == 0 ? calendar.workingDayOnOrBefore(day) : calendar.addWorkingDays(day, -days);
    return closeOf(checked(day, result));
  }

  /** The engine's clock, which tests move with {@code ClockUtil.setCurrentTime}. */
  public Date now() {
    return ClockUtil.getCurrentTime();
  }

  // ---- for Java ----

  /** Plain arithmetic: N working days after {@code from} (negative: before; 0: on or after). */
  public LocalDate addWorkingDays(LocalDate from, int days) {
    return calendar().addWorkingDays(from, days);
  }

  /**
   * The last day of a term of N working days for something submitted on {@code submitted}, by the
   * configured convention (by default the N-th working day after it).
   */
  public LocalDate dueDay(LocalDate submitted, int workingDays) {
    requireNotNegative(workingDays, "days");
    WorkingCalendar calendar = calendar();
    LocalDate due;
    if (countSubmissionDay && workingDays > 0 && calendar.isWorkingDay(submitted)) {
      due = workingDays == 1 ? submitted : calendar.addWorkingDays(submitted, workingDays - 1);
    } else {
      due = calendar.addWorkingDays(submitted, workingDays);
    }
    return checked(submitted, due);
  }

  public boolean isWorkingDay(LocalDate day) {
    return calendar().isWorkingDay(day);
  }

  /** Working days after {@code from} up to and including {@code to}. */
  public int workingDaysBetween(LocalDate from, LocalDate to) {
    return calendar().workingDaysBetween(from, to);
  }

  /** Whether the calendar from {@code from} to {@code to} rests on confirmed data only. */
  public boolean isConfirmed(LocalDate from, LocalDate to) {
    return calendar().confirmed(from, to);
  }

  /** The local (zone) day of any accepted form of {@code from}. */
  public LocalDate localDay(Object from) {
    if (from instanceof LocalDate date) {
      return date;
    }
    return zoned(from).toLocalDate();
  }

  /** The close of a day, as the engine wants it. */
  public Date closeOf(LocalDate day) {
    return Date.from(day.atTime(closeOfDay).atZone(zone).toInstant());
  }

  public ZoneId zone() {
    return zone;
  }

  public LocalTime closeOfDay() {
    return closeOfDay;
  }

  public WorkingCalendar calendar() {
    return calendars.current();
  }

  // ---- helpers ----

  private LocalDate checked(LocalDate start, LocalDate result) {
    WorkingCalendar calendar = calendar();
    if (!calendar.confirmed(start, result)) {
      for (int y = Math.min(start.getYear(), result.getYear()); y <= Math.max(start.getYear(), result.getYear()); y++) {
        if (!calendar.confirmed(y) && calendar.firstWarningFor(y)) {
          LOG.warn("Deadline computed on unconfirmed calendar data for {} ({}); check it when the year's "
              + "decrees are known", y, calendar.facts().year(y).note());
        }
      }
    }
    return result;
  }

  private static void requireNotNegative(int value, String name) {
    if (value < 0) {
      throw new IllegalArgumentException(name + " must not be negative: " + value);
    }
  }

  private Instant instant(Object from) {
    if (from instanceof Date date) {
      return date.toInstant();
    }
    if (from instanceof Instant instant) {
      return instant;
    }
    return zoned(from).toInstant();
  }

  private ZonedDateTime zoned(Object from) {
    if (from == null) {
      throw new IllegalArgumentException("The start of a term is missing (null)");
    }
    if (from instanceof Date date) {
      return date.toInstant().atZone(zone);
    }
    if (from instanceof Instant instant) {
      return instant.atZone(zone);
    }
    if (from instanceof OffsetDateTime odt) {
      return odt.atZoneSameInstant(zone);
    }
    if (from instanceof ZonedDateTime zdt) {
      return zdt.withZoneSameInstant(zone);
    }
    if (from instanceof LocalDateTime ldt) {
      return ldt.atZone(zone);
    }
    if (from instanceof LocalDate date) {
      return date.atStartOfDay(zone);
    }
    if (from instanceof Calendar cal) {
      return cal.toInstant().atZone(zone);
    }
    if (from instanceof CharSequence text) {
      return parse(text.toString().trim());
    }
    throw new IllegalArgumentException("Cannot read a date from a " + from.getClass().getName());
  }

  private ZonedDateTime parse(String text) {
    try {
      if (text.length() == 10) {
        return LocalDate.parse(text).atStartOfDay(zone);
      }
      if (text.endsWith("]")) {
        return ZonedDateTime.parse(text).withZoneSameInstant(zone);
      }
      try {
        return OffsetDateTime.parse(text).atZoneSameInstant(zone);
      } catch (DateTimeParseException noOffset) {
        return LocalDateTime.parse(text).atZone(zone);
      }
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("Not an ISO-8601 date or date-time: '" + text + "'", e);
    }
  }
}
