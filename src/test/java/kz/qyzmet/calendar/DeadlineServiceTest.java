package kz.qyzmet.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Random;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;

class DeadlineServiceTest {

  static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
  static final DeadlineService DEADLINES = new DeadlineService(() -> WorkingCalendarTest.CALENDAR, ALMATY,
      LocalTime.of(18, 0), false);

  /** 18:00 Almaty on the given day. */
  static Date close(String day) {
    return Date.from(LocalDate.parse(day).atTime(18, 0).atZone(ALMATY).toInstant());
  }

  static Date at(String localDateTime) {
    return Date.from(LocalDateTime.parse(localDateTime).atZone(ALMATY).toInstant());
  }

  @Test
  void workingDaysEndAtTheCloseOfTheNthWorkingDayAfterTheDayOfSubmission() {
    assertThat(DEADLINES.workingDays(at("2026-03-18T10:15"), 10)).isEqualTo(close("2026-04-06"));
    // Late in the evening, or on a day off: still counted from the next working day.
    assertThat(DEADLINES.workingDays(at("2026-03-18T23:59"), 10)).isEqualTo(close("2026-04-06"));
    assertThat(DEADLINES.workingDays(at("2026-03-21T12:00"), 1)).isEqualTo(close("2026-03-26"));
    // From a Saturday: Sat 07.03.2026 -> Tue 10 (Mon 09 is the moved Women's Day), + 4 more.
    assertThat(DEADLINES.workingDays(at("2026-03-07T09:00"), 5)).isEqualTo(close("2026-03-16"));
    // Across the year end, 2024 -> 2025 (1-3 Jan off, Sun 5 Jan worked, 7 Jan off).
    assertThat(DEADLINES.workingDays(at("2024-12-27T11:00"), 3)).isEqualTo(close("2025-01-05"));
    assertThat(DEADLINES.workingDays(at("2024-12-27T11:00"), 5)).isEqualTo(close("2025-01-08"));
  }

  @Test
  void theLocalDayIsTheAlmatyDayWhateverTheInputType() {
    // 20:30 UTC on 17.03 is 01:30 on 18.03 in Almaty (UTC+5).
    Instant instant = Instant.parse("2026-03-17T20:30:00Z");
    Date expected = close("2026-04-06");
    assertThat(DEADLINES.workingDays(instant, 10)).isEqualTo(expected);
    assertThat(DEADLINES.workingDays(Date.from(instant), 10)).isEqualTo(expected);
    assertThat(DEADLINES.workingDays(instant.atOffset(ZoneOffset.UTC), 10)).isEqualTo(expected);
    assertThat(DEADLINES.workingDays(instant.atZone(ZoneId.of("Europe/Paris")), 10)).isEqualTo(expected);
    assertThat(DEADLINES.workingDays("2026-03-17T20:30:00Z", 10)).isEqualTo(expected);
    assertThat(DEADLINES.workingDays("2026-03-18T01:30:00+05:00", 10)).isEqualTo(expected);
    assertThat(DEADLINES.workingDays("2026-03-18T01:30", 10)).isEqualTo(expected);
    assertThat(DEADLINES.workingDays("2026-03-18", 10)).isEqualTo(expected);
    assertThat(DEADLINES.workingDays(LocalDate.parse("2026-03-18"), 10)).isEqualTo(expected);
    assertThat(expected.toInstant()).isEqualTo(Instant.parse("2026-04-06T13:00:00Z"));
    assertThatThrownBy(() -> DEADLINES.workingDays("18.03.2026", 10))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("18.03.2026");
    assertThatThrownBy(() -> DEADLINES.workingDays(null, 10)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void beforeMarch2024AlmatyWasUtcPlus6() {
    Date due = DEADLINES.workingDays(at("2014-01-06T10:00"), 1);
    assertThat(due.toInstant()).isEqualTo(Instant.parse("2014-01-08T12:00:00Z"));
  }

  @Test
  void calendarDaysAndMonthsEndOnTheNextWorkingDayWhenTheLastDayIsOff() {
    // 10 calendar days from Wed 11.03.2026: Sat 21.03 (Nauryz) -> the next working day is Thu 26.03.
    assertThat(DEADLINES.calendarDays(at("2026-03-11T10:00"), 10)).isEqualTo(close("2026-03-26"));
    assertThat(DEADLINES.calendarDays(at("2026-03-11T10:00"), 2)).isEqualTo(close("2026-03-13"));
    // One month from 31.01.2026 -> 28.02.2026 (Sat) -> Mon 02.03.
    assertThat(DEADLINES.months(at("2026-01-31T10:00"), 1)).isEqualTo(close("2026-03-02"));
    assertThat(DEADLINES.months(at("2026-01-15T10:00"), 1)).isEqualTo(close("2026-02-16")); // 15.02 is Sunday
    assertThat(DEADLINES.months(at("2026-02-10T10:00"), 1)).isEqualTo(close("2026-03-10"));
  }

  @Test
  void hoursAndMinutesRunFromTheInstant() {
    assertThat(DEADLINES.minutes(at("2026-03-21T17:50"), 30)).isEqualTo(at("2026-03-21T18:20"));
    assertThat(DEADLINES.hours(at("2026-03-20T17:00"), 2)).isEqualTo(at("2026-03-20T19:00"));
  }

  @Test
  void sameDayIsTheCloseOfTheDayOrOfTheNextWorkingDay() {
    assertThat(DEADLINES.sameDay(at("2026-03-20T10:00"))).isEqualTo(close("2026-03-20"));
    assertThat(DEADLINES.sameDay(at("2026-03-20T18:00"))).isEqualTo(close("2026-03-26"));
    assertThat(DEADLINES.sameDay(at("2026-03-21T10:00"))).isEqualTo(close("2026-03-26"));
    assertThat(DEADLINES.workingDays(at("2026-03-20T10:00"), 0)).isEqualTo(close("2026-03-20"));
  }

  @Test
  void termDispatchesOnTheUnitsOfTheStandards() {
    Date from = at("2026-03-18T10:00");
    assertThat(DEADLINES.term(from, 10, "working_days")).isEqualTo(close("2026-04-06"));
    assertThat(DEADLINES.term(from, 10, "calendar_days")).isEqualTo(close("2026-03-30")); // Sat 28 -> Mon 30
    assertThat(DEADLINES.term(from, 1, "months")).isEqualTo(close("2026-04-20")); // Sat 18.04 -> Mon 20
    assertThat(DEADLINES.term(from, 3, "hours")).isEqualTo(at("2026-03-18T13:00"));
    assertThat(DEADLINES.term(from, 30, "minutes")).isEqualTo(at("2026-03-18T10:30"));
    assertThat(DEADLINES.term(from, 0, "same_day")).isEqualTo(close("2026-03-18"));
    assertThatThrownBy(() -> DEADLINES.term(from, 1, "per_payment_schedule"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("per_payment_schedule");
    assertThatThrownBy(() -> DEADLINES.term(from, -1, "working_days")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void workingDaysBeforeCountsBackFromTheDueDay() {
    Date due = close("2026-03-26");
    assertThat(DEADLINES.workingDaysBefore(due, 1)).isEqualTo(close("2026-03-20"));
    assertThat(DEADLINES.workingDaysBefore(due, 2)).isEqualTo(close("2026-03-19"));
    assertThat(DEADLINES.workingDaysBefore(close("2026-03-25"), 0)).isEqualTo(close("2026-03-20"));
    assertThat(DEADLINES.workingDaysBefore(close("2026-03-26"), 0)).isEqualTo(close("2026-03-26"));
  }

  @Test
  void theSubmissionDayCanBeCountedByConfiguration() {
    DeadlineService counting = new DeadlineService(() -> WorkingCalendarTest.CALENDAR, ALMATY, LocalTime.of(18, 0), true);
    assertThat(counting.workingDays(at("2026-03-18T10:00"), 10)).isEqualTo(close("2026-04-03"));
    assertThat(counting.workingDays(at("2026-03-18T10:00"), 1)).isEqualTo(close("2026-03-18"));
    // A day off is not counted even then.
    assertThat(counting.workingDays(at("2026-03-21T10:00"), 1)).isEqualTo(close("2026-03-26"));
    assertThat(counting.calendarDays(at("2026-03-11T10:00"), 2)).isEqualTo(close("2026-03-12"));
  }

  @Test
  void closeOfDayIsConfigurable() {
    DeadlineService late = new DeadlineService(() -> WorkingCalendarTest.CALENDAR, ALMATY, LocalTime.of(23, 59, 59), false);
    assertThat(late.workingDays(at("2026-03-18T10:00"), 10))
        .isEqualTo(Date.from(ZonedDateTime.of(2026, 4, 6, 23, 59, 59, 0, ALMATY).toInstant()));
  }

  @Test
  void outsideTheDataIsAnErrorAndRulesOnlyYearsAreAnsweredButNotConfirmed() {
    assertThatThrownBy(() -> DEADLINES.workingDays(at("2013-12-20T10:00"), 10))
        .isInstanceOf(OutsideCalendarException.class);
    assertThatThrownBy(() -> DEADLINES.workingDays(at("2036-01-10T10:00"), 10))
        .isInstanceOf(OutsideCalendarException.class);
    // 2030 is computed from the statute: Wed 02.01.2030 + 1 -> Thu 03.01 (Mon 07.01 is Christmas).
    assertThat(DEADLINES.workingDays(at("2030-01-02T10:00"), 3)).isEqualTo(close("2030-01-08"));
    assertThat(DEADLINES.isConfirmed(LocalDate.parse("2030-01-02"), LocalDate.parse("2030-01-08"))).isFalse();
    assertThat(DEADLINES.isConfirmed(LocalDate.parse("2026-01-02"), LocalDate.parse("2026-01-08"))).isTrue();
  }

  @Test
  void nowIsTheEngineClock() {
    try {
      ClockUtil.setCurrentTime(at("2024-06-10T09:00"));
      assertThat(DEADLINES.now()).isEqualTo(at("2024-06-10T09:00"));
      assertThat(DEADLINES.workingDays(DEADLINES.now(), 10)).isEqualTo(close("2024-06-24"));
    } finally {
      ClockUtil.reset();
    }
  }

  /** Property: the result is a working day and exactly N working days lie after the start up to it. */
  @Test
  void everyResultIsAWorkingDayExactlyNWorkingDaysAfterTheStart() {
    Random random = new Random(217);
    WorkingCalendar calendar = WorkingCalendarTest.CALENDAR;
    long first = LocalDate.of(2014, 6, 1).toEpochDay(); // room to count 60 working days back
    long last = LocalDate.of(2034, 12, 31).toEpochDay();
    for (int i = 0; i < 20_000; i++) {
      LocalDate start = LocalDate.ofEpochDay(first + (long) (random.nextDouble() * (last - first)));
      int n = 1 + random.nextInt(60);
      LocalDate due = DEADLINES.addWorkingDays(start, n);
      assertThat(calendar.isWorkingDay(due)).as("%s + %d = %s", start, n, due).isTrue();
      int between = 0;
      for (LocalDate d = start.plusDays(1); !d.isAfter(due); d = d.plusDays(1)) {
        if (calendar.isWorkingDay(d)) {
          between++;
        }
      }
      assertThat(between).as("%s + %d = %s", start, n, due).isEqualTo(n);
      assertThat(DEADLINES.workingDaysBetween(start, due)).isEqualTo(n);
      assertThat(DEADLINES.addWorkingDays(due, -n)).isEqualTo(calendar.workingDayOnOrBefore(start));
      Date close = DEADLINES.workingDays(start, n);
      assertThat(close.toInstant().atZone(ALMATY).toLocalDate()).isEqualTo(due);
      assertThat(close.toInstant().atZone(ALMATY).toLocalTime()).isEqualTo(LocalTime.of(18, 0));
    }
  }
}
