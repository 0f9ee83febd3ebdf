package kz.qyzmet.process;

import static kz.qyzmet.process.ProcessVariables.DECISION;
import static kz.qyzmet.process.ProcessVariables.DOCUMENTS_DELIVERED;
import static kz.qyzmet.process.ProcessVariables.REQUESTED_DOCUMENTS;

import jakarta.ws.rs.core.Response.Status;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.delegate.DelegateExecution;
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
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The documents a worker ticks in a task form (the documents to request, the documents received),
 * checked when the task is completed (not when a timer or a message cancels it) against the lists the
 * form offered, computed again from the case ({@link TaskFormTexts#choices}).
 *
 * <p>Tasklist submits a checklist as a Json array of codes: it must name at least one document and
 * only documents the form offered; it is then stored as the comma-separated codes the processes and
 * the API read. The API and the tests may still send those codes as a string, checked for their
 * form. A wrong entry is refused in Kazakh and Russian words and completes nothing. Like
 * {@code ApplicationRefused} the refusal is a REST exception thrown from an execution listener:
 * Tasklist's submit-form answers it with 400 and its message (a task listener's would be a 500).
 */
@Component
public class DocumentCodesChecked extends AbstractProcessEnginePlugin {

  private final ObjectProvider<TaskFormTexts> texts;

  public DocumentCodesChecked(ObjectProvider<TaskFormTexts> texts) {
    this.texts = texts;
  }

  /** Said first when a task is not completed; the engine REST answer starts its detail there. */
  public static final String REFUSED = "Тапсырма аяқталмады / Задача не завершена";

  /** The tasks whose forms tick documents (or whose API callers send their codes), and the variable each writes. */
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
              checkChoice(execution, activity.getId(), variable);
            }
          });
        }
      }
    });
    configuration.setCustomPostBPMNParseListeners(listeners);
  }

  /** A ticked list becomes the comma-separated codes; a string is checked for its form. */
  private void checkChoice(DelegateExecution execution, String activityId, String variable) {
    Object value = execution.getVariable(variable);
    if (value == null || value instanceof String) {
      check(execution, variable);
      return;
    }
    if (REQUESTED_DOCUMENTS.equals(variable) && !"request-documents".equals(execution.getVariable(DECISION))) {
      // A list left from a form whose decision is another: the process keeps no list it does not use.
      execution.removeVariable(variable);
      return;
    }
    List<String> codes = ticked(value);
    if (codes.isEmpty()) {
      throw refused("Бірде-бір құжат белгіленбеген / Не отмечен ни один документ");
    }
    Map<String, RequiredDocument> offered = texts.getObject().choices(execution, activityId);
    List<String> unknown = codes.stream().filter(code -> !offered.containsKey(code)).toList();
    if (!unknown.isEmpty()) {
      throw refused("Белгіленген құжаттар арасында бұл тапсырманың тізімінде жоқ құжат бар (" + unknown.size()
          + "), тізімнен таңдаңыз / Среди отмеченных есть документ не из перечня этой задачи (" + unknown.size()
          + "), выберите из перечня");
    }
    execution.setVariable(variable, CodeList.format(codes));
  }

  /** The codes of a Json array of strings (as Tasklist submits a checklist) or a list; null entries refused. */
  private static List<String> ticked(Object value) {
    List<Object> items = new ArrayList<>();
    if (value instanceof SpinJsonNode node) {
      if (!node.isArray()) {
        throw refused("Құжаттар тізім ретінде берілмеген / Документы переданы не списком");
      }
      for (SpinJsonNode element : node.elements()) {
        items.add(element.isString() ? element.stringValue() : null);
      }
    } else if (value instanceof Collection<?> collection) {
      items.addAll(collection);
    } else {
      throw refused("Құжаттар тізім ретінде берілмеген / Документы переданы не списком");
    }
    List<String> codes = new ArrayList<>();
    for (Object item : items) {
      if (!(item instanceof String code) || code.isBlank()) {
        throw refused("Тізімде құжат емес мән бар / В списке есть значение, не являющееся документом");
      }
      if (!codes.contains(code.trim())) {
        codes.add(code.trim());
      }
    }
    return codes;
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
