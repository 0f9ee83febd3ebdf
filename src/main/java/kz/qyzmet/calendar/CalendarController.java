package kz.qyzmet.calendar;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Read-only calendar answers, for any authenticated user. */
@RestController
@Tag(name = "Calendar", description = "Kazakhstan's working-day calendar that every statutory term is counted by "
    + "(holidays, transfers, working weekends; docs/calendar.md), and its corrections without a redeploy. Anyone "
    + "signed in may read; corrections: camunda-admin and process-owners.")
@RequestMapping(path = "/api/v1/calendar", produces = org.springframework.http.MediaType.APPLICATION_JSON_VALUE)
public class CalendarController {

  /** Longer than any statutory term (the longest is 41 working days); more is a mistake. */
  static final int MAX_DAYS = 1000;

  private final DeadlineService deadlines;

  public CalendarController(DeadlineService deadlines) {
    this.deadlines = deadlines;
  }

  /** {@code confirmed} is present, and false, only when the answer rests on unconfirmed data. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record WorkingDaysAnswer(LocalDate from, int days, LocalDate date, Boolean confirmed) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record YearAnswer(int year, Boolean confirmed, String note, List<LocalDate> daysOff,
      List<LocalDate> workingWeekendDays, List<HolidayAnswer> holidays) {}

  public record HolidayAnswer(LocalDate date, String name) {}

  /**
   * The last day of a term of {@code days} working days for something submitted on {@code from}:
   * by default the {@code days}-th working day after it.
   */
  @GetMapping("/add-working-days")
  @Operation(operationId = "addWorkingDays", summary = "The last day of a term of working days",
      description = "By default the days-th working day after from. confirmed is false when the answer rests on a "
      + "year known only by the statutory rules (no government decree on transfers yet).")
  @ApiResponse(responseCode = "200", description = "The due day")
  @ApiResponse(responseCode = "400", description = "from is not a date or outside the calendar, days is not a whole "
      + "number from 0 to 1000")
  public WorkingDaysAnswer addWorkingDays(
      @RequestParam(required = false) @Parameter(required = true, description = "An ISO date: the day of submission",
          example = "2026-03-18") String from,
      @RequestParam(required = false) @Parameter(required = true, description = "Working days, 0 to 1000",
          example = "10", schema = @Schema(type = "integer", minimum = "0", maximum = "1000")) String days) {
    LocalDate start = date(from, "from");
    int count = integer(days, "days");
    if (count < 0 || count > MAX_DAYS) {
      throw CalendarRequestException.invalid("days", "days must be between 0 and " + MAX_DAYS + ", not " + count);
    }
    WorkingCalendar calendar = deadlines.calendar();
    if (!calendar.covers(start)) {
      throw CalendarRequestException.invalid("from", "from " + start + " is outside the calendar ("
          + calendar.firstDay() + " to " + calendar.lastDay() + ")");
    }
    LocalDate due;
    try {
      due = deadlines.dueDay(start, count);
    } catch (OutsideCalendarException e) {
      throw CalendarRequestException.invalid("days", e.getMessage());
    }
    return new WorkingDaysAnswer(start, count, due, deadlines.isConfirmed(start, due) ? null : Boolean.FALSE);
  }

  /** The days off of a year that fall Monday to Friday, its working Saturdays and Sundays, its holidays. */
  @GetMapping("/{year}")
  @Operation(operationId = "getCalendarYear", summary = "A year's days off, working weekend days and holidays",
      description = "The days off that fall Monday to Friday, the Saturdays and Sundays worked by transfer, and the "
      + "holidays; confirmed false with a note for a year known only by the statutory rules.")
  @ApiResponse(responseCode = "200", description = "The year")
  @ApiResponse(responseCode = "400", description = "year is not a number or outside the calendar")
  public YearAnswer year(@PathVariable("year") @Parameter(description = "A year of the calendar", example = "2026",
      schema = @Schema(type = "integer"))
      String yearText) {
    WorkingCalendar calendar = deadlines.calendar();
    int year;
    try {
      year = Integer.parseInt(yearText);
    } catch (NumberFormatException e) {
      throw CalendarRequestException.invalid("year", "year must be a number, not '" + yearText + "'");
    }
    if (year < calendar.firstDay().getYear() || year > calendar.lastDay().getYear()) {
      throw CalendarRequestException.invalid("year", "year " + year + " is outside the calendar ("
          + calendar.firstDay().getYear() + " to " + calendar.lastDay().getYear() + ")");
    }
    CalendarYear facts = calendar.facts().year(year);
    boolean confirmed = calendar.confirmed(year);
    return new YearAnswer(year, confirmed ? null : Boolean.FALSE, confirmed ? null : facts.note(),
        calendar.weekdayDaysOff(year), calendar.workingWeekendDays(year),
        facts.holidays().stream().map(h -> new HolidayAnswer(h.date(), h.name())).toList());
  }

  static LocalDate date(String text, String parameter) {
    if (text == null || text.isBlank()) {
      throw CalendarRequestException.invalid(parameter, parameter + " is required (an ISO date such as 2026-03-18)");
    }
    try {
      return LocalDate.parse(text.trim());
    } catch (DateTimeParseException e) {
      throw CalendarRequestException.invalid(parameter, parameter + " is not a date that exists: '" + text + "'");
    }
  }

  static int integer(String text, String parameter) {
    if (text == null || text.isBlank()) {
      throw CalendarRequestException.invalid(parameter, parameter + " is required");
    }
    try {
      return Integer.parseInt(text.trim());
    } catch (NumberFormatException e) {
      throw CalendarRequestException.invalid(parameter, parameter + " must be a whole number, not '" + text + "'");
    }
  }
}
