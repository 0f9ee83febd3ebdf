package kz.qyzmet.process;

import static kz.qyzmet.process.ProcessVariables.*;

import java.util.Date;
import java.util.List;
import kz.qyzmet.application.ApplicationRecords;
import kz.qyzmet.application.ApplicationStatus;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The portal's automated information services (e.g. standard 2, p. 3(3): "information on the
 * assignment" within 30 minutes): the answer is read from the applicant's own applications for the
 * same standard, without a worker.
 */
@Component("informationRequests")
public class InformationRequests {

  public static final String INFORMATION_ANSWER = "informationAnswer";

  private final JdbcTemplate jdbc;
  private final ApplicationProgress progress;
  private final DeadlineVariables deadlineVariables;
  private final ApplicationRecords records;

  public InformationRequests(JdbcTemplate jdbc, ApplicationProgress progress, DeadlineVariables deadlineVariables,
      ApplicationRecords records) {
    this.jdbc = jdbc;
    this.progress = progress;
    this.deadlineVariables = deadlineVariables;
    this.records = records;
  }

  public void answer(DelegateExecution execution) {
    int standard = ((Number) execution.getVariable(STANDARD_NUMBER)).intValue();
    String iin = (String) execution.getVariable(APPLICANT_IIN);
    String self = (String) execution.getVariable(APPLICATION_ID);
    List<String> statuses = jdbc.queryForList("""
        select status from qz_application
        where standard_number = ? and applicant_iin = ? and id <> ? and status in (?, ?)
        order by submitted_at desc""", String.class, standard, iin, self,
        ApplicationStatus.GRANTED.name(), ApplicationStatus.REFUSED.name());
    // The answer is immediate; its statutory term (e.g. 30 minutes) is still recorded.
    Date due = deadlineVariables.refresh(execution.getProcessInstanceId(), "REGISTERED", "Information request", null);
    records.answeredWithin(self, due);
    execution.setVariable(INFORMATION_ANSWER, statuses.isEmpty() ? "NO_DECISION" : statuses.get(0));
    progress.status(execution, ApplicationStatus.ANSWERED.name());
  }
}
