package kz.qyzmet.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import kz.qyzmet.calendar.CalendarCorrection.Kind;
import kz.qyzmet.calendar.WorkingCalendar.DayKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Adds and revokes corrections: validates them against the calendar in force, stores them with who,
 * when and why, rebuilds this node's calendar, and recalculates the deadlines of running instances.
 */
public class CalendarCorrections {

  private static final Logger LOG = LoggerFactory.getLogger(CalendarCorrections.class);
  /** Kurban Ait is announced within a day or two of the astronomical estimate; further off is a typo. */
  static final int KURBAN_AIT_TOLERANCE_DAYS = 3;

  private final EffectiveCalendar calendar;
  private final CalendarCorrectionRepository repository;
  private final DeadlineRecalculation recalculation;

  /** A correction as asked for; dates already parsed. */
  public record Request(Kind kind, LocalDate date, LocalDate workingDay, LocalDate dayOff, String legalSource,
      String reason) {}

  /** What a correction (or its revocation) did. */
  public record Outcome(CalendarCorrection correction, DeadlineRecalculation.Result recalculation) {}

  public CalendarCorrections(EffectiveCalendar calendar, CalendarCorrectionRepository repository,
      DeadlineRecalculation recalculation) {
    this.calendar = calendar;
    this.repository = repository;
    this.recalculation = recalculation;
  }

  public List<CalendarCorrection> list() {
    return repository.findAll();
  }

  public Optional<CalendarCorrection> find(long id) {
    return repository.findById(id);
  }

  public synchronized Outcome add(Request request, String user) {
    calendar.refreshIfChanged();
    WorkingCalendar current = calendar.current();
    String reason = requireText(request.reason(), "reason", 1000);
    String source = optionalText(request.legalSource(), "legalSource", 500);
    if (request.kind() == null) {
      throw CalendarRequestException.invalid("kind", "kind is required: TRANSFER or KURBAN_AIT");
    }
    long id = switch (request.kind()) {
      case KURBAN_AIT -> {
        LocalDate date = require(request.date(), "date");
        covered(current, date, "date");
        Holiday present = current.facts().year(date.getYear()).kurbanAit();
        // The estimated date, once announced, is entered to confirm it; a confirmed date is a duplicate.
        if (present.date().equals(date) && present.confirmed()) {
          throw new CalendarRequestException(CalendarRequestException.Reason.DUPLICATE, "date",
              "Kurban Ait " + date.getYear() + " is already on " + date);
        }
        LocalDate estimate = CalendarFacts.estimatedKurbanAit(date.getYear());
        if (Math.abs(date.toEpochDay() - estimate.toEpochDay()) > KURBAN_AIT_TOLERANCE_DAYS) {
          throw CalendarRequestException.invalid("date", "Kurban Ait " + date.getYear() + " falls about " + estimate
              + "; " + date + " is more than " + KURBAN_AIT_TOLERANCE_DAYS + " days away from it");
        }
        yield repository.insert(Kind.KURBAN_AIT, date, null, source, reason, user, Instant.now());
      }
      case TRANSFER -> {
        LocalDate worked = require(request.workingDay(), "workingDay");
        LocalDate off = require(request.dayOff(), "dayOff");
        covered(current, worked, "workingDay");
        covered(current, off, "dayOff");
        if (worked.equals(off)) {
          throw CalendarRequestException.invalid("dayOff", "A transfer swaps two different days");
        }
        boolean known = current.facts().years().values().stream().flatMap(y -> y.transfers().stream())
            .anyMatch(t -> t.workingDay().equals(worked) && t.dayOff().equals(off));
        if (known) {
          throw new CalendarRequestException(CalendarRequestException.Reason.DUPLICATE, "dayOff",
              "The transfer " + worked + " -> " + off + " is already in the calendar");
        }
        DayKind workedKind = current.kindOf(worked);
        if (workedKind != DayKind.WEEKEND && workedKind != DayKind.MOVED_DAY_OFF) {
          throw CalendarRequestException.invalid("workingDay", "The day to be worked must be a Saturday, a Sunday "
              + "or a day off in place of a holiday; " + worked + " is " + describe(workedKind));
        }
        DayKind offKind = current.kindOf(off);
        if (offKind != DayKind.WORKING_DAY) {
          throw CalendarRequestException.invalid("dayOff", "The day to be taken off must be a working day from "
              + "Monday to Friday; " + off + " is " + describe(offKind));
        }
        yield repository.insert(Kind.TRANSFER, off, worked, source, reason, user, Instant.now());
      }
    };
    CalendarCorrection saved = repository.findById(id).orElseThrow();
    LOG.info("Calendar correction #{} ({}) added by {}: {}", id, saved.kind(), user, reason);
    return new Outcome(saved, applied());
  }

  public synchronized Outcome revoke(long id, String reason, String user) {
    String why = requireText(reason, "reason", 1000);
    CalendarCorrection existing = repository.findById(id).orElseThrow(() -> new CalendarRequestException(
        CalendarRequestException.Reason.NOT_FOUND, "id", "No calendar correction #" + id));
    if (!existing.active() || !repository.revoke(id, user, Instant.now(), why)) {
      throw new CalendarRequestException(CalendarRequestException.Reason.DUPLICATE, "id",
          "Calendar correction #" + id + " is already revoked");
    }
    LOG.info("Calendar correction #{} revoked by {}: {}", id, user, why);
    return new Outcome(repository.findById(id).orElseThrow(), applied());
  }

  private DeadlineRecalculation.Result applied() {
    EffectiveCalendar.Change change = calendar.reload();
    return recalculation.recalculate(change.firstChangedDay());
  }

  private static String describe(DayKind kind) {
    return switch (kind) {
      case WORKING_DAY -> "a working day";
      case WEEKEND -> "a Saturday or Sunday";
      case HOLIDAY -> "a holiday";
      case MOVED_DAY_OFF -> "a day off in place of a holiday";
      case TRANSFERRED_DAY_OFF -> "already a day off by a transfer";
      case TRANSFERRED_WORKING_DAY -> "already a working day by a transfer";
    };
  }

  private static void covered(WorkingCalendar calendar, LocalDate date, String parameter) {
    if (!calendar.covers(date)) {
      throw CalendarRequestException.invalid(parameter, parameter + " " + date + " is outside the calendar ("
          + calendar.firstDay() + " to " + calendar.lastDay() + ")");
    }
  }

  private static LocalDate require(LocalDate date, String parameter) {
    if (date == null) {
      throw CalendarRequestException.invalid(parameter, parameter + " is required");
    }
    return date;
  }

  private static String requireText(String text, String parameter, int max) {
    if (text == null || text.isBlank()) {
      throw CalendarRequestException.invalid(parameter, parameter + " is required: say why");
    }
    return optionalText(text, parameter, max);
  }

  private static String optionalText(String text, String parameter, int max) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String trimmed = text.trim();
    if (trimmed.length() > max) {
      throw CalendarRequestException.invalid(parameter, parameter + " is longer than " + max + " characters");
    }
    return trimmed;
  }
}
