package kz.qyzmet.process;

import static kz.qyzmet.process.ProcessVariables.*;

import kz.qyzmet.calendar.DeadlineService;
import kz.qyzmet.events.ApplicationEvents;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Registers a complaint: who reviews it by its level, and its review term (5 or 15 working days
 * from the day of registration, the day itself not counted).
 */
@Component("complaintRegistration")
public class ComplaintRegistration implements JavaDelegate {

  private final DeadlineService deadlines;
  private final DeadlineVariables deadlineVariables;
  private final ApplicationEvents events;

  public ComplaintRegistration(DeadlineService deadlines, DeadlineVariables deadlineVariables,
      ApplicationEvents events) {
    this.events = events;
    this.deadlines = deadlines;
    this.deadlineVariables = deadlineVariables;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ComplaintLevel level = ComplaintLevel.of((String) execution.getVariable(COMPLAINT_LEVEL));
    if (execution.getVariable(COMPLAINT_REGISTERED_AT) == null) {
      execution.setVariable(COMPLAINT_REGISTERED_AT, deadlines.now());
    }
    if (execution.getVariable(COMPLAINT_ID) == null) {
      execution.setVariable(COMPLAINT_ID, execution.getProcessBusinessKey() != null
          ? execution.getProcessBusinessKey() : execution.getProcessInstanceId());
    }
    execution.setVariable(COMPLAINT_REVIEWER_GROUP, level.reviewerGroup());
    deadlineVariables.refresh(execution.getProcessInstanceId(), "COMPLAINT", "Complaint registered", null);
    events.complaintRegistered(execution);
  }
}
