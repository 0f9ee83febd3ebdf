package kz.qyzmet.calendar;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The table {@code qz_calendar_correction} (db/migration/V1__calendar_corrections.sql). */
@Repository
public class CalendarCorrectionRepository {

  private static final String COLUMNS = "id, kind, day_off, worked_day, legal_source, reason, created_by, created_at, "
      + "revoked_by, revoked_at, revoke_reason";

  private final JdbcTemplate jdbc;

  public CalendarCorrectionRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public List<CalendarCorrection> findAll() {
    return jdbc.query("select " + COLUMNS + " from qz_calendar_correction order by id", this::map);
  }

  public Optional<CalendarCorrection> findById(long id) {
    return jdbc.query("select " + COLUMNS + " from qz_calendar_correction where id = ?", this::map, id)
        .stream().findFirst();
  }

  /** Changes whenever a row is added or revoked: what other nodes poll for. */
  public String signature() {
    return jdbc.queryForObject(
        "select count(*), coalesce(max(id), 0), count(revoked_at) from qz_calendar_correction",
        (rs, i) -> rs.getLong(1) + "/" + rs.getLong(2) + "/" + rs.getLong(3));
  }

  public long insert(CalendarCorrection.Kind kind, LocalDate dayOff, LocalDate workingDay, String legalSource,
      String reason, String createdBy, Instant createdAt) {
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      PreparedStatement ps = connection.prepareStatement("insert into qz_calendar_correction "
          + "(kind, day_off, worked_day, legal_source, reason, created_by, created_at) values (?, ?, ?, ?, ?, ?, ?)",
          new String[] {"id"});
      ps.setString(1, kind.name());
      ps.setObject(2, dayOff, Types.DATE);
      if (workingDay == null) {
        ps.setNull(3, Types.DATE);
      } else {
        ps.setObject(3, workingDay, Types.DATE);
      }
      ps.setString(4, legalSource);
      ps.setString(5, reason);
      ps.setString(6, createdBy);
      ps.setObject(7, createdAt.atOffset(ZoneOffset.UTC));
      return ps;
    }, keys);
    Number key = keys.getKey();
    if (key == null) {
      throw new IllegalStateException("The database returned no id for the new calendar correction");
    }
    return key.longValue();
  }

  /** Marks a correction revoked; false if it does not exist or is already revoked. */
  public boolean revoke(long id, String revokedBy, Instant revokedAt, String reason) {
    return jdbc.update("update qz_calendar_correction set revoked_by = ?, revoked_at = ?, revoke_reason = ? "
        + "where id = ? and revoked_at is null", revokedBy, revokedAt.atOffset(ZoneOffset.UTC), reason, id) == 1;
  }

  private CalendarCorrection map(ResultSet rs, int row) throws SQLException {
    return new CalendarCorrection(
        rs.getLong("id"),
        CalendarCorrection.Kind.valueOf(rs.getString("kind")),
        rs.getObject("day_off", LocalDate.class),
        rs.getObject("worked_day", LocalDate.class),
        rs.getString("legal_source"),
        rs.getString("reason"),
        rs.getString("created_by"),
        instant(rs, "created_at"),
        rs.getString("revoked_by"),
        instant(rs, "revoked_at"),
        rs.getString("revoke_reason"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }
}
