package kz.qyzmet.process;

import static kz.qyzmet.process.ProcessVariables.DECISION;
import static kz.qyzmet.process.ProcessVariables.DOCUMENTS_DELIVERED;
import static kz.qyzmet.process.ProcessVariables.REQUESTED_DOCUMENTS;

import jakarta.ws.rs.core.Response.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.rest.exception.InvalidRequestException;
import org.springframework.stereotype.Component;

/**
 * Checks the document codes a worker types into a task form (the documents received, the documents
 * to request) when the task is completed (not when a timer or a message cancels it). form-js 7.24 can answer a wrong entry only with its regular
 * expression ("Field must match pattern ^\s*[A-Za-z0-9_-]+..."), so the forms leave the format to this
 * check, which refuses in Kazakh and Russian words and completes nothing. Like {@code ApplicationRefused}
 * the refusal is a REST exception: Tasklist's submit-form answers it with 400 and its message.
 */
@Component
public class DocumentCodesChecked extends AbstractProcessEnginePlugin {

  /** Said first when a task is not completed; the engine REST answer starts its detail there. */
  public static final String REFUSED = "Тапсырма аяқталмады / Задача не завершена";

  /** The tasks whose forms take document codes, and the variable each writes. */
  static final Map<String, String> CODE_FIELDS = Map.of(
      "UserTask_ReceiveDocuments", DOCUMENTS_DELIVERED,
      "UserTask_ReceiveApplicantDocuments", DOCUMENTS_DELIVERED,
      "UserTask_ReceiveLateApplicantDocuments", DOCUMENTS_DELIVERED,
      "UserTask_ReviewApplication", REQUESTED_DOCUMENTS);

  static final Pattern CODES = Pattern.compile("\\s*[A-Za-z0-9_-]+(\\s*,\\s*[A-Za-z0-9_-]+)*\\s*");

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null ? new ArrayList<>()
        : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
    listeners.add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        String variable = CODE_FIELDS.get(activity.getId());
        if (variable != null) {
          // An execution listener, not a task listener: the engine wraps a task listener's exception
          // into a 500, but lets an execution listener's REST exception through as its 400.
          activity.addBuiltInListener(ExecutionListener.EVENTNAME_END, (ExecutionListener) execution -> {
            if (!execution.isCanceled()) {
              check(execution, variable);
            }
          });
        }
      }
    });
    configuration.setCustomPostBPMNParseListeners(listeners);
  }

  static void check(VariableScope task, String variable) {
    if (REQUESTED_DOCUMENTS.equals(variable) && !"request-documents".equals(task.getVariable(DECISION))) {
      return;
    }
    Object value = task.getVariable(variable);
    if (value == null || (value instanceof String text && text.isBlank())) {
      throw refused("Құжат кодтары толтырылмаған / Коды документов не заполнены");
    }
    if (!(value instanceof String text) || !CODES.matcher(text).matches()) {
      String shown = String.valueOf(value);
      shown = "«" + (shown.length() <= 64 ? shown : shown.substring(0, 61) + "...") + "»";
      throw refused("Құжат кодтары " + shown + " қате жазылған: кодтар үтір арқылы, бос орынсыз жазылады (әріптер, "
          + "сандар, _ және -) / Коды документов " + shown + " записаны неверно: коды пишутся через запятую, без "
          + "пробелов (буквы, цифры, _ и -)");
    }
  }

  private static InvalidRequestException refused(String words) {
    return new InvalidRequestException(Status.BAD_REQUEST, REFUSED + ": " + words);
  }
}
