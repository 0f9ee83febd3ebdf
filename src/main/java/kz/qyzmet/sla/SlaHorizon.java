package kz.qyzmet.sla;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import kz.qyzmet.calendar.DeadlineService;

/**
 * The instants every SLA figure is measured against, taken once per report from the engine clock
 * and the working-day calendar, so that the set-based queries compare {@code due_at} with plain
 * timestamps and never call the calendar per row.
 *
 * <p>A due date belongs to the local day (in {@code qyzmet.zone}) it falls on. "Due today" ends at
 * the start of tomorrow; "within two working days" ends at the start of the day after the second
 * working day after today; a margin of {@code k} working days means the due day is the k-th working
 * day after today ({@link #marginEnd}).
 *
 * @param now the engine clock
 * @param today the local day of {@code now}
 * @param dueSoonLastDay the second working day after today: the last day "within two working days" counts
 * @param windowStart {@code now} minus {@link #WINDOW}: the start of the "last 30 days"
 */
public record SlaHorizon(Instant now, ZoneId zone, LocalDate today, LocalDate dueSoonLastDay, Instant windowStart,
    List<Instant> marginEnds) {

  /** The look-back of breaches, breach rate and median duration. */
  public static final Duration WINDOW = Duration.ofDays(30);

  /** The margins (working days) the distribution is cut at: 0, 1, 2, up to 5, up to 10, more. */
  static final int[] MARGIN_CUTS = {0, 1, 2, 5, 10};

  static final int DUE_SOON_WORKING_DAYS = 2;

  public static SlaHorizon at(DeadlineService deadlines) {
    Instant now = deadlines.now().toInstant();
    ZoneId zone = deadlines.zone();
    LocalDate today = now.atZone(zone).toLocalDate();
    List<Instant> ends = new ArrayList<>();
    for (int cut : MARGIN_CUTS) {
      LocalDate day = cut == 0 ? today : deadlines.addWorkingDays(today, cut);
      ends.add(day.plusDays(1).atStartOfDay(zone).toInstant());
    }
    return new SlaHorizon(now, zone, today, deadlines.addWorkingDays(today, DUE_SOON_WORKING_DAYS),
        now.minus(WINDOW), List.copyOf(ends));
  }

  /** The start of the day after the day {@code margin} working days after today (one of {@link #MARGIN_CUTS}). */
  public Instant marginEnd(int margin) {
    for (int i = 0; i < MARGIN_CUTS.length; i++) {
      if (MARGIN_CUTS[i] == margin) {
        return marginEnds.get(i);
      }
    }
    throw new IllegalArgumentException("No margin cut at " + margin);
  }

  /** The start of tomorrow: what is due before it and not yet past is due today. */
  public Instant endOfToday() {
    return marginEnd(0);
  }

  /** The start of the day after {@link #dueSoonLastDay}. */
  public Instant endOfDueSoon() {
    return marginEnd(DUE_SOON_WORKING_DAYS);
  }

  public OffsetDateTime nowAtZone() {
    return local(now);
  }

  public OffsetDateTime local(Instant instant) {
    return instant == null ? null : instant.atZone(zone).toOffsetDateTime();
  }

  static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
