package kz.qyzmet.process;

import static kz.qyzmet.process.ProcessVariables.*;

import java.util.Date;
import java.util.List;
import kz.qyzmet.application.ApplicationRecords;
import kz.qyzmet.application.ApplicationStatus;
import kz.qyzmet.calendar.DeadlineService;
import kz.qyzmet.catalog.Extension;
import kz.qyzmet.events.ApplicationEvents;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The steps of an application that change its facts or its status, called from the models as
 * expressions, e.g. {@code ${applicationProgress.status(execution, 'IN_REVIEW')}}.
 */
@Component("applicationProgress")
public class ApplicationProgress {

  private final ApplicationRecords records;
  private final DeadlineVariables deadlineVariables;
  private final DeadlineService deadlines;
  private final PackageCompletenessCheck packageCheck;
  private final ApplicationEvents events;

  public ApplicationProgress(ApplicationRecords records, DeadlineVariables deadlineVariables,
      DeadlineService deadlines, PackageCompletenessCheck packageCheck, ApplicationEvents events) {
    this.events = events;
    this.records = records;
    this.deadlineVariables = deadlineVariables;
    this.deadlines = deadlines;
    this.packageCheck = packageCheck;
  }

  /** Sets the application's status (an end state also closes its row). */
  public void status(DelegateExecution execution, String status) {
    ApplicationStatus value = ApplicationStatus.valueOf(status);
    execution.setVariable(STATUS, value.name());
    String applicationId = (String) execution.getVariable(APPLICATION_ID);
    if (applicationId != null) {
      records.status(applicationId, value, deadlines.now());
      events.statusChanged(execution, value);
    }
  }

  /** The specialist asked for more documents: the term extends to its cap while they are awaited. */
  public void documentsRequested(DelegateExecution execution) {
    execution.setVariable(DOCUMENTS_REQUESTED_AT, deadlines.now());
    execution.removeVariable(DOCUMENTS_ARRIVED_AT);
    status(execution, ApplicationStatus.AWAITING_DOCUMENTS.name());
    deadlineVariables.refresh(execution.getProcessInstanceId(), "DOCUMENT_REQUEST",
        "Documents requested: " + execution.getVariable(REQUESTED_DOCUMENTS), userOf(execution));
    events.documentsRequested(execution);
  }

  /** The requested documents arrived: the term runs again from their arrival, within the cap. */
  public void documentsArrived(DelegateExecution execution) {
    Date arrivedAt = (Date) execution.getVariable(DOCUMENTS_ARRIVED_AT);
    if (arrivedAt == null) {
      execution.setVariable(DOCUMENTS_ARRIVED_AT, deadlines.now());
    }
    status(execution, ApplicationStatus.IN_REVIEW.name());
    // Back to review: the form must not offer the last decision again.
    execution.removeVariable(DECISION);
    deadlineVariables.refresh(execution.getProcessInstanceId(), "DOCUMENTS_ARRIVED",
        "Documents delivered: " + execution.getVariable(DOCUMENTS_DELIVERED), userOf(execution));
    events.documentsReceived(execution);
  }

  /** The decision is taken: the stages after it (notice, hand-over) run from now. */
  public void resultReady(DelegateExecution execution) {
    fact(execution, DECIDED_AT, "DECIDED", "Decision taken: " + execution.getVariable(DECISION));
    status(execution, ApplicationStatus.RESULT_READY.name());
    events.decided(execution);
  }

  /** The applicant was told of the decision (standard 29): the applicant's own stage runs from now. */
  public void decisionNotified(DelegateExecution execution) {
    fact(execution, DECISION_NOTIFIED_AT, "DECISION_NOTIFIED", "Applicant notified of the decision");
  }

  /** The applicant brought what the decision asked for (standard 29): the hand-over runs from now. */
  public void applicantDocumentsArrived(DelegateExecution execution) {
    fact(execution, APPLICANT_DOCUMENTS_AT, "APPLICANT_DOCUMENTS", "Applicant's documents received");
  }

  private void fact(DelegateExecution execution, String name, String kind, String reason) {
    execution.setVariable(name, deadlines.now());
    deadlineVariables.refresh(execution.getProcessInstanceId(), kind, reason, userOf(execution));
  }

  /**
   * The specialist found errors of the office in the case file or the draft decision (standard 3,
   * p. 4(1) and its siblings): the term extends by the standard's days and the correction is due
   * within them.
   */
  public void errorsFound(DelegateExecution execution) {
    ErrorCorrections rounds = ErrorCorrections.parse((String) execution.getVariable(ERROR_CORRECTIONS))
        .found(deadlines.now());
    execution.setVariable(ERROR_CORRECTIONS, rounds.format());
    execution.removeVariable(DECISION);
    execution.removeVariable(CORRECTION_NOTE);
    appendExtension(execution, Extension.ERROR_CORRECTION);
    deadlineVariables.refresh(execution.getProcessInstanceId(), "ERRORS_FOUND",
        "Errors found: " + execution.getVariable(ERRORS_FOUND_TEXT), userOf(execution));
  }

  /** The errors are corrected: the service is due the standard's days from today. */
  public void errorsCorrected(DelegateExecution execution) {
    Object note = execution.getVariable(CORRECTION_NOTE);
    if (!(note instanceof String text) || text.isBlank()) {
      throw new DecisionRefused("не түзетілгенін жазыңыз", "укажите, что исправлено");
    }
    ErrorCorrections rounds = ErrorCorrections.parse((String) execution.getVariable(ERROR_CORRECTIONS))
        .corrected(deadlines.now());
    execution.setVariable(ERROR_CORRECTIONS, rounds.format());
    execution.setVariable(ERRORS_CORRECTED_BY, userOf(execution));
    deadlineVariables.refresh(execution.getProcessInstanceId(), "ERRORS_CORRECTED",
        "Errors corrected: " + execution.getVariable(CORRECTION_NOTE), userOf(execution));
  }

  /** Who may correct the errors: the office that reviews the case, and the PSC where it was taken in. */
  public List<String> errorCorrectors(DelegateExecution execution) {
    return WorkGroups.errorCorrectors((String) execution.getVariable(REVIEWER_GROUP),
        (String) execution.getVariable(INTAKE_GROUP));
  }

  /**
   * The specialist found the application to be of another case type that the decree lets be found
   * during processing (standard 24, p. 4(1): documents missing, damaged or lost): the documents it
   * needs and its term are derived again, from the submission.
   */
  public void caseTypeChanged(DelegateExecution execution) {
    String from = (String) execution.getVariable(CASE_TYPE);
    String to = (String) execution.getVariable(ReviewOptions.NEW_CASE_TYPE);
    execution.setVariable(CASE_TYPE, to);
    execution.removeVariable(DECISION);
    execution.removeVariable(ReviewOptions.NEW_CASE_TYPE);
    packageCheck.execute(execution);
    String applicationId = (String) execution.getVariable(APPLICATION_ID);
    if (applicationId != null) {
      records.caseType(applicationId, to);
    }
    deadlineVariables.refresh(execution.getProcessInstanceId(), "CASE_TYPE_CHANGED",
        "Case type " + from + " -> " + to, userOf(execution));
  }

  /** An extension the standard allows (errors to fix, a check, an examination) is granted. */
  public void extended(DelegateExecution execution) {
    String kind = (String) execution.getVariable(EXTENSION_KIND);
    if (kind == null || kind.isBlank()) {
      throw new IllegalStateException("An extension needs its kind (extensionKind)");
    }
    execution.removeVariable(DECISION);
    appendExtension(execution, kind);
    deadlineVariables.refresh(execution.getProcessInstanceId(), "EXTENSION",
        kind + ": " + execution.getVariable(EXTENSION_REASON), userOf(execution));
  }

  private static void appendExtension(DelegateExecution execution, String kind) {
    String applied = (String) execution.getVariable(TERM_EXTENSIONS);
    execution.setVariable(TERM_EXTENSIONS, applied == null || applied.isBlank() ? kind : applied + "," + kind);
  }

  private static String userOf(DelegateExecution execution) {
    var authentication = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return authentication == null ? null : authentication.getUserId();
  }
}
