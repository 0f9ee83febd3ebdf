package kz.qyzmet.automated;

import static kz.qyzmet.process.ProcessVariables.*;

import kz.qyzmet.catalog.RefusalGround;
import kz.qyzmet.process.ApplicationWording;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The steps of a fully automated service around its external task (standard 8, p. 5: "fully
 * automated"), called from the spine as expressions: the information system's answer becomes the
 * result; an error it reports becomes a refusal where the decree has a ground of that code, and a
 * reviewer's task otherwise; a person's answer by hand is checked before it becomes the result.
 */
@Component("automatedAnswers")
public class AutomatedAnswers {

  private static final Logger LOG = LoggerFactory.getLogger(AutomatedAnswers.class);

  public static final String GRANT = "grant";
  public static final String REFUSE = "refuse";

  private final ApplicationWording applicationWording;

  public AutomatedAnswers(ApplicationWording applicationWording) {
    this.applicationWording = applicationWording;
  }

  /** Who answers by hand when the system cannot: its owner's specialists (ZTMO's, for standard 8). */
  public String handGroup(DelegateExecution execution) {
    int number = ((Number) execution.getVariable(STANDARD_NUMBER)).intValue();
    return InformationSystems.fromClasspath().systemOf(number).map(InformationSystems.InformationSystem::handGroup)
        .orElse((String) execution.getVariable(REVIEWER_GROUP));
  }

  /** Whether the system's answer carries the result. */
  public boolean answered(DelegateExecution execution) {
    return !blank(execution.getVariable(AUTOMATED_RESULT));
  }

  /** The system's answer is the result: the service is rendered. */
  public void received(DelegateExecution execution) {
    execution.setVariable(DECISION, GRANT);
  }

  /**
   * The system reported an error (a BPMN error with its code) or a failure: a refusal where the
   * standard has a ground of that code after acceptance; otherwise the reviewer answers by hand.
   */
  public void failed(DelegateExecution execution) {
    String error = (String) execution.getVariable(AUTOMATED_ANSWER_ERROR);
    String channel = (String) execution.getVariable(CHANNEL);
    // The grounds of the wording the application answers to.
    RefusalGround ground = applicationWording.of(execution::getVariable).standard().refusalGrounds().stream()
        .filter(g -> !"intake".equals(g.stage()) && g.code().equals(error)
            && (g.channels().isEmpty() || g.channels().contains(channel)))
        .findFirst().orElse(null);
    LOG.warn("The information system could not answer application {}: {} ({}){}",
        execution.getVariable(APPLICATION_ID), error, execution.getVariable(AUTOMATED_ANSWER_ERROR_MESSAGE),
        ground == null ? "; a reviewer answers it by hand" : "; refused on " + ground.paragraph());
    if (ground != null) {
      execution.setVariable(DECISION, REFUSE);
      execution.setVariable(REFUSAL_GROUND, ground.code());
    }
  }

  /** A person's answer: the result's document for a grant, the reason for a refusal. */
  public void answeredByHand(DelegateTask task) {
    Object decision = task.getVariable(DECISION);
    if (GRANT.equals(decision) && blank(task.getVariable(AUTOMATED_RESULT))) {
      throw new ProcessEngineException("Нәтиже құжатын енгізіңіз / Enter the result document (automatedResult)");
    }
    if (REFUSE.equals(decision) && blank(task.getVariable(DECISION_COMMENT))) {
      throw new ProcessEngineException("Бас тарту себебін жазыңыз / Write the reason for the refusal (decisionComment)");
    }
    if (!GRANT.equals(decision) && !REFUSE.equals(decision)) {
      throw new ProcessEngineException("Шешімді таңдаңыз / Choose the decision (decision: grant or refuse)");
    }
  }

  private static boolean blank(Object value) {
    return value == null || value.toString().isBlank();
  }
}
