package kz.qyzmet.events;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The deliveries parked after their last attempt, which an administrator may replay. */
@Repository
public class DeadLetters {

  /** A delivery as the dead-letter list shows it (no payload: the event's facts are in the list's ids). */
  public record Delivery(long id, String status, String eventId, String eventType, String applicationId, long sequence,
      String subscriptionId, String owner, String callbackUrl, int attempts, Integer lastStatus, String lastError,
      OffsetDateTime lastAttemptAt, OffsetDateTime parkedAt, OffsetDateTime nextAttemptAt) {}

  private static final String SELECT = """
      select d.*, e.type, s.owner, s.callback_url from qz_event_delivery d
      join qz_event e on e.id = d.event_id join qz_event_subscription s on s.id = d.subscription_id
      """;

  private final JdbcTemplate jdbc;

  public DeadLetters(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public List<Delivery> parked(int limit) {
    return jdbc.query(SELECT + " where d.status = 'PARKED' order by d.parked_at, d.id limit " + limit, this::map);
  }

  public Optional<Delivery> find(long id) {
    return jdbc.query(SELECT + " where d.id = ?", this::map, id).stream().findFirst();
  }

  /**
   * Puts a parked delivery back in line with a fresh count of attempts; the deliveries that waited
   * behind it follow it in order. False if it was not parked.
   */
  public boolean replay(long id) {
    return jdbc.update("""
        update qz_event_delivery set status = 'PENDING', attempts = 0, next_attempt_at = ?, parked_at = null
        where id = ? and status = 'PARKED'""", Instant.now().atOffset(ZoneOffset.UTC), id) == 1;
  }

  private Delivery map(ResultSet rs, int n) throws SQLException {
    return new Delivery(rs.getLong("id"), rs.getString("status"), rs.getString("event_id"), rs.getString("type"),
        rs.getString("application_id"), rs.getLong("sequence"), rs.getString("subscription_id"), rs.getString("owner"),
        rs.getString("callback_url"), rs.getInt("attempts"), rs.getObject("last_status", Integer.class),
        rs.getString("last_error"), rs.getObject("last_attempt_at", OffsetDateTime.class),
        rs.getObject("parked_at", OffsetDateTime.class), rs.getObject("next_attempt_at", OffsetDateTime.class));
  }
}
