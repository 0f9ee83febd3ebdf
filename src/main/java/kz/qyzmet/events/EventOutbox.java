package kz.qyzmet.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import kz.qyzmet.api.ApiTime;
import kz.qyzmet.catalog.CatalogException;
import kz.qyzmet.catalog.StandardsCatalog;
import kz.qyzmet.catalog.Wording;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The write side of the transactional outbox: an event and one delivery per subscription that wants
 * it, written with the caller's JDBC connection, i.e. in the engine's transaction of the change the
 * event reports. A change that rolls back takes its events with it; one that commits has them.
 *
 * <p>Payloads carry no personal data (no IIN, no name): the application's id, its externalId, the
 * standard and the wording of it the application answers to, channel, status and dates, and the
 * names (kk, ru) of documents and grounds.
 */
@Component
public class EventOutbox {

  /** A document or ground as an event names it. */
  public record Named(String code, String nameKk, String nameRu) {}

  private final JdbcTemplate jdbc;
  private final ObjectMapper json;
  private final ApiTime time;
  private final StandardsCatalog catalog;

  public EventOutbox(JdbcTemplate jdbc, ObjectMapper json, ApiTime time, StandardsCatalog catalog) {
    this.catalog = catalog;
    this.jdbc = jdbc;
    this.json = json;
    this.time = time;
  }

  /**
   * Writes the event of {@code applicationId} for the subscriptions that want it; nothing when none
   * does (or the application has no row).
   *
   * @return the event's id, or null when nothing was written
   */
  public String emit(String applicationId, EventType type, Map<String, Object> data) {
    if (applicationId == null) {
      return null;
    }
    List<Map<String, Object>> rows = jdbc.queryForList("""
        select standard_number, channel, external_id, status, submitted_at, due_at, closed_at, created_by,
          wording_effective_from
        from qz_application where id = ?""", applicationId);
    if (rows.isEmpty()) {
      return null;
    }
    Map<String, Object> row = rows.get(0);
    int standard = ((Number) row.get("standard_number")).intValue();
    String createdBy = (String) row.get("created_by");
    List<String> subscriptions = jdbc.query(
        "select id, event_types, standards, own_only, owner from qz_event_subscription", (rs, n) -> {
          boolean wanted = listed(rs.getString("event_types"), type.code())
              && listed(rs.getString("standards"), Integer.toString(standard))
              && (!rs.getBoolean("own_only") || rs.getString("owner").equals(createdBy));
          return wanted ? rs.getString("id") : null;
        }).stream().filter(Objects::nonNull).toList();
    if (subscriptions.isEmpty()) {
      return null;
    }
    jdbc.update("update qz_application set event_sequence = event_sequence + 1 where id = ?", applicationId);
    long sequence = jdbc.queryForObject("select event_sequence from qz_application where id = ?", Long.class,
        applicationId);
    String id = UUID.randomUUID().toString();
    Date occurredAt = time.now();

    Map<String, Object> application = new LinkedHashMap<>();
    application.put("id", applicationId);
    application.put("externalId", row.get("external_id"));
    application.put("standard", standard);
    application.put("wording", wording(standard, row));
    application.put("channel", row.get("channel"));
    application.put("status", row.get("status"));
    application.put("submittedAt", time.moment(odt(row.get("submitted_at"))));
    application.put("dueDate", time.day(odt(row.get("due_at"))));
    application.put("dueAt", time.moment(odt(row.get("due_at"))));
    application.put("closedAt", time.moment(odt(row.get("closed_at"))));
    Map<String, Object> event = new LinkedHashMap<>();
    event.put("id", id);
    event.put("type", type.code());
    event.put("sequence", sequence);
    event.put("occurredAt", time.moment(occurredAt));
    event.put("application", application);
    event.put("data", data == null ? Map.of() : data);
    String payload;
    try {
      payload = json.writeValueAsString(event);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Event " + type.code() + " cannot be written as JSON", e);
    }
    jdbc.update("insert into qz_event (id, application_id, sequence, type, payload, occurred_at) values (?, ?, ?, ?, ?, ?)",
        id, applicationId, sequence, type.code(), payload, occurredAt.toInstant().atOffset(ZoneOffset.UTC));
    // Deliveries are scheduled on the wall clock, not the engine's (which tests and imports may set).
    OffsetDateTime now = Instant.now().atOffset(ZoneOffset.UTC);
    for (String subscription : subscriptions) {
      jdbc.update("""
          insert into qz_event_delivery (event_id, subscription_id, application_id, sequence, status, attempts,
            next_attempt_at) values (?, ?, ?, ?, 'PENDING', 0, ?)""", id, subscription, applicationId, sequence, now);
    }
    return id;
  }

  /**
   * The wording the application answers to, e.g. {@code s02@2026-03-23} (docs/amendments.md): its row's,
   * else (a row not yet given one) the wording in force on its submission day.
   */
  private String wording(int standard, Map<String, Object> row) {
    List<Wording> wordings;
    try {
      wordings = catalog.wordings(standard);
    } catch (CatalogException e) {
      return null;
    }
    if (wordings.size() == 1) {
      return wordings.get(0).id();
    }
    Object recorded = row.get("wording_effective_from");
    OffsetDateTime submitted = odt(row.get("submitted_at"));
    LocalDate day = recorded instanceof java.sql.Date d ? d.toLocalDate()
        : recorded instanceof LocalDate d ? d
        : submitted != null ? submitted.toInstant().atZone(ZoneId.of("Asia/Almaty")).toLocalDate()
        : StandardsCatalog.today();
    return catalog.wordingOn(standard, day).id();
  }

  public String emit(String applicationId, EventType type) {
    return emit(applicationId, type, Map.of());
  }

  /** When the event {@code eventId} of {@code type} about {@code applicationId} occurred; empty if no such event was written. */
  public java.util.Optional<Instant> occurredAt(String eventId, String applicationId, EventType type) {
    return jdbc.query("select occurred_at from qz_event where id = ? and application_id = ? and type = ?",
        (rs, n) -> odt(rs.getObject("occurred_at")), eventId, applicationId, type.code()).stream()
        .filter(Objects::nonNull).map(OffsetDateTime::toInstant).findFirst();
  }

  /** Whether a comma-separated filter (null: everything) lets {@code value} through. */
  private static boolean listed(String filter, String value) {
    if (filter == null || filter.isBlank()) {
      return true;
    }
    for (String item : filter.split(",")) {
      if (item.trim().equals(value)) {
        return true;
      }
    }
    return false;
  }

  private static OffsetDateTime odt(Object value) {
    if (value instanceof OffsetDateTime o) {
      return o;
    }
    if (value instanceof java.sql.Timestamp t) {
      return t.toInstant().atOffset(ZoneOffset.UTC);
    }
    if (value instanceof Instant i) {
      return i.atOffset(ZoneOffset.UTC);
    }
    return null;
  }
}
