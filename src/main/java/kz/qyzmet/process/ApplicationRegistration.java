package kz.qyzmet.process;

import static kz.qyzmet.process.ProcessVariables.*;

import java.util.Date;
import kz.qyzmet.application.ApplicationRecords;
import kz.qyzmet.application.ApplicationStatus;
import kz.qyzmet.catalog.Standard;
import kz.qyzmet.catalog.StandardsCatalog;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Registers an accepted application: the groups that take and review it, its statutory due date
 * (counted by the calendar from the submission and the channel's term) on its row.
 */
@Component("applicationRegistration")
public class ApplicationRegistration implements JavaDelegate {

  private final StandardsCatalog catalog;
  private final ApplicationRecords records;
  private final DeadlineVariables deadlineVariables;

  private final ApplicationWording applicationWording;

  public ApplicationRegistration(StandardsCatalog catalog, ApplicationRecords records,
      DeadlineVariables deadlineVariables, ApplicationWording applicationWording) {
    this.applicationWording = applicationWording;
    this.catalog = catalog;
    this.records = records;
    this.deadlineVariables = deadlineVariables;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Standard standard = applicationWording.of(execution::getVariable).standard();
    String channel = (String) execution.getVariable(CHANNEL);
    String applicationId = (String) execution.getVariable(APPLICATION_ID);
    execution.setVariable(INTAKE_GROUP, WorkGroups.intakeGroup(channel, standard));
    execution.setVariable(REVIEWER_GROUP, WorkGroups.reviewerGroup(standard));
    execution.setVariable(STATUS, ApplicationStatus.REGISTERED.name());

    Date due = deadlineVariables.refresh(execution.getProcessInstanceId(), "REGISTERED",
        "Statutory term of " + standard.code() + " at channel " + channel, null);
    execution.setVariable(ORIGINAL_DUE_DATE, due);
    records.registered(applicationId, due);
  }

}
