package kz.qyzmet.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The working days of every covered year, precomputed: a day-kind table, the number of working days
 * before each day, and the position of every working day, so that "N working days after" is two
 * array reads. Immutable; a correction builds a new one.
 *
 * <p>Rules applied (docs/calendar.md): Saturday and Sunday are days off; holidays are days off; a
 * holiday that falls on a Saturday or Sunday gives a day off on the next working day after it, after
 * the whole run when several fall together (Law "On holidays", Art. 5), except 7 January and Kurban
 * Ait, which never move; then the decreed transfers swap a day off and a working day.
 */
public final class WorkingCalendar {

  /** Why a day is, or is not, a working day. */
  public enum DayKind {
    WORKING_DAY(true),
    WEEKEND(false),
    HOLIDAY(false),
    /** The day off that replaces a holiday falling on a Saturday or Sunday. */
    MOVED_DAY_OFF(false),
    /** A working day made a day off by a transfer. */
    TRANSFERRED_DAY_OFF(false),
    /** A day off (a Saturday or Sunday, or a moved day off) made a working day by a transfer. */
    TRANSFERRED_WORKING_DAY(true);

    private final boolean working;

    DayKind(boolean working) {
      this.working = working;
    }

    public boolean working() {
      return working;
    }
  }

  private static final DayKind[] KINDS = DayKind.values();

  private final CalendarFacts facts;
  private final LocalDate first;
  private final LocalDate last;
  private final long firstEpochDay;
  private final byte[] kinds;
  /** workingBefore[i]: working days strictly before day i; length days + 1. */
  private final int[] workingBefore;
  /** workingDays[k]: the day index of the k-th working day (0-based). */
  private final int[] workingDays;
  private final boolean[] yearConfirmed;
  private final Set<Integer> warnedYears = ConcurrentHashMap.newKeySet();

  public WorkingCalendar(CalendarFacts facts) {
    this.facts = facts;
    this.first = LocalDate.of(facts.firstYear(), 1, 1);
    this.last = LocalDate.of(facts.lastYear(), 12, 31);
    this.firstEpochDay = first.toEpochDay();
    int days = (int) (last.toEpochDay() - firstEpochDay + 1);
    this.kinds = new byte[days];
    for (int i = 0; i < days; i++) {
      DayOfWeek dow = first.plusDays(i).getDayOfWeek();
      kinds[i] = (byte) (dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY ? DayKind.WEEKEND : DayKind.WORKING_DAY).ordinal();
    }
    List<Holiday> holidays = new ArrayList<>();
    List<Transfer> transfers = new ArrayList<>();
    facts.years().values().forEach(y -> {
      holidays.addAll(y.holidays());
      transfers.addAll(y.transfers());
    });
    holidays.sort(Comparator.comparing(Holiday::date));
    for (Holiday h : holidays) {
      set(h.date(), DayKind.HOLIDAY);
    }
    for (Holiday h : holidays) {
      if (h.moves() && isWeekend(h.date())) {
        // The next Monday-to-Friday day that is neither a holiday nor already a moved day off: for a
        // run of holidays this lands after the whole run (2026: Nauryz 21-23 March -> 24 and 25).
        int i = index(h.date()) + 1;
        while (i < days && kinds[i] != DayKind.WORKING_DAY.ordinal()) {
          i++;
        }
        if (i < days) {
          kinds[i] = (byte) DayKind.MOVED_DAY_OFF.ordinal();
        }
      }
    }
    for (Transfer t : transfers) {
      set(t.workingDay(), DayKind.TRANSFERRED_WORKING_DAY);
      set(t.dayOff(), DayKind.TRANSFERRED_DAY_OFF);
    }
    this.workingBefore = new int[days + 1];
    int count = 0;
    for (int i = 0; i < days; i++) {
      workingBefore[i] = count;
      if (KINDS[kinds[i]].working()) {
        count++;
      }
    }
    workingBefore[days] = count;
    this.workingDays = new int[count];
    for (int i = 0, k = 0; i < days; i++) {
      if (KINDS[kinds[i]].working()) {
        workingDays[k++] = i;
      }
    }
    this.yearConfirmed = new boolean[facts.lastYear() - facts.firstYear() + 1];
    facts.years().values().forEach(y -> yearConfirmed[y.year() - facts.firstYear()] = y.confirmed());
  }

  private static boolean isWeekend(LocalDate date) {
    DayOfWeek dow = date.getDayOfWeek();
    return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
  }

  /** Days before the first year (e.g. 28.12.2013 of a 2014 transfer) are outside and ignored. */
  private void set(LocalDate date, DayKind kind) {
    long i = date.toEpochDay() - firstEpochDay;
    if (i >= 0 && i < kinds.length) {
      kinds[(int) i] = (byte) kind.ordinal();
    }
  }

  private int index(LocalDate date) {
    long i = date.toEpochDay() - firstEpochDay;
    if (i < 0 || i >= kinds.length) {
      throw new OutsideCalendarException(date, first, last);
    }
    return (int) i;
  }

  private LocalDate dayAt(int index) {
    return LocalDate.ofEpochDay(firstEpochDay + index);
  }

  private LocalDate workingDayAt(int k, LocalDate from, int days) {
    if (k < 0) {
      throw new OutsideCalendarException("Counting " + days + " working days from " + from
          + " goes before the start of the working-day calendar (" + first + ")");
    }
    if (k >= workingDays.length) {
      throw new OutsideCalendarException("Counting " + days + " working days from " + from
          + " goes past the end of the working-day calendar (" + last + ")");
    }
    return dayAt(workingDays[k]);
  }

  public CalendarFacts facts() {
    return facts;
  }

  public LocalDate firstDay() {
    return first;
  }

  public LocalDate lastDay() {
    return last;
  }

  public boolean covers(LocalDate date) {
    long i = date.toEpochDay() - firstEpochDay;
    return i >= 0 && i < kinds.length;
  }

  public DayKind kindOf(LocalDate date) {
    return KINDS[kinds[index(date)]];
  }

  public boolean isWorkingDay(LocalDate date) {
    return KINDS[kinds[index(date)]].working();
  }

  /**
   * The working day {@code days} working days after {@code from} (not counting {@code from} itself);
   * for a negative number, that many working days before it; for 0, {@code from} itself if it is a
   * working day, otherwise the next working day.
   */
  public LocalDate addWorkingDays(LocalDate from, int days) {
    int i = index(from);
    int k;
    if (days > 0) {
      k = workingBefore[i + 1] + days - 1;
    } else if (days < 0) {
      k = workingBefore[i] + days;
    } else {
      k = workingBefore[i];
    }
    return workingDayAt(k, from, days);
  }

  /** The working day on or before {@code date}. */
  public LocalDate workingDayOnOrBefore(LocalDate date) {
    int i = index(date);
    return workingDayAt(workingBefore[i + 1] - 1, date, 0);
  }

  /** The working day on or after {@code date}. */
  public LocalDate workingDayOnOrAfter(LocalDate date) {
    return addWorkingDays(date, 0);
  }

  /** The number of working days after {@code from} up to and including {@code to}; negative if {@code to} is earlier. */
  public int workingDaysBetween(LocalDate from, LocalDate to) {
    return workingBefore[index(to) + 1] - workingBefore[index(from) + 1];
  }

  /** Whether every year from {@code from} to {@code to} rests on confirmed data. */
  public boolean confirmed(LocalDate from, LocalDate to) {
    LocalDate a = from.isAfter(to) ? to : from;
    LocalDate b = from.isAfter(to) ? from : to;
    for (int y = a.getYear(); y <= b.getYear(); y++) {
      int i = y - facts.firstYear();
      if (i < 0 || i >= yearConfirmed.length || !yearConfirmed[i]) {
        return false;
      }
    }
    return true;
  }

  public boolean confirmed(int year) {
    int i = year - facts.firstYear();
    return i >= 0 && i < yearConfirmed.length && yearConfirmed[i];
  }

  /** True the first time an unconfirmed year is reported, so that callers log it once per calendar. */
  boolean firstWarningFor(int year) {
    return warnedYears.add(year);
  }

  /** The weekday (Monday-Friday) days off of a year, in order. */
  public List<LocalDate> weekdayDaysOff(int year) {
    facts.year(year);
    List<LocalDate> result = new ArrayList<>();
    for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
      if (!isWeekend(d) && !isWorkingDay(d)) {
        result.add(d);
      }
    }
    return result;
  }

  /** The Saturdays and Sundays of a year that are working days by a transfer. */
  public List<LocalDate> workingWeekendDays(int year) {
    facts.year(year);
    List<LocalDate> result = new ArrayList<>();
    for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
      if (isWeekend(d) && isWorkingDay(d)) {
        result.add(d);
      }
    }
    return result;
  }

  /** The first day on which this calendar and {@code other} differ, or null if they agree everywhere both cover. */
  public LocalDate firstDifference(WorkingCalendar other) {
    LocalDate from = first.isAfter(other.first) ? first : other.first;
    LocalDate to = last.isBefore(other.last) ? last : other.last;
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
      if (isWorkingDay(d) != other.isWorkingDay(d)) {
        return d;
      }
    }
    return null;
  }
}
