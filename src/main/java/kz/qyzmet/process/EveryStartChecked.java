package kz.qyzmet.process;

import java.util.ArrayList;
import java.util.List;
import kz.qyzmet.catalog.StandardsCatalog;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Gives every standard's process {@link ApplicationStart} as a built-in start listener of the
 * process itself. The spine's own start-event listener can be skipped by a start with
 * {@code skipCustomListeners} or by start instructions that begin at a later activity (both open
 * to the engine REST API); a built-in process start listener runs for every instantiation.
 */
@Component
public class EveryStartChecked extends AbstractProcessEnginePlugin {

  private final StandardsCatalog catalog;
  private final ObjectProvider<ApplicationStart> applicationStart;

  public EveryStartChecked(StandardsCatalog catalog, ObjectProvider<ApplicationStart> applicationStart) {
    this.catalog = catalog;
    this.applicationStart = applicationStart;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null ? new ArrayList<>()
        : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
    listeners.add(new AbstractBpmnParseListener() {
      @Override
      public void parseProcess(Element processElement, ProcessDefinitionEntity definition) {
        if (catalog.byProcessKey(definition.getKey()).isPresent()) {
          definition.addBuiltInListener(ExecutionListener.EVENTNAME_START,
              (ExecutionListener) execution -> applicationStart.getObject().atProcessStart(execution));
        }
      }
    });
    configuration.setCustomPostBPMNParseListeners(listeners);
  }
}
