package kz.qyzmet.calendar;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A run-time correction of the shipped calendar, with its audit trail.
 *
 * @param dayOff for a transfer, the working day that becomes a day off; for Kurban Ait, its first day
 * @param workingDay for a transfer, the day off that is worked; null for Kurban Ait
 */
public record CalendarCorrection(
    long id,
    Kind kind,
    LocalDate dayOff,
    LocalDate workingDay,
    String legalSource,
    String reason,
    String createdBy,
    Instant createdAt,
    String revokedBy,
    Instant revokedAt,
    String revokeReason) {

  public enum Kind {
    /** A decree or order swapping a day off and a working day. */
    TRANSFER,
    /** The first day of Kurban Ait as announced by the Spiritual Administration of Muslims. */
    KURBAN_AIT
  }

  public boolean active() {
    return revokedAt == null;
  }

  /** The year the correction changes (a transfer may also touch the year of its worked day). */
  public int year() {
    return dayOff.getYear();
  }

  String sourceText() {
    String source = legalSource == null || legalSource.isBlank() ? "no legal source given" : legalSource;
    return source + " (correction #" + id + " by " + createdBy + ", " + createdAt + ")";
  }
}
