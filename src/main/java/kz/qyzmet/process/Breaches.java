package kz.qyzmet.process;

import static kz.qyzmet.process.ProcessVariables.*;

import java.util.Date;
import kz.qyzmet.application.ApplicationRecords;
import kz.qyzmet.calendar.DeadlineService;
import kz.qyzmet.events.ApplicationEvents;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Records that a statutory deadline passed with its work undone, once per deadline, where Cockpit
 * (the variable {@code statutoryDeadlineBreached}) and the SLA queries (table qz_breach) find it.
 * Called from the models: {@code ${breaches.record(execution, 'SERVICE_TERM')}}.
 */
@Component("breaches")
public class Breaches {

  private static final Logger LOG = LoggerFactory.getLogger(Breaches.class);

  /** The deadlines a breach can be of, and the variable that holds each. */
  public enum Kind {
    SERVICE_TERM(STATUTORY_DUE_DATE),
    APPLICANT_NOTIFICATION(NOTIFY_APPLICANT_DUE_DATE),
    DOCUMENTS_CAP(DOCUMENTS_CAP_DATE),
    COMPLAINT_REVIEW(COMPLAINT_DUE_DATE),
    DECISION_STAGE(REVIEW_DUE_DATE),
    DECISION_NOTIFICATION(NOTIFY_DECISION_DUE_DATE),
    APPLICANT_STAGE_MISSED(APPLICANT_STAGE_DUE_DATE),
    RESULT_HANDOVER(RESULT_DUE_DATE);

    private final String dueVariable;

    Kind(String dueVariable) {
      this.dueVariable = dueVariable;
    }
  }

  private final ApplicationRecords records;
  private final DeadlineService deadlines;
  private final ApplicationEvents events;

  public Breaches(ApplicationRecords records, DeadlineService deadlines, ApplicationEvents events) {
    this.events = events;
    this.records = records;
    this.deadlines = deadlines;
  }

  /**
   * The decision stage's own timer: a breach only where the standard fixes a decision stage
   * before the statutory due date (standard 29); elsewhere the service term's timer records it.
   */
  public void recordStage(DelegateExecution execution, String kind) {
    Date stageDue = (Date) execution.getVariable(Kind.valueOf(kind).dueVariable);
    Date serviceDue = (Date) execution.getVariable(STATUTORY_DUE_DATE);
    if (stageDue != null && serviceDue != null && stageDue.before(serviceDue)) {
      record(execution, kind);
    }
  }

  public void record(DelegateExecution execution, String kind) {
    Kind breach = Kind.valueOf(kind);
    Date due = (Date) execution.getVariable(breach.dueVariable);
    String applicationId = (String) execution.getVariable(APPLICATION_ID);
    int standard = ((Number) execution.getVariable(STANDARD_NUMBER)).intValue();
    boolean recorded = records.breach(applicationId, execution.getProcessInstanceId(), standard, breach.name(), due,
        deadlines.now());
    execution.setVariable(DEADLINE_BREACHED, true);
    if (recorded) {
      events.breached(applicationId, breach.name(), due);
      LOG.warn("Statutory deadline breached: {} of application {} ({}), due {}", breach, applicationId,
          execution.getProcessDefinitionId(), due);
    }
  }
}
