package kz.qyzmet.events;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The read side of the outbox: posts due deliveries to their receivers. Run by the cluster's one
 * delivery task ({@link EventDeliveryTask}), so each delivery is attempted by one node at a time.
 *
 * <p>Order: a delivery is due only when every earlier delivery of its application to its
 * subscription is DELIVERED, so a later event waits while an earlier one is retried or parked.
 * At least once: a delivery is marked DELIVERED after the receiver's 2xx; a node that dies between
 * the two leaves it PENDING and it is posted again, with the same event id.
 */
@Component
public class EventDelivery implements DisposableBean {

  private static final Logger LOG = LoggerFactory.getLogger(EventDelivery.class);
  private static final int BATCH = 100;
  /** One pass ends after this long, so that the task's next run (perhaps on another node) comes round. */
  private static final Duration PASS = Duration.ofSeconds(30);

  private static final String DUE = """
      select d.id, d.event_id, d.attempts, e.type, e.payload, s.callback_url, s.secret
      from qz_event_delivery d
      join qz_event e on e.id = d.event_id
      join qz_event_subscription s on s.id = d.subscription_id
      where d.status = 'PENDING' and d.next_attempt_at <= ?
        and not exists (select 1 from qz_event_delivery p where p.subscription_id = d.subscription_id
          and p.application_id = d.application_id and p.sequence < d.sequence and p.status <> 'DELIVERED')
      order by d.next_attempt_at, d.id
      limit""" + " " + BATCH;

  record Due(long id, String eventId, int attempts, String type, String payload, String callbackUrl, String secret) {}

  private final JdbcTemplate jdbc;
  private final EventsProperties properties;
  private final HttpClient http;
  private final ExecutorService streams;

  public EventDelivery(JdbcTemplate jdbc, EventsProperties properties) {
    this.jdbc = jdbc;
    this.properties = properties;
    this.http = HttpClient.newBuilder().connectTimeout(properties.getConnectTimeout())
        .followRedirects(HttpClient.Redirect.NEVER).build();
    this.streams = Executors.newFixedThreadPool(Math.max(1, properties.getParallelStreams()), r -> {
      Thread thread = new Thread(r, "qyzmet-event-delivery");
      thread.setDaemon(true);
      return thread;
    });
  }

  /** Delivers what is due until nothing is, or the pass has run its time; the number delivered. */
  public int deliverDue() {
    Instant end = Instant.now().plus(PASS);
    int delivered = 0;
    while (Instant.now().isBefore(end)) {
      List<Due> due = jdbc.query(DUE, (rs, n) -> new Due(rs.getLong("id"), rs.getString("event_id"),
          rs.getInt("attempts"), rs.getString("type"), rs.getString("payload"), rs.getString("callback_url"),
          rs.getString("secret")), now());
      if (due.isEmpty()) {
        break;
      }
      // The query answers at most one delivery per stream (its earliest): these run side by side.
      List<Future<Boolean>> results = new ArrayList<>();
      for (Due delivery : due) {
        results.add(streams.submit(() -> attempt(delivery)));
      }
      int succeeded = 0;
      for (Future<Boolean> result : results) {
        try {
          succeeded += result.get() ? 1 : 0;
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return delivered + succeeded;
        } catch (Exception e) {
          LOG.error("Event delivery failed unexpectedly", e);
        }
      }
      delivered += succeeded;
      if (succeeded == 0) {
        break; // everything due failed and waits for its backoff
      }
    }
    return delivered;
  }

  /** Posts one delivery and records the outcome; true if the receiver took it. */
  boolean attempt(Due delivery) {
    int status = 0;
    String error = null;
    try {
      long timestamp = Instant.now().getEpochSecond();
      HttpRequest request = HttpRequest.newBuilder(URI.create(delivery.callbackUrl()))
          .timeout(properties.getRequestTimeout())
          .header("Content-Type", "application/json; charset=utf-8")
          .header("User-Agent", "Qyzmet-Events/1")
          .header("Qyzmet-Event-Id", delivery.eventId())
          .header("Qyzmet-Event-Type", delivery.type())
          .header("Qyzmet-Delivery-Attempt", Integer.toString(delivery.attempts() + 1))
          .header(EventSignature.HEADER, EventSignature.header(delivery.secret(), timestamp, delivery.payload()))
          .POST(HttpRequest.BodyPublishers.ofString(delivery.payload(), StandardCharsets.UTF_8)).build();
      HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
      status = response.statusCode();
      if (status / 100 == 2) {
        jdbc.update("""
            update qz_event_delivery set status = 'DELIVERED', attempts = attempts + 1, last_attempt_at = ?,
              last_status = ?, last_error = null, delivered_at = ? where id = ? and status = 'PENDING'""",
            now(), status, now(), delivery.id());
        return true;
      }
      error = "HTTP " + status;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      error = "interrupted";
    } catch (Exception e) {
      error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
    failed(delivery, status, error);
    return false;
  }

  private void failed(Due delivery, int status, String error) {
    int attempts = delivery.attempts() + 1;
    String reason = error.length() > 500 ? error.substring(0, 500) : error;
    Integer lastStatus = status == 0 ? null : status;
    if (attempts >= properties.getMaxAttempts()) {
      jdbc.update("""
          update qz_event_delivery set status = 'PARKED', attempts = ?, last_attempt_at = ?, last_status = ?,
            last_error = ?, parked_at = ? where id = ? and status = 'PENDING'""",
          attempts, now(), lastStatus, reason, now(), delivery.id());
      LOG.warn("Event delivery {} (event {}) parked after {} attempts: {}", delivery.id(), delivery.eventId(),
          attempts, reason);
    } else {
      jdbc.update("""
          update qz_event_delivery set attempts = ?, next_attempt_at = ?, last_attempt_at = ?, last_status = ?,
            last_error = ? where id = ? and status = 'PENDING'""",
          attempts, now().plus(properties.backoffAfter(attempts)), now(), lastStatus, reason, delivery.id());
    }
  }

  private static OffsetDateTime now() {
    return Instant.now().atOffset(ZoneOffset.UTC);
  }

  @Override
  public void destroy() {
    streams.shutdownNow();
  }
}
