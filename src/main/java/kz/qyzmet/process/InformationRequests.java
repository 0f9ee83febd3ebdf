package kz.qyzmet.process;

import static kz.qyzmet.process.ProcessVariables.*;

import java.util.List;
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

  public InformationRequests(JdbcTemplate jdbc, ApplicationProgress progress) {
    this.jdbc = jdbc;
    this.progress = progress;
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
    execution.setVariable(INFORMATION_ANSWER, statuses.isEmpty() ? "NO_DECISION" : statuses.get(0));
    progress.status(execution, ApplicationStatus.ANSWERED.name());
  }
}
