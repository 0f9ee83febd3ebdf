package kz.qyzmet.application;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kz.qyzmet.events.ApplicationEvents;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The applications table. Called from process delegates inside the engine's transaction, so a row
 * and its process instance change together or not at all.
 */
@Repository
public class ApplicationRecords {

  private static final String PENDING_STARTS = ApplicationRecords.class.getName() + ".pendingStarts";

  private final JdbcTemplate jdbc;
  private final ApplicationEvents events;

  public ApplicationRecords(JdbcTemplate jdbc, @Lazy ApplicationEvents events) {
    this.jdbc = jdbc;
    this.events = events;
  }

  public void insert(ApplicationRecord r) {
    jdbc.update("""
        insert into qz_application (id, standard_number, process_key, channel, case_type, applicant_iin,
          applicant_name, status, submitted_at, due_at, original_due_at, closed_at, process_instance_id,
          external_id, request_hash, created_at, created_by)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        r.id(), r.standardNumber(), r.processKey(), r.channel(), r.caseType(), r.applicantIin(),
        r.applicantName(), r.status().name(), r.submittedAt(), r.dueAt(), r.originalDueAt(), r.closedAt(),
        r.processInstanceId(), r.externalId(), r.requestHash(), r.createdAt(), r.createdBy());
  }

  public Optional<ApplicationRecord> find(String id) {
    List<ApplicationRecord> rows = jdbc.query("select * from qz_application where id = ?", this::map, id);
    return rows.stream().findFirst();
  }

  /** An idempotency key belongs to its caller: the same externalId from another caller is another key. */
  public Optional<ApplicationRecord> findByExternalId(String createdBy, String externalId) {
    return jdbc.query("select * from qz_application where created_by = ? and external_id = ?", this::map,
        createdBy, externalId).stream().findFirst();
  }

  /**
   * Locks the application's row until the transaction ends, so that changes of one application
   * made through the API follow one another instead of crossing; false if there is no such row.
   */
  public boolean lock(String id) {
    return !jdbc.queryForList("select id from qz_application where id = ? for update", String.class, id).isEmpty();
  }

  /** Records the day the wording the application answers to took effect (docs/amendments.md). */
  public void wording(String id, java.time.LocalDate effectiveFrom) {
    jdbc.update("update qz_application set wording_effective_from = ? where id = ?", java.sql.Date.valueOf(effectiveFrom), id);
  }

  /**
   * Moves an application to another wording of its standard (an amendment's transitional
   * provisions) and audits the move in {@code qz_deadline_event} (kind {@code WORDING_MIGRATED}; the
   * due date as it stands, its own move is audited when the dates are derived again).
   */
  public void wordingMigrated(String id, java.time.LocalDate from, java.time.LocalDate to, String reason, Date at,
      String by) {
    wording(id, to);
    jdbc.update("""
        insert into qz_deadline_event (application_id, kind, previous_due_at, due_at, reason, recorded_at, recorded_by)
        select id, 'WORDING_MIGRATED', due_at, due_at, ?, ?, ? from qz_application where id = ?""",
        "Wording " + from + " -> " + to + ": " + reason, at(at), by, id);
  }

  /** The day the wording the application answers to took effect; empty for an unknown application. */
  public Optional<java.time.LocalDate> wordingOf(String id) {
    return jdbc.queryForList("select wording_effective_from from qz_application where id = ?", java.sql.Date.class, id)
        .stream().filter(java.util.Objects::nonNull).map(java.sql.Date::toLocalDate).findFirst();
  }

  public boolean exists(String id) {
    Integer count = jdbc.queryForObject("select count(*) from qz_application where id = ?", Integer.class, id);
    return count != null && count > 0;
  }

  /** Records the statutory term computed at registration (current and original due date). */
  public void registered(String id, Date due) {
    jdbc.update("update qz_application set status = ?, due_at = ?, original_due_at = ? where id = ?",
        ApplicationStatus.REGISTERED.name(), at(due), at(due), id);
    events.registered(id);
  }

  /** Records the statutory due date of an application answered at once (an information request). */
  public void answeredWithin(String id, Date due) {
    jdbc.update("update qz_application set due_at = ?, original_due_at = ? where id = ?", at(due), at(due), id);
  }

  /**
   * Inserts the row of an application whose process is started next, in this transaction (the
   * API's submission); only such a row may be attached to a process ({@link #attachOwnRow}).
   */
  public void insertBeforeStart(ApplicationRecord r) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      throw new IllegalStateException("An application's row and its process start belong in one transaction");
    }
    insert(r);
    pendingStarts().add(r.id());
  }

  /**
   * Ties the row {@link #insertBeforeStart inserted before the start} in this transaction to the
   * application's own process; false (and nothing changed) for any other row, e.g. an existing
   * application's id given as a business key.
   */
  public boolean attachOwnRow(String id, String processInstanceId) {
    if (!TransactionSynchronizationManager.isSynchronizationActive() || !pendingStarts().remove(id)) {
      return false;
    }
    return jdbc.update("update qz_application set process_instance_id = ? where id = ? and process_instance_id is null",
        processInstanceId, id) == 1;
  }

  /** Whether {@code id} is the row {@link #insertBeforeStart inserted before its start} in this transaction. */
  public boolean isPendingStart(String id) {
    return TransactionSynchronizationManager.isSynchronizationActive()
        && TransactionSynchronizationManager.getResource(PENDING_STARTS) instanceof Set<?> ids && ids.contains(id);
  }

  /** The ids inserted before their start in the current transaction, forgotten when it ends. */
  @SuppressWarnings("unchecked")
  private Set<String> pendingStarts() {
    Set<String> ids = (Set<String>) TransactionSynchronizationManager.getResource(PENDING_STARTS);
    if (ids == null) {
      Set<String> created = new HashSet<>();
      TransactionSynchronizationManager.bindResource(PENDING_STARTS, created);
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCompletion(int status) {
          TransactionSynchronizationManager.unbindResourceIfPossible(PENDING_STARTS);
        }
      });
      ids = created;
    }
    return ids;
  }

  /**
   * Marks an application as an administrator's import of an older submission and audits it in the
   * application's deadline trail (kind IMPORTED).
   */
  public void imported(String id, String by, Date at, String reason) {
    jdbc.update("update qz_application set imported_by = ?, imported_at = ? where id = ?", by, at(at), id);
    jdbc.update("""
        insert into qz_deadline_event (application_id, kind, previous_due_at, due_at, reason, recorded_at, recorded_by)
        values (?, 'IMPORTED', null, null, ?, ?, ?)""", id, reason, at(at), by);
  }

  /** Who imported the application, if it was imported. */
  public Optional<String> importedBy(String id) {
    return jdbc.queryForList("select imported_by from qz_application where id = ?", String.class, id).stream()
        .filter(java.util.Objects::nonNull).findFirst();
  }

  /** The case type found during review (standard 24, p. 4(1)); its term is derived again by the caller. */
  public void caseType(String id, String caseType) {
    jdbc.update("update qz_application set case_type = ? where id = ?", caseType, id);
  }

  public void status(String id, ApplicationStatus status, Date now) {
    jdbc.update("update qz_application set status = ?, closed_at = ? where id = ?",
        status.name(), status.isFinal() ? at(now) : null, id);
  }

  /**
   * Moves the application's due date and audits why. The same change reported by the spine and
   * by the sub-process holding the timers is recorded once.
   */
  public void dueDateChanged(String id, DeadlineChange change) {
    List<java.sql.Timestamp> current = jdbc.queryForList("select due_at from qz_application where id = ?",
        java.sql.Timestamp.class, id);
    if (!current.isEmpty() && current.get(0) != null && change.due() != null
        && current.get(0).getTime() == change.due().getTime() && !"REGISTERED".equals(change.kind())) {
      return;
    }
    jdbc.update("update qz_application set due_at = ? where id = ?", at(change.due()), id);
    jdbc.update("""
        insert into qz_deadline_event (application_id, kind, previous_due_at, due_at, reason, recorded_at, recorded_by)
        values (?, ?, ?, ?, ?, ?, ?)""",
        id, change.kind(), at(change.previousDue()), at(change.due()), change.reason(), at(change.at()), change.by());
    events.dueDateChanged(id, change);
  }

  public List<DeadlineChange> deadlineChanges(String id) {
    return jdbc.query("select * from qz_deadline_event where application_id = ? order by recorded_at, id",
        (rs, n) -> new DeadlineChange(rs.getString("kind"), date(rs, "previous_due_at"), date(rs, "due_at"),
            rs.getString("reason"), date(rs, "recorded_at"), rs.getString("recorded_by")), id);
  }

  /**
   * Records a breach of a statutory deadline once; a second call for the same deadline (a retried
   * job, another node) records nothing and answers false.
   */
  public boolean breach(String applicationId, String processInstanceId, int standardNumber, String kind, Date due,
      Date now) {
    int inserted = jdbc.update("""
        insert into qz_breach (application_id, process_instance_id, standard_number, kind, due_at, recorded_at)
        select ?, ?, ?, ?, ?, ?
        where not exists (select 1 from qz_breach where process_instance_id = ? and kind = ? and due_at = ?)""",
        applicationId, processInstanceId, standardNumber, kind, at(due), at(now), processInstanceId, kind, at(due));
    return inserted > 0;
  }

  public int breachCount(String applicationId) {
    Integer count = jdbc.queryForObject("select count(*) from qz_breach where application_id = ?", Integer.class,
        applicationId);
    return count == null ? 0 : count;
  }

  public List<String> breachKinds(String applicationId) {
    return jdbc.queryForList("select kind from qz_breach where application_id = ? order by id", String.class,
        applicationId);
  }

  private ApplicationRecord map(ResultSet rs, int row) throws SQLException {
    return new ApplicationRecord(rs.getString("id"), rs.getInt("standard_number"), rs.getString("process_key"),
        rs.getString("channel"), rs.getString("case_type"), rs.getString("applicant_iin"),
        rs.getString("applicant_name"), ApplicationStatus.valueOf(rs.getString("status")),
        odt(rs, "submitted_at"), odt(rs, "due_at"), odt(rs, "original_due_at"), odt(rs, "closed_at"),
        rs.getString("process_instance_id"), rs.getString("external_id"), rs.getString("request_hash"),
        odt(rs, "created_at"), rs.getString("created_by"));
  }

  private static OffsetDateTime odt(ResultSet rs, String column) throws SQLException {
    return rs.getObject(column, OffsetDateTime.class);
  }

  private static Date date(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = odt(rs, column);
    return value == null ? null : Date.from(value.toInstant());
  }

  static OffsetDateTime at(Date date) {
    return date == null ? null : date.toInstant().atOffset(ZoneOffset.UTC);
  }
}
