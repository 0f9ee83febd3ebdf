package kz.qyzmet.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Optional;
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

  /** A moment as a client writes it: ISO-8601 with an offset, or without one (read in {@code qyzmet.zone}). */
  public Optional<Instant> instant(String text) {
    try {
      return Optional.of(OffsetDateTime.parse(text.trim()).toInstant());
    } catch (DateTimeParseException withoutOffset) {
      try {
        return Optional.of(LocalDateTime.parse(text.trim()).atZone(deadlines.zone()).toInstant());
      } catch (DateTimeParseException e) {
        return Optional.empty();
      }
    }
  }

  public Date now() {
    return deadlines.now();
  }

  public DeadlineService deadlines() {
    return deadlines;
  }
}
