package kz.qyzmet.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * Drives one application through its processes as the workers and the engine would: starts it at a
 * given moment, completes tasks, moves the clock and fires the timers that are due. No sleeps.
 */
public class ProcessScenario {

  public static final String ALMATY = "+05:00";

  private final ProcessEngine engine;
  private final RuntimeService runtime;
  private final TaskService tasks;
  private final ManagementService management;
  private final HistoryService history;
  private ProcessInstance instance;

  public ProcessScenario(ProcessEngine engine) {
    this.engine = engine;
    this.runtime = engine.getRuntimeService();
    this.tasks = engine.getTaskService();
    this.management = engine.getManagementService();
    this.history = engine.getHistoryService();
  }

  /** Sets the engine clock to a local time in Almaty, e.g. "2026-03-18T10:00". */
  public static void clockAt(String localAlmaty) {
    ClockUtil.setCurrentTime(at(localAlmaty));
  }

  public static Date at(String localAlmaty) {
    return Date.from(OffsetDateTime.parse(localAlmaty + (localAlmaty.length() == 16 ? ":00" : "") + ALMATY).toInstant());
  }

  public static void resetClock() {
    ClockUtil.reset();
  }

  public ProcessInstance start(String processKey, Map<String, Object> variables) {
    instance = runtime.startProcessInstanceByKey(processKey, new HashMap<>(variables));
    return instance;
  }

  /** Starts a block on its own, with the business key its call activity would pass. */
  public ProcessInstance start(String processKey, String businessKey, Map<String, Object> variables) {
    instance = runtime.startProcessInstanceByKey(processKey, businessKey, new HashMap<>(variables));
    return instance;
  }

  public ProcessInstance instance() {
    return instance;
  }

  /** The instance of a called block that is running under this application, e.g. common-statutory-review. */
  public ProcessInstance called(String processKey) {
    return runtime.createProcessInstanceQuery().processDefinitionKey(processKey)
        .processInstanceBusinessKey(instance.getBusinessKey()).active().singleResult();
  }

  /** The one open task of this application with this definition key, across its blocks. */
  public Task task(String taskDefinitionKey) {
    List<Task> found = tasks.createTaskQuery().processInstanceBusinessKey(instance.getBusinessKey())
        .taskDefinitionKey(taskDefinitionKey).list();
    assertThat(found).as("open tasks %s of %s", taskDefinitionKey, instance.getBusinessKey()).hasSize(1);
    return found.get(0);
  }

  public List<Task> openTasks() {
    return tasks.createTaskQuery().processInstanceBusinessKey(instance.getBusinessKey()).list();
  }

  public void complete(String taskDefinitionKey, Map<String, Object> variables) {
    tasks.complete(task(taskDefinitionKey).getId(), variables);
  }

  public void complete(String taskDefinitionKey) {
    complete(taskDefinitionKey, Map.of());
  }

  /** Moves the clock and executes every timer of this application due by then, in due order. */
  public void moveClockAndFireTimers(String localAlmaty) {
    clockAt(localAlmaty);
    fireDueTimers();
  }

  public void fireDueTimers() {
    for (int round = 0; round < 20; round++) {
      List<Job> due = management.createJobQuery().timers().duedateLowerThan(new Date(ClockUtil.getCurrentTime().getTime() + 1))
          .list().stream().filter(this::belongsHere).toList();
      if (due.isEmpty()) {
        return;
      }
      for (Job job : due) {
        management.executeJob(job.getId());
      }
    }
  }

  private boolean belongsHere(Job job) {
    ProcessInstance owner = runtime.createProcessInstanceQuery().processInstanceId(job.getProcessInstanceId())
        .singleResult();
    return owner != null && instance.getBusinessKey().equals(owner.getBusinessKey());
  }

  /** Timers of this application, by activity id (e.g. BoundaryEvent_StatutoryDeadline). */
  public Job timer(String activityId) {
    List<Job> found = management.createJobQuery().timers().activityId(activityId).list().stream()
        .filter(this::belongsHere).toList();
    assertThat(found).as("timer %s", activityId).hasSize(1);
    return found.get(0);
  }

  public boolean hasTimer(String activityId) {
    return management.createJobQuery().timers().activityId(activityId).list().stream().anyMatch(this::belongsHere);
  }

  public Object variable(String name) {
    var value = history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId()).variableName(name)
        .singleResult();
    return value == null ? null : value.getValue();
  }

  /** The activities this application passed through in the spine, in order. */
  public List<String> path() {
    return history.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
        .orderPartiallyByOccurrence().asc().list().stream()
        .map(HistoricActivityInstance::getActivityId).toList();
  }

  public boolean ended() {
    return runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).count() == 0;
  }

  public ProcessEngine engine() {
    return engine;
  }
}
