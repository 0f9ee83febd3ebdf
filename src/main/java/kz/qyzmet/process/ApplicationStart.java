package kz.qyzmet.process;

import static kz.qyzmet.process.ProcessVariables.*;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.UUID;
import kz.qyzmet.application.ApplicationRecord;
import kz.qyzmet.application.ApplicationRecords;
import kz.qyzmet.application.ApplicationStatus;
import kz.qyzmet.calendar.DeadlineService;
import kz.qyzmet.catalog.Standard;
import kz.qyzmet.catalog.StandardsCatalog;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Completes what every application needs at its start, whether the API or a Tasklist start form
 * began it: the standard it belongs to (from the process key), its id (also the business key),
 * the submission time, and empty lists where nothing was given.
 */
@Component("applicationStart")
public class ApplicationStart implements ExecutionListener {

  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

  private final StandardsCatalog catalog;
  private final DeadlineService deadlines;
  private final ApplicationRecords records;

  public ApplicationStart(StandardsCatalog catalog, DeadlineService deadlines, ApplicationRecords records) {
    this.catalog = catalog;
    this.deadlines = deadlines;
    this.records = records;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String processKey = execution.getProcessEngineServices().getRepositoryService()
        .getProcessDefinition(execution.getProcessDefinitionId()).getKey();
    Standard standard = catalog.byProcessKey(processKey).orElseThrow(
        () -> new IllegalStateException("Process " + processKey + " is not a standard of the catalog"));
    execution.setVariable(STANDARD_NUMBER, standard.number());
    execution.setVariable(STANDARD_CODE, standard.code());
    if (execution.getVariable(SUBMITTED_AT) == null) {
      execution.setVariable(SUBMITTED_AT, deadlines.now());
    }
    String id = (String) execution.getVariable(APPLICATION_ID);
    if (id == null || id.isBlank()) {
      id = execution.getProcessBusinessKey() != null ? execution.getProcessBusinessKey()
          : newApplicationId(standard, (Date) execution.getVariable(SUBMITTED_AT));
      execution.setVariable(APPLICATION_ID, id);
    }
    if (execution.getProcessBusinessKey() == null) {
      execution.setProcessBusinessKey(id);
    }
    for (String list : new String[] {CASE_TYPE, APPLICANT_FLAGS, DOCUMENTS_SUBMITTED}) {
      if (execution.getVariable(list) == null) {
        execution.setVariable(list, "");
      }
    }
    execution.setVariable(STATUS, ApplicationStatus.SUBMITTED.name());
    ensureRecorded(execution, standard, id);
  }

  /** Applications started in Tasklist have no row yet; those from the API have one. */
  private void ensureRecorded(DelegateExecution execution, Standard standard, String applicationId) {
    if (records.exists(applicationId)) {
      records.attachProcess(applicationId, execution.getProcessInstanceId());
      return;
    }
    Date submittedAt = (Date) execution.getVariable(SUBMITTED_AT);
    records.insert(new ApplicationRecord(applicationId, standard.number(), standard.processKey(),
        (String) execution.getVariable(CHANNEL), (String) execution.getVariable(CASE_TYPE),
        (String) execution.getVariable(APPLICANT_IIN), (String) execution.getVariable(APPLICANT_NAME),
        ApplicationStatus.SUBMITTED, submittedAt.toInstant().atOffset(ZoneOffset.UTC), null, null, null,
        execution.getProcessInstanceId(), null, null, OffsetDateTime.now(ZoneOffset.UTC), userOf(execution)));
  }

  private static String userOf(DelegateExecution execution) {
    var authentication = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return authentication == null ? null : authentication.getUserId();
  }

  /** e.g. S02-20260318-3F9A1C2B: the standard, the local day of submission, a random part. */
  public String newApplicationId(Standard standard, Date submittedAt) {
    LocalDate day = deadlines.localDay(submittedAt);
    return standard.code().toUpperCase() + "-" + DAY.format(day) + "-"
        + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
  }
}
