package kz.qyzmet.calendar;

import static kz.qyzmet.calendar.WorkingCalendar.DayKind.HOLIDAY;
import static kz.qyzmet.calendar.WorkingCalendar.DayKind.MOVED_DAY_OFF;
import static kz.qyzmet.calendar.WorkingCalendar.DayKind.TRANSFERRED_DAY_OFF;
import static kz.qyzmet.calendar.WorkingCalendar.DayKind.TRANSFERRED_WORKING_DAY;
import static kz.qyzmet.calendar.WorkingCalendar.DayKind.WEEKEND;
import static kz.qyzmet.calendar.WorkingCalendar.DayKind.WORKING_DAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The shipped data against the golden years of /work/shared/calendar/README.md and the rules. */
class WorkingCalendarTest {

  static final WorkingCalendar CALENDAR = new WorkingCalendar(CalendarFacts.loadShipped());

  static Stream<Arguments> goldenYears() {
    return Stream.of(
        Arguments.of(2026, "01-01 01-02 01-07 03-09 03-23 03-24 03-25 05-01 05-07 05-11 05-27 07-06 08-31 10-26 12-16", ""),
        Arguments.of(2025, "01-01 01-02 01-03 01-07 03-10 03-21 03-24 03-25 05-01 05-07 05-09 06-06 07-07 09-01 10-27 12-16",
            "01-05"),
        Arguments.of(2024, "01-01 01-02 03-08 03-21 03-22 03-25 05-01 05-07 05-08 05-09 07-08 08-30 10-25 12-16", "05-04"),
        Arguments.of(2014, "01-01 01-02 01-03 01-07 03-10 03-21 03-24 03-25 05-01 05-02 05-07 05-08 05-09 07-07 09-01 "
            + "12-01 12-16 12-17", "05-04 05-11"));
  }

  @ParameterizedTest(name = "golden year {0}")
  @MethodSource("goldenYears")
  void goldenYearsMatchTheOfficialCalendars(int year, String daysOff, String workingWeekendDays) {
    assertThat(CALENDAR.weekdayDaysOff(year)).containsExactlyElementsOf(dates(year, daysOff));
    assertThat(CALENDAR.workingWeekendDays(year)).containsExactlyElementsOf(dates(year, workingWeekendDays));
  }

  static List<LocalDate> dates(int year, String monthDays) {
    return Arrays.stream(monthDays.split(" ")).filter(s -> !s.isBlank())
        .map(md -> LocalDate.parse(year + "-" + md)).toList();
  }

  @Test
  void aRunOfHolidaysPushesTheMovedDaysOffPastTheWholeRun() {
    // 2026: Nauryz Sat 21, Sun 22, Mon 23 March -> Tue 24 and Wed 25 off, Thu 26 worked.
    assertThat(CALENDAR.kindOf(d("2026-03-23"))).isEqualTo(HOLIDAY);
    assertThat(CALENDAR.kindOf(d("2026-03-24"))).isEqualTo(MOVED_DAY_OFF);
    assertThat(CALENDAR.kindOf(d("2026-03-25"))).isEqualTo(MOVED_DAY_OFF);
    assertThat(CALENDAR.kindOf(d("2026-03-26"))).isEqualTo(WORKING_DAY);
    // 2022: 7 May (Sat) moves past Victory Day (Mon 9 May) to Tue 10 May; 1 May (Sun) to Mon 2 May.
    assertThat(CALENDAR.kindOf(d("2022-05-02"))).isEqualTo(MOVED_DAY_OFF);
    assertThat(CALENDAR.kindOf(d("2022-05-10"))).isEqualTo(MOVED_DAY_OFF);
    assertThat(CALENDAR.weekdayDaysOff(2022)).filteredOn(x -> x.getMonthValue() == 5)
        .containsExactly(d("2022-05-02"), d("2022-05-09"), d("2022-05-10"));
    // 2027 (rules): Nauryz Sun 21 -> after Mon 22 and Tue 23: Wed 24.
    assertThat(CALENDAR.weekdayDaysOff(2027)).filteredOn(x -> x.getMonthValue() == 3)
        .containsExactly(d("2027-03-08"), d("2027-03-22"), d("2027-03-23"), d("2027-03-24"));
  }

  @Test
  void religiousDaysOnAWeekendAreNotMoved() {
    // Kurban Ait Sun 16.06.2024 and Orthodox Christmas Sun 07.01.2024: Monday stays a working day.
    assertThat(CALENDAR.kindOf(d("2024-06-16"))).isEqualTo(HOLIDAY);
    assertThat(CALENDAR.isWorkingDay(d("2024-06-17"))).isTrue();
    assertThat(CALENDAR.isWorkingDay(d("2024-01-08"))).isTrue();
    // Kurban Ait Sat 04.10.2014, Sat 09.07.2022.
    assertThat(CALENDAR.isWorkingDay(d("2014-10-06"))).isTrue();
    assertThat(CALENDAR.isWorkingDay(d("2022-07-11"))).isTrue();
    // A movable holiday on a weekend does move: Capital Day Sat 06.07.2024 -> Mon 08.07.
    assertThat(CALENDAR.kindOf(d("2024-07-08"))).isEqualTo(MOVED_DAY_OFF);
  }

  @Test
  void transfersSwapADayOffAndAWorkingDayIncludingSundaysAndAcrossTheYearEnd() {
    assertThat(CALENDAR.kindOf(d("2025-01-05"))).isEqualTo(TRANSFERRED_WORKING_DAY); // a Sunday worked
    assertThat(CALENDAR.kindOf(d("2025-01-03"))).isEqualTo(TRANSFERRED_DAY_OFF);
    assertThat(CALENDAR.kindOf(d("2014-01-03"))).isEqualTo(TRANSFERRED_DAY_OFF); // for Sat 28.12.2013
    // 2020: the day off in place of Victory Day (Sat 09.05) was moved from Mon 11.05 to Fri 08.05.
    assertThat(CALENDAR.kindOf(d("2020-05-08"))).isEqualTo(TRANSFERRED_DAY_OFF);
    assertThat(CALENDAR.kindOf(d("2020-05-11"))).isEqualTo(TRANSFERRED_WORKING_DAY);
    // 2018: Sat 29.12 worked, Mon 31.12 off; 2019 starts with 1-2 January.
    assertThat(CALENDAR.isWorkingDay(d("2018-12-29"))).isTrue();
    assertThat(CALENDAR.isWorkingDay(d("2018-12-31"))).isFalse();
    assertThat(CALENDAR.addWorkingDays(d("2018-12-28"), 1)).isEqualTo(d("2018-12-29"));
    assertThat(CALENDAR.addWorkingDays(d("2018-12-29"), 1)).isEqualTo(d("2019-01-03"));
  }

  @Test
  void theLawOf2022ChangedTheHolidays() {
    assertThat(CALENDAR.kindOf(d("2021-12-01"))).isEqualTo(HOLIDAY);
    assertThat(CALENDAR.kindOf(d("2021-12-17"))).isEqualTo(HOLIDAY);
    assertThat(CALENDAR.kindOf(d("2022-10-25"))).isEqualTo(HOLIDAY);
    assertThat(CALENDAR.isWorkingDay(d("2022-12-01"))).isTrue();
    assertThat(CALENDAR.kindOf(d("2022-12-17"))).isEqualTo(WEEKEND);
    assertThat(CALENDAR.isWorkingDay(d("2023-12-01"))).isTrue();
  }

  @Test
  void countsWorkingDaysFromWorkingDaysDaysOffAndAcrossYearEnds() {
    assertThat(CALENDAR.addWorkingDays(d("2026-03-18"), 10)).isEqualTo(d("2026-04-06"));
    // From a Saturday: day 1 is Monday.
    assertThat(CALENDAR.addWorkingDays(d("2026-03-07"), 1)).isEqualTo(d("2026-03-10"));
    // From a holiday.
    assertThat(CALENDAR.addWorkingDays(d("2026-03-23"), 1)).isEqualTo(d("2026-03-26"));
    // Across the year end: Mon 28.12.2026 + 5 -> 29, 30, 31 Dec, 5, 6 Jan 2027 (1 Jan Fri off, 2 Jan Sat
    // moves to Mon 4 Jan, 7 Jan Thu off).
    assertThat(CALENDAR.addWorkingDays(d("2026-12-28"), 5)).isEqualTo(d("2027-01-06"));
    assertThat(CALENDAR.addWorkingDays(d("2026-12-28"), 6)).isEqualTo(d("2027-01-08"));
    // Backwards and zero.
    assertThat(CALENDAR.addWorkingDays(d("2026-03-26"), -1)).isEqualTo(d("2026-03-20"));
    assertThat(CALENDAR.addWorkingDays(d("2026-03-22"), 0)).isEqualTo(d("2026-03-26"));
    assertThat(CALENDAR.workingDayOnOrBefore(d("2026-03-25"))).isEqualTo(d("2026-03-20"));
    assertThat(CALENDAR.workingDaysBetween(d("2026-03-18"), d("2026-04-06"))).isEqualTo(10);
  }

  @Test
  void outsideTheCoveredYearsIsAnError() {
    assertThat(CALENDAR.firstDay()).isEqualTo(d("2014-01-01"));
    assertThat(CALENDAR.lastDay()).isEqualTo(d("2035-12-31"));
    assertThatThrownBy(() -> CALENDAR.addWorkingDays(d("2013-12-31"), 1))
        .isInstanceOf(OutsideCalendarException.class).hasMessageContaining("2013-12-31");
    assertThatThrownBy(() -> CALENDAR.addWorkingDays(d("2035-12-28"), 10))
        .isInstanceOf(OutsideCalendarException.class).hasMessageContaining("past the end");
    assertThatThrownBy(() -> CALENDAR.weekdayDaysOff(2036)).isInstanceOf(OutsideCalendarException.class);
  }

  @Test
  void confirmationFollowsTheData() {
    assertThat(CALENDAR.confirmed(2026)).isTrue();
    assertThat(CALENDAR.confirmed(2024)).isTrue();
    assertThat(CALENDAR.confirmed(2027)).as("Kurban Ait 2027 is an estimate").isFalse();
    assertThat(CALENDAR.confirmed(2017)).as("transfers from a draft decree").isFalse();
    assertThat(CALENDAR.confirmed(2030)).as("rules only").isFalse();
    assertThat(CALENDAR.confirmed(d("2026-12-28"), d("2027-01-05"))).isFalse();
    assertThat(CALENDAR.facts().year(2030).basis()).isEqualTo(CalendarYear.Basis.RULES_ONLY);
  }

  @Test
  void yearsAfterTheDataFollowTheStatuteWithAnEstimatedKurbanAit() {
    // 2028: 1 Jan Sat, 2 Jan Sun -> Mon 3, Tue 4 off; Kurban Ait estimated Fri 05.05.2028.
    assertThat(CALENDAR.weekdayDaysOff(2028)).startsWith(d("2028-01-03"), d("2028-01-04"));
    assertThat(CALENDAR.kindOf(d("2028-05-05"))).isEqualTo(HOLIDAY);
    assertThat(CALENDAR.facts().year(2028).holidays()).filteredOn(Holiday::kurbanAit)
        .singleElement().satisfies(h -> assertThat(h.confirmed()).isFalse());
    // The estimate agrees with the announced dates of recent years.
    for (int year = 2017; year <= 2026; year++) {
      LocalDate announced = CALENDAR.facts().year(year).holidays().stream().filter(Holiday::kurbanAit)
          .findFirst().orElseThrow().date();
      assertThat(CalendarFacts.estimatedKurbanAit(year)).as("Kurban Ait %s", year).isEqualTo(announced);
    }
  }

  @Test
  void everyYearFileNamesSourcesAndMatchesTheStatutoryHolidayList() {
    CalendarFacts facts = CALENDAR.facts();
    for (int year = 2014; year <= 2027; year++) {
      CalendarYear y = facts.year(year);
      assertThat(y.basis()).isEqualTo(CalendarYear.Basis.DATA_FILE);
      assertThat(y.holidays()).allSatisfy(h -> assertThat(h.source()).isNotBlank());
      assertThat(y.transfers()).allSatisfy(t -> assertThat(t.source()).isNotBlank());
      assertThat(y.holidays()).filteredOn(h -> !h.moves())
          .extracting(Holiday::name).containsExactlyInAnyOrder("Orthodox Christmas", "Kurban Ait (first day)");
      int expected = year <= 2021 ? 16 : 15; // 14 fixed-date holidays before the 2022 law, 13 after; + 2 religious
      assertThat(y.holidays()).as("holidays of %s", year).hasSize(expected);
    }
  }

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }
}
