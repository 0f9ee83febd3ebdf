package kz.qyzmet.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import kz.qyzmet.process.TaskFormTexts;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.bpmn.behavior.CallableElementActivityBehavior;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.core.variable.CoreVariableInstance;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.HistoricVariableInstanceEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * History stays at level {@code full} (the audit trail: every task, decision, due-date change, user
 * operation, incident and job), but the engine's database writes leave out the rows that record only
 * an internal copy of a value between an application's spine and the shared blocks it calls
 * (processes/common, process keys {@code common-*}):
 * <ul>
 *   <li>in a block's instance, a variable created by an in-mapping with the very value its caller holds
 *       (or a null, where the caller holds no such variable),
 *       a block it calls handing that same value back, and the variable's deletion when the block ends
 *       (the value is in the spine's own history);</li>
 *   <li>on the spine, an out-mapping's update that does not change the value (no new detail row, the
 *       historic variable stays as it was).</li>
 *   <li>a task's presentation variables ({@link TaskFormTexts#PRESENTATION}: the case in words and the
 *       forms' option lists, derived from the case's variables). They are no longer stored but computed
 *       when a form reads them; a task created before that still holds them until it ends.</li>
 * </ul>
 * A block's own values (what its tasks, decisions and services set, even a copy's value set again by a
 * person) keep their history, and so does every value the spine receives. Only variable events are
 * looked at: tasks, activities, decisions, incidents, jobs and the user operation log pass unchanged. {@code qyzmet.history.skip-copies=false}
 * writes every event again.
 *
 * <p>Uses the engine's history event handler extension point (custom handlers with the default database
 * handler switched off, the default one wrapped); impl API: an engine upgrade must re-check
 * {@link DbHistoryEventHandler}'s variable events and the event's fields read here (see docs/performance.md).
 */
@Component
public class HistoryWithoutCopies implements ProcessEnginePlugin {

  /** Process keys of the shared blocks the spines call (processes/common). */
  public static final String SHARED_BLOCK_PREFIX = "common-";

  private final CopiesLeftOut handler;

  public HistoryWithoutCopies(@Value("${qyzmet.history.skip-copies:true}") boolean skipCopies) {
    this.handler = new CopiesLeftOut(new DbHistoryEventHandler(), skipCopies);
  }

  public boolean skipsCopies() {
    return handler.skipCopies;
  }

  /** For tests that compare the history with and without copies in one engine. */
  public void skipCopies(boolean skip) {
    handler.skipCopies = skip;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<HistoryEventHandler> handlers = configuration.getCustomHistoryEventHandlers() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomHistoryEventHandlers());
    handlers.add(handler);
    configuration.setCustomHistoryEventHandlers(handlers);
    // The engine's own database handler would write everything a second time: it is the one wrapped.
    configuration.setEnableDefaultDbHistoryEventHandler(false);
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {}

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {}

  static final class CopiesLeftOut implements HistoryEventHandler {
    private final HistoryEventHandler database;
    private volatile boolean skipCopies;

    CopiesLeftOut(HistoryEventHandler database, boolean skipCopies) {
      this.database = database;
      this.skipCopies = skipCopies;
    }

    @Override
    public void handleEvent(HistoryEvent event) {
      if (skipCopies && event instanceof HistoricVariableUpdateEventEntity variable
          && (isCopy(variable) || isPresentation(variable))) {
        return;
      }
      database.handleEvent(event);
    }

    @Override
    public void handleEvents(List<HistoryEvent> events) {
      for (HistoryEvent event : events) {
        handleEvent(event);
      }
    }

    /** A task's words for the worker, derived from the case's variables (stored by tasks of older versions). */
    private static boolean isPresentation(HistoricVariableUpdateEventEntity event) {
      return event.getTaskId() != null && TaskFormTexts.PRESENTATION.contains(event.getVariableName());
    }

    private static boolean isCopy(HistoricVariableUpdateEventEntity event) {
      if (event.getProcessInstanceId() == null || event.getTaskId() != null) {
        return false;
      }
      boolean inBlock = event.getProcessDefinitionKey() != null
          && event.getProcessDefinitionKey().startsWith(SHARED_BLOCK_PREFIX);
      if (event.isEventOfType(HistoryEventTypes.VARIABLE_INSTANCE_CREATE)) {
        // An out-mapping of a variable the block never held brings the caller a null it did not hold.
        return inBlock ? sameAsCaller(event, true) : "null".equals(event.getSerializerName()) && atCallActivity(event);
      }
      if (event.isEventOfType(HistoryEventTypes.VARIABLE_INSTANCE_UPDATE)) {
        boolean outMapping = atCallActivity(event);
        if (!inBlock && !outMapping) {
          return false;
        }
        HistoricVariableInstanceEntity recorded = recorded(event);
        if (recorded != null) {
          return outMapping && sameValue(recorded, event);
        }
        // A copy the block never recorded, set again by a block it calls with the value it came with.
        return inBlock && outMapping && sameAsCaller(event, false);
      }
      if (event.isEventOfType(HistoryEventTypes.VARIABLE_INSTANCE_DELETE)) {
        // A block's copy that never got a row of its own: nothing to mark deleted.
        return inBlock && recorded(event) == null;
      }
      return false;
    }

    private static HistoricVariableInstanceEntity recorded(HistoricVariableUpdateEventEntity event) {
      // The same look-up the database handler makes for an update or a deletion (then found in the cache).
      return Context.getCommandContext().getDbEntityManager()
          .selectById(HistoricVariableInstanceEntity.class, event.getVariableInstanceId());
    }

    /**
     * The value is the one the block's caller holds under the same name; {@code atStart}: set while the
     * block's instance starts, that is by the call activity's in-mappings (a value a task or service of
     * the block sets later is the block's own, even when it equals the caller's).
     */
    private static boolean sameAsCaller(HistoricVariableUpdateEventEntity event, boolean atStart) {
      CommandContext context = Context.getCommandContext();
      ExecutionEntity instance = context.getExecutionManager().findExecutionById(event.getProcessInstanceId());
      ExecutionEntity caller = instance == null ? null : instance.getSuperExecution();
      // The in-mappings are applied before the instance enters its start event: no activity instance yet.
      if (caller == null || (atStart && instance.getActivityInstanceId() != null && !instance.isProcessInstanceStarting())) {
        return false;
      }
      CoreVariableInstance held = caller.getVariableInstance(event.getVariableName());
      if (held == null) {
        // A mapping of a variable the caller does not hold gives the block a null: a copy of nothing.
        return "null".equals(event.getSerializerName());
      }
      return held instanceof VariableInstanceEntity entity
          && Objects.equals(entity.getSerializerName(), event.getSerializerName())
          && Objects.equals(entity.getTextValue(), event.getTextValue())
          && Objects.equals(entity.getTextValue2(), event.getTextValue2())
          && Objects.equals(entity.getLongValue(), event.getLongValue())
          && Objects.equals(entity.getDoubleValue(), event.getDoubleValue())
          && Arrays.equals(entity.getByteArrayValueId() == null ? null : entity.getByteArrayValue(),
              event.getByteValue());
    }

    private static boolean sameValue(HistoricVariableInstanceEntity recorded, HistoricVariableUpdateEventEntity event) {
      return Objects.equals(recorded.getSerializerName(), event.getSerializerName())
          && Objects.equals(recorded.getTextValue(), event.getTextValue())
          && Objects.equals(recorded.getTextValue2(), event.getTextValue2())
          && Objects.equals(recorded.getLongValue(), event.getLongValue())
          && Objects.equals(recorded.getDoubleValue(), event.getDoubleValue())
          && Arrays.equals(recorded.getByteArrayId() == null ? null : recorded.getByteArrayValue(),
              event.getByteValue());
    }

    /** The update was made by a call activity (its out-mappings), not by a task, service or listener elsewhere. */
    private static boolean atCallActivity(HistoricVariableUpdateEventEntity event) {
      String activityInstanceId = event.getActivityInstanceId();
      int colon = activityInstanceId == null ? -1 : activityInstanceId.indexOf(':');
      if (colon <= 0 || event.getProcessDefinitionId() == null) {
        return false;
      }
      ProcessDefinitionEntity definition = Context.getProcessEngineConfiguration().getDeploymentCache()
          .findDeployedProcessDefinitionById(event.getProcessDefinitionId());
      ActivityImpl activity = definition == null ? null : definition.findActivity(activityInstanceId.substring(0, colon));
      return activity != null && activity.getActivityBehavior() instanceof CallableElementActivityBehavior;
    }
  }
}
