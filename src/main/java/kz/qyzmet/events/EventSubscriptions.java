package kz.qyzmet.events;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The subscriptions table. */
@Repository
public class EventSubscriptions {

  /** One subscription; {@code eventTypes} and {@code standards} empty mean every one. */
  public record Subscription(String id, String owner, String callbackUrl, String secret, List<String> eventTypes,
      List<Integer> standards, boolean ownOnly, String description, OffsetDateTime createdAt) {}

  /** How a subscription's deliveries stand. */
  public record Counts(long pending, long delivered, long parked) {}

  private static final SecureRandom RANDOM = new SecureRandom();

  private final JdbcTemplate jdbc;

  public EventSubscriptions(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public Subscription create(String owner, String callbackUrl, List<String> eventTypes, List<Integer> standards,
      boolean ownOnly, String description, OffsetDateTime now) {
    byte[] key = new byte[32];
    RANDOM.nextBytes(key);
    Subscription subscription = new Subscription(UUID.randomUUID().toString(), owner, callbackUrl,
        "qzs_" + Base64.getUrlEncoder().withoutPadding().encodeToString(key), eventTypes, standards, ownOnly,
        description, now);
    jdbc.update("""
        insert into qz_event_subscription (id, owner, callback_url, secret, event_types, standards, own_only,
          description, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        subscription.id(), owner, callbackUrl, subscription.secret(),
        eventTypes.isEmpty() ? null : String.join(",", eventTypes),
        standards.isEmpty() ? null : String.join(",", standards.stream().map(String::valueOf).toList()), ownOnly,
        description, now);
    return subscription;
  }

  /** Every subscription of {@code owner}, or every one when {@code owner} is null. */
  public List<Subscription> list(String owner) {
    return owner == null
        ? jdbc.query("select * from qz_event_subscription order by created_at, id", this::map)
        : jdbc.query("select * from qz_event_subscription where owner = ? order by created_at, id", this::map, owner);
  }

  public Optional<Subscription> find(String id) {
    return jdbc.query("select * from qz_event_subscription where id = ?", this::map, id).stream().findFirst();
  }

  public int count(String owner) {
    Integer count = jdbc.queryForObject("select count(*) from qz_event_subscription where owner = ?",
        Integer.class, owner);
    return count == null ? 0 : count;
  }

  /** Deletes the subscription and its deliveries (nothing more is sent to it). */
  public void delete(String id) {
    jdbc.update("delete from qz_event_delivery where subscription_id = ?", id);
    jdbc.update("delete from qz_event_subscription where id = ?", id);
  }

  public Counts counts(String id) {
    return jdbc.query("""
        select sum(case when status = 'PENDING' then 1 else 0 end) pending,
          sum(case when status = 'DELIVERED' then 1 else 0 end) delivered,
          sum(case when status = 'PARKED' then 1 else 0 end) parked
        from qz_event_delivery where subscription_id = ?""",
        (rs, n) -> new Counts(rs.getLong("pending"), rs.getLong("delivered"), rs.getLong("parked")), id).get(0);
  }

  private Subscription map(ResultSet rs, int row) throws SQLException {
    return new Subscription(rs.getString("id"), rs.getString("owner"), rs.getString("callback_url"),
        rs.getString("secret"), split(rs.getString("event_types")),
        split(rs.getString("standards")).stream().map(Integer::valueOf).toList(), rs.getBoolean("own_only"),
        rs.getString("description"), rs.getObject("created_at", OffsetDateTime.class));
  }

  private static List<String> split(String value) {
    return value == null || value.isBlank() ? List.of()
        : Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }
}
