package kz.qyzmet.process;

import static kz.qyzmet.process.ProcessVariables.*;

import kz.qyzmet.identity.Supervision;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Presents every task to the workers as it is created: names it so that a worker's list explains
 * itself (the standard, the step in Kazakh and Russian, the element's name, and the applicant, e.g.
 * "S02 · Өтінішті қарау / Рассмотреть заявление · Сапарова А.") and gives the heads of its workers
 * their rights on it ({@link Supervision}). What its form shows of the case is computed when the form
 * reads it ({@link TaskFormTexts}).
 */
@Component("taskPresentation")
public class TaskPresentation implements TaskListener {

  static final String SEPARATOR = " · ";

  @Override
  public void notify(DelegateTask task) {
    String step = task.getName() == null ? task.getTaskDefinitionKey() : task.getName();
    StringBuilder name = new StringBuilder();
    Object code = task.getVariable(STANDARD_CODE);
    if (code != null) {
      name.append(code.toString().toUpperCase()).append(SEPARATOR);
    }
    name.append(step);
    String applicant = shortName((String) task.getVariable(APPLICANT_NAME));
    if (applicant != null) {
      name.append(SEPARATOR).append(applicant);
    }
    task.setName(name.toString());
    Supervision.grantHeads(task);
  }

  /** "Сапарова Айгүл Маратқызы" becomes "Сапарова А.". */
  static String shortName(String fullName) {
    if (fullName == null || fullName.isBlank()) {
      return null;
    }
    String[] parts = fullName.trim().split("\\s+");
    if (parts.length == 1) {
      return parts[0];
    }
    return parts[0] + " " + parts[1].substring(0, 1) + ".";
  }
}
