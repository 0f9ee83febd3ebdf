package kz.qyzmet.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import kz.qyzmet.calendar.DeadlineService;
import org.springframework.stereotype.Component;

/**
 * How the API writes moments and days: moments with the offset of {@code qyzmet.zone}
 * ({@code 2026-03-18T10:00:00+05:00}), statutory dates as the local day they fall on there
 * ({@code 2026-04-06}).
 */
@Component
public class ApiTime {

  private final DeadlineService deadlines;

  public ApiTime(DeadlineService deadlines) {
    this.deadlines = deadlines;
  }

  public OffsetDateTime moment(Date date) {
    return date == null ? null : date.toInstant().atZone(deadlines.zone()).toOffsetDateTime();
  }

  public OffsetDateTime moment(OffsetDateTime value) {
    return value == null ? null : value.atZoneSameInstant(deadlines.zone()).toOffsetDateTime();
  }

  public LocalDate day(Date date) {
    return date == null ? null : deadlines.localDay(date);
  }

  public LocalDate day(OffsetDateTime value) {
    return value == null ? null : value.atZoneSameInstant(deadlines.zone()).toLocalDate();
  }

  public Date now() {
    return deadlines.now();
  }

  public DeadlineService deadlines() {
    return deadlines;
  }
}
