package kz.qyzmet.process;

import static kz.qyzmet.process.ProcessVariables.*;

import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import kz.qyzmet.application.ApplicationRecords;
import kz.qyzmet.application.DeadlineChange;
import kz.qyzmet.calendar.CalendarChangeListener;
import kz.qyzmet.calendar.DeadlineService;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import org.camunda.bpm.engine.runtime.VariableInstance;
import kz.qyzmet.catalog.Extension;
import kz.qyzmet.catalog.StandardsCatalog;
import kz.qyzmet.catalog.StatutoryPeriod;
import kz.qyzmet.catalog.Term;
import kz.qyzmet.catalog.TermUnit;
import kz.qyzmet.catalog.Standard;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Derives an application's statutory dates from the facts of its case (when it was submitted, when
 * documents were requested and arrived, which extensions were granted), the standard's terms in the
 * catalog and the working-day calendar, and keeps the process instance in step: its variables, its
 * timers, its open tasks' due and follow-up dates, and the application's row.
 *
 * <p>Because the dates are derived and never entered, a calendar correction or a new fact is applied
 * by deriving them again ({@link #refresh}).
 */
@Component("deadlineVariables")
public class DeadlineVariables implements CalendarChangeListener {

  private static final Logger LOG = LoggerFactory.getLogger(DeadlineVariables.class);

  static final List<String> DERIVED = List.of(STATUTORY_DUE_DATE, REMINDER_DATE, NOTIFY_APPLICANT_DUE_DATE,
      DOCUMENTS_CAP_DATE, COMPLAINT_DUE_DATE, REVIEW_DUE_DATE, RESULT_DUE_DATE, NOTIFY_DECISION_DUE_DATE,
      APPLICANT_STAGE_DUE_DATE, ERROR_CORRECTION_DUE_DATE);

  private final StandardsCatalog catalog;
  private final DeadlineService deadlines;
  private final RuntimeService runtimeService;
  private final ManagementService managementService;
  private final TaskService taskService;
  private final ApplicationRecords records;
  private final ApplicationWording applicationWording;

  public DeadlineVariables(StandardsCatalog catalog, DeadlineService deadlines, RuntimeService runtimeService,
      ManagementService managementService, TaskService taskService, ApplicationRecords records,
      ApplicationWording applicationWording) {
    this.applicationWording = applicationWording;
    this.catalog = catalog;
    this.deadlines = deadlines;
    this.runtimeService = runtimeService;
    this.managementService = managementService;
    this.taskService = taskService;
    this.records = records;
  }

  /** The statutory dates that follow from the facts in {@code facts}. */
  public Map<String, Date> derive(Map<String, Object> facts) {
    return facts.get(STANDARD_NUMBER) == null ? new LinkedHashMap<>() : derive(facts, applicationWording.of(facts::get));
  }

  /** The statutory dates the facts would have under a wording (an amendment's dry run). */
  public Map<String, Date> derive(Map<String, Object> facts, kz.qyzmet.catalog.Wording wording) {
    Map<String, Date> derived = new LinkedHashMap<>();
    Standard standard = wording.standard();
    Date submittedAt = (Date) facts.get(SUBMITTED_AT);
    String channel = (String) facts.get(CHANNEL);
    String caseType = blankToNull((String) facts.get(CASE_TYPE));
    if (submittedAt != null && channel != null) {
      deriveServiceTerm(standard, channel, caseType, submittedAt, facts, derived);
    }
    Date complaintRegisteredAt = (Date) facts.get(COMPLAINT_REGISTERED_AT);
    if (complaintRegisteredAt != null) {
      int days = ComplaintLevel.of((String) facts.get(COMPLAINT_LEVEL)).workingDays(standard.complaints());
      derived.put(COMPLAINT_DUE_DATE, deadlines.workingDays(complaintRegisteredAt, days));
    }
    return derived;
  }

  private void deriveServiceTerm(Standard standard, String channel, String caseType, Date submittedAt,
      Map<String, Object> facts, Map<String, Date> derived) {
    Term term = standard.serviceTerm(channel, caseType).orElseThrow(() -> new IllegalStateException(
        standard.code() + " states no service term for channel " + channel
            + (caseType == null ? "" : " and case type " + caseType)));
    if (term.unit() == TermUnit.SCHEDULE) {
      // Standard 13's compensation is paid on the regional schedule (p. 4(1)): no statutory date.
      return;
    }
    Date due = term(submittedAt, term.period());

    ErrorCorrections corrections = ErrorCorrections.parse((String) facts.get(ERROR_CORRECTIONS));
    Date requestedAt = (Date) facts.get(DOCUMENTS_REQUESTED_AT);
    // The facts apply in the order they happened: a document request before the first errors were
    // found sets the term the errors then extend; one after the last correction sets it anew.
    boolean requestFirst = requestedAt != null
        && (corrections.isEmpty() || !requestedAt.after(corrections.firstFoundAt()));
    if (requestFirst) {
      due = afterDocumentRequest(standard, channel, caseType, submittedAt, requestedAt, term, facts, derived);
    }
    due = afterErrorCorrections(standard, channel, corrections, due, derived);
    if (requestedAt != null && !requestFirst && requestedAt.after(corrections.lastEventAt())) {
      due = afterDocumentRequest(standard, channel, caseType, submittedAt, requestedAt, term, facts, derived);
    }
    for (String kind : extensionKinds(facts)) {
      if (Extension.ERROR_CORRECTION.equals(kind) && !corrections.isEmpty()) {
        continue; // counted from its rounds above
      }
      Extension extension = standard.extension(kind, channel).orElseThrow(
          () -> new IllegalStateException(standard.code() + " allows no extension " + kind + " at channel " + channel));
      if (extension.extendBy() != null) {
        due = term(due, extension.extendBy());
      } else if (extension.maxTotal() != null) {
        Date extended = term(submittedAt, extension.maxTotal());
        due = extended.after(due) ? extended : due;
      }
    }
    derived.put(STATUTORY_DUE_DATE, due);
    derived.put(REMINDER_DATE, reminder(submittedAt, due, term.unit()));
    deriveStages(standard, channel, caseType, submittedAt, due, facts, derived);
  }

  /**
   * Errors of the office found and corrected (standard 3, p. 4(1) and its siblings): while a round
   * is pending the term is extended by its 5 working days and the correction is due within them;
   * once corrected, the service is due N working days from the day of the correction.
   */
  private Date afterErrorCorrections(Standard standard, String channel, ErrorCorrections corrections, Date due,
      Map<String, Date> derived) {
    if (corrections.isEmpty()) {
      return due;
    }
    Extension extension = standard.extension(Extension.ERROR_CORRECTION, channel).orElseThrow(
        () -> new IllegalStateException(standard.code() + " allows no error correction at channel " + channel));
    for (ErrorCorrections.Round round : corrections.rounds()) {
      if (round.pending()) {
        derived.put(ERROR_CORRECTION_DUE_DATE, term(round.foundAt(), extension.extendBy()));
        due = term(due, extension.extendBy());
      } else {
        due = term(round.correctedAt(), extension.afterResolution());
      }
    }
    return due;
  }

  private Date afterDocumentRequest(Standard standard, String channel, String caseType, Date submittedAt,
      Date requestedAt, Term term, Map<String, Object> facts, Map<String, Date> derived) {
    Extension request = standard.extension(Extension.DOCUMENT_REQUEST, channel).orElseThrow(
        () -> new IllegalStateException(standard.code() + " allows no document request at channel " + channel));
    // Standard 2, p. 4(1) and its siblings: the term "is extended to not more than 30 working
    // days"; read as a cap on the whole term counted from submission. While the documents are
    // awaited the service is due at the cap; once they arrive, N working days from their arrival,
    // but never past the cap (the cap is the law's outer limit for the applicant).
    // A request within the term (standard 30, p. 9) extends nothing: the term's own end is the cap.
    Date cap = request.runsWithinTerm() ? term(submittedAt, term.period()) : term(submittedAt, request.maxTotal());
    derived.put(DOCUMENTS_CAP_DATE, cap);
    // Where the standard states no notice term (e.g. standard 4), the applicant must still learn of
    // the request before the extended term runs out: the notice is due by the cap.
    derived.put(NOTIFY_APPLICANT_DUE_DATE, request.notifyApplicant() != null
        ? term(requestedAt, request.notifyApplicant()) : cap);
    Date due;
    Date arrivedAt = (Date) facts.get(DOCUMENTS_ARRIVED_AT);
    if (arrivedAt == null) {
      due = cap;
    } else {
      StatutoryPeriod after = standard.term(Term.AFTER_DOCUMENTS, channel, caseType).map(Term::period)
          .orElse(request.afterResolution() != null ? request.afterResolution() : term.period());
      Date afterArrival = term(arrivedAt, after);
      due = afterArrival.before(cap) ? afterArrival : cap;
    }
    return due;
  }

  /**
   * The stages some standards fix inside the service term, each counted from the one before it
   * (catalog terms with {@code after}). Standard 29: the decision in 15 or 5 working days, the notice
   * of it in 3, the applicant's departure-guarantee documents in 20, the hand-over in 3. Standard 13:
   * the certificate 5 working days after the registration decision. Where a standard fixes no stage,
   * the review and the hand-over are due on the statutory due date.
   */
  private void deriveStages(Standard standard, String channel, String caseType, Date submittedAt, Date due,
      Map<String, Object> facts, Map<String, Date> derived) {
    List<Term> stages = standard.terms().stream()
        .filter(t -> t.appliesTo(channel) && (t.caseType() == null || t.caseType().equals(caseType)))
        .toList();
    Date reviewDue = stages.stream().filter(t -> Term.DECISION.equals(t.kind()) && t.after() == null).findFirst()
        .map(t -> term(submittedAt, t.period())).orElse(due);
    derived.put(REVIEW_DUE_DATE, reviewDue.before(due) ? reviewDue : due);

    Date decidedAt = (Date) facts.get(DECIDED_AT);
    String decision = (String) facts.get(DECISION);
    Date resultDue = due;
    for (Term stage : stages) {
      if (stage.after() == null || stage.value() == null || (decidedAt != null && !stage.followsDecision(decision))) {
        continue;
      }
      Date from = switch (stage.after()) {
        case Term.DECISION, Term.SERVICE -> decidedAt;
        case Term.NOTIFY_DECISION -> (Date) facts.get(DECISION_NOTIFIED_AT);
        default -> (Date) facts.get(APPLICANT_DOCUMENTS_AT);
      };
      if (Term.NOTIFY_DECISION.equals(stage.kind())) {
        putIf(derived, NOTIFY_DECISION_DUE_DATE, from, stage);
      } else if (Term.APPLICANT.equals(stage.actor())) {
        putIf(derived, APPLICANT_STAGE_DUE_DATE, from, stage);
      } else if (from != null) {
        resultDue = term(from, stage.period());
      }
    }
    derived.put(RESULT_DUE_DATE, resultDue);
  }

  private void putIf(Map<String, Date> derived, String name, Date from, Term stage) {
    if (from != null) {
      derived.put(name, term(from, stage.period()));
    }
  }

  /**
   * The follow-up date of the tasks and the reminder timer: two working days before a day-counted
   * due date (one for terms of five days or less, none for a same-day term), and a third of the
   * term before a minute or hour term ends. Never before the submission.
   */
  Date reminder(Date start, Date due, TermUnit unit) {
    Date reminder;
    if (unit == TermUnit.MINUTES || unit == TermUnit.HOURS || unit == TermUnit.SAME_DAY) {
      long span = due.getTime() - start.getTime();
      reminder = new Date(due.getTime() - Math.max(span / 3, 60_000L));
    } else {
      int span = deadlines.workingDaysBetween(deadlines.localDay(start), deadlines.localDay(due));
      reminder = deadlines.workingDaysBefore(due, span > 5 ? 2 : span > 1 ? 1 : 0);
    }
    return reminder.before(start) ? start : reminder;
  }

  private Date term(Date from, StatutoryPeriod period) {
    return deadlines.term(from, period.value() == null ? 0 : period.value(), period.unit().code());
  }

  static List<String> extensionKinds(Map<String, Object> facts) {
    String value = (String) facts.get(TERM_EXTENSIONS);
    List<String> kinds = new ArrayList<>();
    if (value != null) {
      for (String kind : value.split(",")) {
        if (!kind.isBlank()) {
          kinds.add(kind.trim());
        }
      }
    }
    return kinds;
  }

  /**
   * Derives the dates of a process instance again and applies them: variables, timers (their
   * timeDate expressions read the variables), open tasks whose due or follow-up date was a derived
   * date, and the application's row with an audit entry when the statutory due date moved.
   *
   * @return the statutory due date now in force, or null if the instance has none
   */
  public Date refresh(String processInstanceId, String changeKind, String reason, String by) {
    Map<String, Object> facts = runtimeService.getVariables(processInstanceId);
    Map<String, Date> derived = derive(facts);
    Map<Date, Date> moved = new LinkedHashMap<>();
    // Only the dates that differ are written: writing an unchanged date again costs a variable
    // update and, with full history, a history row that records nothing (docs/performance.md).
    Map<String, Object> changed = new LinkedHashMap<>();
    for (Map.Entry<String, Date> entry : derived.entrySet()) {
      Date previous = (Date) facts.get(entry.getKey());
      if (previous != null && !previous.equals(entry.getValue())) {
        moved.put(previous, entry.getValue());
      }
      if (!Objects.equals(previous, entry.getValue()) || !facts.containsKey(entry.getKey())) {
        changed.put(entry.getKey(), entry.getValue());
      }
    }
    if (!changed.isEmpty()) {
      runtimeService.setVariables(processInstanceId, changed);
    }
    if (!moved.isEmpty()) {
      for (Job timer : managementService.createJobQuery().processInstanceId(processInstanceId).timers().list()) {
        managementService.recalculateJobDuedate(timer.getId(), false);
      }
      for (Task task : taskService.createTaskQuery().processInstanceId(processInstanceId).list()) {
        Date newDue = moved.get(task.getDueDate());
        Date newFollowUp = moved.get(task.getFollowUpDate());
        if (newDue != null || newFollowUp != null) {
          task.setDueDate(newDue != null ? newDue : task.getDueDate());
          task.setFollowUpDate(newFollowUp != null ? newFollowUp : task.getFollowUpDate());
          taskService.saveTask(task);
        }
      }
    }
    Date due = derived.get(STATUTORY_DUE_DATE);
    Date previousDue = (Date) facts.get(STATUTORY_DUE_DATE);
    String applicationId = (String) facts.get(APPLICATION_ID);
    if (applicationId != null && due != null && !Objects.equals(previousDue, due)
        && facts.get(COMPLAINT_REGISTERED_AT) == null) {
      records.dueDateChanged(applicationId, new DeadlineChange(changeKind, previousDue, due, reason,
          deadlines.now(), by));
    }
    return due;
  }

  /**
   * Derives the dates of every running instance that keeps statutory dates again. Dates that lie
   * before the changed day cannot move, but the cost of a few needless derivations is lower than
   * that of reasoning about which term spans which day.
   */
  @Override
  public Rederived calendarChanged(LocalDate firstChangedDay) {
    Set<String> instances = new LinkedHashSet<>();
    for (String name : List.of(STATUTORY_DUE_DATE, COMPLAINT_DUE_DATE)) {
      for (VariableInstance variable : runtimeService.createVariableInstanceQuery().variableName(name).list()) {
        instances.add(variable.getProcessInstanceId());
      }
    }
    List<NotRederived> failed = new ArrayList<>();
    for (String instance : instances) {
      try {
        refresh(instance, "CALENDAR_CORRECTION", "Working-day calendar changed from " + firstChangedDay, null);
      } catch (RuntimeException e) {
        Object applicationId = runtimeService.getVariable(instance, APPLICATION_ID);
        String id = applicationId == null ? "process instance " + instance : applicationId.toString();
        LOG.warn("The dates of {} were not derived again after the calendar change from {}: {}", id, firstChangedDay,
            e.getMessage());
        failed.add(new NotRederived(id, e.getMessage()));
      }
    }
    return new Rederived(instances.size() - failed.size(), failed);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
