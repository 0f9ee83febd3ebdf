package kz.qyzmet.process;

import static kz.qyzmet.process.ProcessVariables.*;

import kz.qyzmet.calendar.DeadlineService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The reminder before a statutory due date: the open tasks already carry it as their follow-up
 * date, so Tasklist's follow-up filters show them; this records when it fired.
 */
@Component("reminders")
public class Reminders {

  public static final String REMINDER_SENT_AT = "reminderSentAt";
  private static final Logger LOG = LoggerFactory.getLogger(Reminders.class);

  private final DeadlineService deadlines;

  public Reminders(DeadlineService deadlines) {
    this.deadlines = deadlines;
  }

  public void remind(DelegateExecution execution) {
    execution.setVariable(REMINDER_SENT_AT, deadlines.now());
    LOG.info("Reminder: application {} is due {}", execution.getVariable(APPLICATION_ID),
        execution.getVariable(STATUTORY_DUE_DATE));
  }
}
