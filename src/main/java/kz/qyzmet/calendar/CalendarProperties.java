package kz.qyzmet.calendar;

import java.time.Duration;
import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code qyzmet.calendar.*}.
 *
 * @param closeOfDay the hour a working day closes, in {@code qyzmet.zone}: a term ends then.
 *     ZTMO, provider and akim offices work 9:00-18:00, and the Civil Code ends a term for an act to
 *     be done in an organisation when that organisation's working hours end.
 * @param countSubmissionDay whether the day of submission is day 1 of a term (default false: it is
 *     not, day 1 is the next working day, as later Kazakh standards say).
 * @param refreshInterval how often a node checks the database for corrections written by other nodes.
 * @param recalculationLookback when the calendar changes, timers due this long before the first
 *     changed day are recalculated too (they may count back from a later date, e.g. reminders).
 */
@ConfigurationProperties("qyzmet.calendar")
public record CalendarProperties(
    @DefaultValue("18:00") String closeOfDay,
    @DefaultValue("false") boolean countSubmissionDay,
    @DefaultValue("30s") Duration refreshInterval,
    @DefaultValue("31d") Duration recalculationLookback) {

  public LocalTime closeOfDayTime() {
    return LocalTime.parse(closeOfDay);
  }
}
