package kz.qyzmet.sla;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Applications and breaches written straight into {@code qz_application} and {@code qz_breach}, as
 * the processes would have left them, for one standard number of the test's own (other tests share
 * the database) or, with {@link #forget}, rows it removes again.
 */
final class SlaTestData {

  static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

  private final JdbcTemplate jdbc;
  private final int standard;
  private final List<String> ids = new ArrayList<>();

  SlaTestData(JdbcTemplate jdbc, int standard) {
    this.jdbc = jdbc;
    this.standard = standard;
  }

  /** A local time in Almaty, {@code 2026-03-20T10:00}. */
  static OffsetDateTime at(String localAlmaty) {
    return localAlmaty == null ? null : LocalDateTime.parse(localAlmaty).atZone(ALMATY).toOffsetDateTime();
  }

  static void clockAt(String localAlmaty) {
    ClockUtil.setCurrentTime(Date.from(at(localAlmaty).toInstant()));
  }

  static void resetClock() {
    ClockUtil.reset();
  }

  /** Removes every row of this standard number (a number no one else uses). */
  void clearStandard() {
    jdbc.update("delete from qz_breach where standard_number = ?", standard);
    jdbc.update("delete from qz_application where standard_number = ?", standard);
  }

  /** Removes the rows this object wrote. */
  void forget() {
    for (String id : ids) {
      jdbc.update("delete from qz_breach where application_id = ?", id);
      jdbc.update("delete from qz_application where id = ?", id);
    }
    ids.clear();
  }

  String open(String status, String channel, String submitted, String due) {
    return insert(status, channel, submitted, due, null);
  }

  String closed(String status, String submitted, String due, String closed) {
    return insert(status, "psc", submitted, due, closed);
  }

  void breach(String applicationId, String kind, String due, String recorded) {
    String pi = jdbc.queryForObject("select process_instance_id from qz_application where id = ?", String.class,
        applicationId);
    jdbc.update("""
        insert into qz_breach (application_id, process_instance_id, standard_number, kind, due_at, recorded_at)
        values (?, ?, ?, ?, ?, ?)""", applicationId, pi, standard, kind, utc(due), utc(recorded));
  }

  private String insert(String status, String channel, String submitted, String due, String closed) {
    String id = "SLA-S" + standard + "-" + UUID.randomUUID().toString().substring(0, 13);
    jdbc.update("""
        insert into qz_application (id, standard_number, process_key, channel, case_type, status, submitted_at,
          due_at, original_due_at, closed_at, process_instance_id, created_at, created_by)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        id, standard, "sla-test-" + standard, channel, "default", status, utc(submitted), utc(due), utc(due),
        utc(closed), "sla-pi-" + UUID.randomUUID(), utc(submitted), "sla-test");
    ids.add(id);
    return id;
  }

  private static OffsetDateTime utc(String localAlmaty) {
    OffsetDateTime at = at(localAlmaty);
    return at == null ? null : at.withOffsetSameInstant(ZoneOffset.UTC);
  }
}
