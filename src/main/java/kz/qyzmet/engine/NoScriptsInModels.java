package kz.qyzmet.engine;

import java.util.ArrayList;
import java.util.List;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import org.camunda.bpm.engine.BpmnParseException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.scripting.engine.ScriptEngineResolver;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Script execution in models is off: a model that carries a script (a script task, a
 * {@code camunda:script} listener or mapping, a condition in a script language) is refused when it is
 * deployed, and the engine has no script engine to run one with (DMN tables included). Qyzmet's
 * models call Spring beans and FEEL; a script would be code run on the server by whoever deploys a
 * model. {@code qyzmet.security.scripts-in-models=true} turns this off (no profile does).
 *
 * <p>Uses the engine's parse listener and script engine resolver (impl API, kept by Operaton), as
 * Camunda has no switch for it.
 */
@Component
@ConditionalOnProperty(prefix = "qyzmet.security", name = "scripts-in-models", havingValue = "false", matchIfMissing = true)
public class NoScriptsInModels implements ProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners = configuration.getCustomPreBPMNParseListeners() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreBPMNParseListeners());
    listeners.add(new RefuseScripts());
    configuration.setCustomPreBPMNParseListeners(listeners);
    configuration.setScriptEngineResolver(new NoScriptEngines());
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {}

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {}

  static final class RefuseScripts extends AbstractBpmnParseListener {
    @Override
    public void parseRootElement(Element rootElement, List<ProcessDefinitionEntity> processDefinitions) {
      List<String> scripts = new ArrayList<>();
      find(rootElement, scripts);
      if (!scripts.isEmpty()) {
        // A parse error of the model (the deployment is refused as invalid, 400 at the REST door).
        throw new BpmnParseException("Scripts are not allowed in models here (" + String.join(", ", scripts)
            + "): call a service of the application instead", rootElement);
      }
    }

    private static void find(Element element, List<String> scripts) {
      String tag = element.getTagName();
      String language = element.attribute("language");
      if (tag.equals("scriptTask") || tag.equals("script") || (language != null && !language.isBlank())) {
        String id = element.attribute("id");
        scripts.add(tag + (id == null ? "" : " " + id));
      }
      element.elements().forEach(child -> find(child, scripts));
    }
  }

  static final class NoScriptEngines implements ScriptEngineResolver {
    private final ScriptEngineManager manager = new ScriptEngineManager(null);

    @Override
    public ScriptEngineManager getScriptEngineManager() {
      return manager;
    }

    @Override
    public void addScriptEngineFactory(javax.script.ScriptEngineFactory scriptEngineFactory) {}

    @Override
    public ScriptEngine getScriptEngine(String language, boolean resolveFromCache) {
      return null;
    }
  }
}
