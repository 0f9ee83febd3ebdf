package kz.qyzmet.amendments;

import static kz.qyzmet.process.ProcessVariables.STATUTORY_DUE_DATE;
import static kz.qyzmet.process.ProcessVariables.WORDING_EFFECTIVE_FROM;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import kz.qyzmet.application.ApplicationRecords;
import kz.qyzmet.application.ApplicationStatus;
import kz.qyzmet.calendar.DeadlineService;
import kz.qyzmet.catalog.StandardsCatalog;
import kz.qyzmet.catalog.Wording;
import kz.qyzmet.process.DeadlineVariables;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An amendment's transitional provisions (docs/amendments.md): where its data says running
 * applications move to the new wording ({@code runningApplicationsMove}), the applications of the
 * standard still open under an earlier wording move to it; their statutory dates are derived again
 * from their facts under the new wording. A dry run says which would move and how their due dates
 * would change, and writes nothing. The process definitions do not change (an amendment is data the
 * processes read), so no instance is migrated between definitions.
 */
@Service
public class AmendmentMigration {

  static final String OPEN_STATUSES = Arrays.stream(ApplicationStatus.values()).filter(s -> !s.isFinal())
      .map(s -> "'" + s.name() + "'").collect(Collectors.joining(", ", "(", ")"));

  private final StandardsCatalog catalog;
  private final JdbcTemplate jdbc;
  private final RuntimeService runtimeService;
  private final DeadlineVariables deadlineVariables;
  private final ApplicationRecords records;
  private final DeadlineService deadlines;

  public AmendmentMigration(StandardsCatalog catalog, JdbcTemplate jdbc, RuntimeService runtimeService,
      DeadlineVariables deadlineVariables, ApplicationRecords records, DeadlineService deadlines) {
    this.catalog = catalog;
    this.jdbc = jdbc;
    this.runtimeService = runtimeService;
    this.deadlineVariables = deadlineVariables;
    this.records = records;
    this.deadlines = deadlines;
  }

  /** An application that moves (or would): its wording and its statutory due date before and after. */
  public record Move(String applicationId, LocalDate fromWording, Date dueAt, Date newDueAt) {}

  /** The open applications of the standard under a wording older than {@code target}, oldest first. */
  List<String> candidates(Wording target) {
    return jdbc.queryForList("select id from qz_application where standard_number = ? and status in " + OPEN_STATUSES
        + " and wording_effective_from < ? order by submitted_at, id", String.class, target.number(),
        java.sql.Date.valueOf(target.effectiveFrom()));
  }

  /**
   * @param chosen applications among {@link #candidates}
   * @param by the administrator, for the audit
   * @return every application that moves (or, in a dry run, would)
   */
  @Transactional
  public List<Move> migrate(Wording target, List<String> chosen, boolean dryRun, String by) {
    List<Move> moves = new ArrayList<>();
    for (String id : chosen) {
      LocalDate from = records.wordingOf(id).orElseThrow();
      List<ProcessInstance> running = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(id).list();
      Date due = null;
      Date newDue = null;
      for (ProcessInstance instance : running) {
        Map<String, Object> facts = runtimeService.getVariables(instance.getId());
        if (facts.get(STATUTORY_DUE_DATE) instanceof Date current) {
          // The block holding the timers has the dates in force; the spine may hold the registered ones.
          boolean spine = instance.getProcessDefinitionId().startsWith(target.standard().processKey() + ":");
          if (due == null || !spine) {
            due = current;
            newDue = deadlineVariables.derive(facts, target).get(STATUTORY_DUE_DATE);
          }
        }
      }
      moves.add(new Move(id, from, due, newDue));
      if (dryRun) {
        continue;
      }
      String reason = target.id() + ": " + (target.original() ? "Decree No. 217" : target.amendment().transitionalParagraph());
      records.wordingMigrated(id, from, target.effectiveFrom(), reason, deadlines.now(), by);
      for (ProcessInstance instance : running) {
        runtimeService.setVariable(instance.getId(), WORDING_EFFECTIVE_FROM, target.effectiveFrom().toString());
      }
      for (ProcessInstance instance : running) {
        if (runtimeService.getVariable(instance.getId(), STATUTORY_DUE_DATE) != null) {
          deadlineVariables.refresh(instance.getId(), "WORDING_MIGRATED", "Statutory term under " + reason, by);
        }
      }
    }
    return moves;
  }
}
