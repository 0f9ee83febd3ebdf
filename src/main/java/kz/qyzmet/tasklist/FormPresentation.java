package kz.qyzmet.tasklist;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import kz.qyzmet.process.TaskCase;
import kz.qyzmet.process.TaskFormTexts;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.rest.dto.VariableValueDto;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves a task's presentation variables ({@link TaskFormTexts#PRESENTATION}: the case in words, the
 * option lists, the case file and the notes) in the answer to the request Tasklist's Camunda Forms
 * make for a task's variables, {@code GET …/task/{id}/form-variables} (the webapps' engine API, and
 * the administrators' {@code /engine-rest}), computed from the task's case variables as the form
 * opens instead of stored on every task. {@code variableNames=} is honoured.
 *
 * <p>Only a 200 answer is completed: the engine's resource has checked the caller's rights on the task
 * (a refused read stays refused and gets nothing added); the values are then read without the
 * caller's authorizations (the standard's decision tables, the case file), as a task listener read
 * them. A servlet filter over the engine's own resource, not a Jersey hook into the webapp's REST
 * application, because it needs only the Servlet API, the public engine services and the REST DTO
 * (the same on Operaton); the cost is the answer buffered once and parsed again, a few kilobytes.
 */
public class FormPresentation extends OncePerRequestFilter {

  private static final Pattern FORM_VARIABLES = Pattern.compile(
      "^(?:/engine-rest(?:/engine/[^/]+)?|/camunda/api/engine/engine/[^/]+)/task/([^/]+)/form-variables$");

  private final ProcessEngine engine;
  private final TaskFormTexts texts;
  private final ObjectMapper json = new ObjectMapper();

  public FormPresentation(ProcessEngine engine, TaskFormTexts texts) {
    this.engine = engine;
    this.texts = texts;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"GET".equals(request.getMethod()) || taskId(request) == null;
  }

  private static String taskId(HttpServletRequest request) {
    Matcher path = FORM_VARIABLES.matcher(request.getRequestURI().substring(request.getContextPath().length()));
    return path.matches() ? path.group(1) : null;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
    chain.doFilter(request, answer);
    JsonNode variables = answer.getStatus() == HttpStatus.OK.value() ? parse(answer.getContentAsByteArray()) : null;
    if (!(variables instanceof ObjectNode shown)) {
      answer.copyBodyToResponse();
      return;
    }
    String names = request.getParameter("variableNames");
    Set<String> wanted = names == null ? null
        : Arrays.stream(names.split(",")).map(String::trim).collect(Collectors.toSet());
    for (Map.Entry<String, TypedValue> value : presentation(taskId(request)).entrySet()) {
      if (wanted == null || wanted.contains(value.getKey())) {
        shown.set(value.getKey(), json.valueToTree(VariableValueDto.fromTypedValue(value.getValue(), true)));
      }
    }
    byte[] body = json.writeValueAsBytes(shown);
    answer.resetBuffer();
    answer.getOutputStream().write(body);
    answer.copyBodyToResponse();
  }

  private JsonNode parse(byte[] body) {
    try {
      return json.readTree(body);
    } catch (IOException notJson) {
      return null;
    }
  }

  /** The task's presentation variables; none for a task without a process (a standalone task). */
  Map<String, TypedValue> presentation(String taskId) {
    IdentityService identities = engine.getIdentityService();
    Authentication caller = identities.getCurrentAuthentication();
    identities.clearAuthentication();
    try {
      Task task = engine.getTaskService().createTaskQuery().taskId(taskId).singleResult();
      if (task == null || task.getProcessInstanceId() == null) {
        return Map.of();
      }
      ProcessInstance instance = engine.getRuntimeService().createProcessInstanceQuery()
          .processInstanceId(task.getProcessInstanceId()).singleResult();
      Map<String, Object> variables = engine.getTaskService().getVariables(taskId);
      return texts.of(new TaskCase(task.getTaskDefinitionKey(), task.getProcessDefinitionId(),
          instance == null ? null : instance.getRootProcessInstanceId(), variables::get));
    } finally {
      if (caller != null) {
        identities.setAuthentication(caller);
      }
    }
  }
}
