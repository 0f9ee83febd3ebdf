package kz.qyzmet.sla;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The complaints under review: instances of {@code complaint-review} waiting at the review task,
 * whose due date is the complaint's. Two engine queries whatever their number: the review tasks,
 * then the complaints' variables for all of them at once (in chunks of {@value #CHUNK} ids).
 *
 * <p>The queries run as the caller: in Cockpit under the webapp user's engine authorizations
 * (process owners read every task and instance), elsewhere unrestricted after the SLA's own check.
 */
@Component
public class OpenComplaints {

  static final String PROCESS_KEY = "complaint-review";
  static final String REVIEW_TASK = "UserTask_ReviewComplaint";
  private static final int CHUNK = 500;
  private static final String[] VARIABLES = {"complaintId", "standardNumber", "applicationId", "complaintLevel"};

  public record OpenComplaint(String complaintId, String processInstanceId, Integer standard, String applicationId,
      String level, Instant dueAt) {}

  private final TaskService taskService;
  private final RuntimeService runtimeService;

  public OpenComplaints(TaskService taskService, RuntimeService runtimeService) {
    this.taskService = taskService;
    this.runtimeService = runtimeService;
  }

  /** Every complaint under review, the earliest due first. */
  public List<OpenComplaint> list() {
    List<Task> tasks = taskService.createTaskQuery().processDefinitionKey(PROCESS_KEY)
        .taskDefinitionKey(REVIEW_TASK).list();
    if (tasks.isEmpty()) {
      return List.of();
    }
    Map<String, Map<String, Object>> variables = new HashMap<>();
    List<String> ids = tasks.stream().map(Task::getProcessInstanceId).distinct().toList();
    for (List<String> chunk : SlaQueries.chunks(ids, CHUNK)) {
      List<VariableInstance> found = runtimeService.createVariableInstanceQuery()
          .processInstanceIdIn(chunk.toArray(String[]::new)).variableNameIn(VARIABLES)
          .disableBinaryFetching().disableCustomObjectDeserialization().list();
      for (VariableInstance v : found) {
        // Only the instance's own variables, not a local one of the same name further down.
        if (v.getProcessInstanceId().equals(v.getExecutionId())) {
          variables.computeIfAbsent(v.getProcessInstanceId(), k -> new HashMap<>()).put(v.getName(), v.getValue());
        }
      }
    }
    List<OpenComplaint> result = new ArrayList<>();
    for (Task task : tasks) {
      Map<String, Object> vars = variables.getOrDefault(task.getProcessInstanceId(), Map.of());
      Object standard = vars.get("standardNumber");
      Object complaintId = vars.get("complaintId");
      result.add(new OpenComplaint(
          complaintId == null ? task.getProcessInstanceId() : complaintId.toString(),
          task.getProcessInstanceId(),
          standard instanceof Number number ? number.intValue() : null,
          vars.get("applicationId") == null ? null : vars.get("applicationId").toString(),
          vars.get("complaintLevel") == null ? null : vars.get("complaintLevel").toString(),
          task.getDueDate() == null ? null : task.getDueDate().toInstant()));
    }
    result.sort(Comparator.comparing(OpenComplaint::dueAt, Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(OpenComplaint::complaintId));
    return result;
  }
}
