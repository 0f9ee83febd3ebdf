package kz.qyzmet.tasklist;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import kz.qyzmet.WebappSession;
import kz.qyzmet.identity.RoleSetup;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;

/**
 * What a task's form shows, read as Tasklist's Camunda Forms read it: {@code GET
 * /camunda/api/engine/engine/default/task/{id}/form-variables?deserializeValues=false} over real HTTP,
 * logged in to Tasklist as a worker of the task (its assignee, or the demo user of its first candidate
 * group: other tests add users to the groups, with passwords of their own).
 */
public final class TaskForms {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final int port;
  private final ProcessEngine engine;
  private final Map<String, WebappSession> sessions = new HashMap<>();

  public TaskForms(int port, ProcessEngine engine) {
    this.port = port;
    this.engine = engine;
  }

  /** The answer's variables, each {type, value, valueInfo}. */
  public JsonNode variables(String taskId) {
    String worker = worker(taskId);
    HttpResponse<String> answer = sessions.computeIfAbsent(worker, u -> WebappSession.login(port, u, "demo", "tasklist"))
        .get(WebappSession.ENGINE + "/task/" + taskId + "/form-variables?deserializeValues=false");
    if (answer.statusCode() != 200) {
      throw new AssertionError("form-variables of task " + taskId + " as " + worker + ": " + answer.statusCode() + " "
          + answer.body());
    }
    try {
      return JSON.readTree(answer.body());
    } catch (java.io.IOException e) {
      throw new AssertionError(answer.body(), e);
    }
  }

  /** The values as the form gets them, by name: a text, a Json list's JSON, or null. */
  public Map<String, Object> shown(String taskId) {
    Map<String, Object> shown = new LinkedHashMap<>();
    variables(taskId).fields().forEachRemaining(field -> {
      JsonNode value = field.getValue().path("value");
      shown.put(field.getKey(), value.isNull() || value.isMissingNode() ? null : value.isTextual() ? value.asText()
          : value.toString());
    });
    return shown;
  }

  public Object shown(String taskId, String name) {
    return shown(taskId).get(name);
  }

  /** The task's assignee, or the demo user of its first candidate group that has one. */
  String worker(String taskId) {
    Task task = engine.getTaskService().createTaskQuery().taskId(taskId).singleResult();
    if (task == null) {
      throw new AssertionError("no open task " + taskId);
    }
    if (task.getAssignee() != null) {
      return task.getAssignee();
    }
    for (IdentityLink link : engine.getTaskService().getIdentityLinksForTask(taskId)) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
        var demo = RoleSetup.DemoUser.ALL.stream().filter(user -> user.groups().contains(link.getGroupId())).findFirst();
        if (demo.isPresent()) {
          return demo.get().id();
        }
      }
    }
    throw new AssertionError("no worker for task " + taskId);
  }
}
