package kz.qyzmet.tasklist;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.qyzmet.security.EngineDoorGuard;
import java.util.Optional;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What a head (or a process owner) sees in the form area of a worker's task. They may read the task
 * (its name, dates and assignee; a head may give it to another worker), not its variables
 * (docs/security.md), so the engine refused the task's form and Tasklist showed an empty "Ошибка формы"
 * (form error). For a signed-in user who may read the task but not its variables, the requests
 * Tasklist makes for the task's form are answered here, without the engine: the form is a Camunda Form
 * of one text saying, in Kazakh and Russian, why the case is not shown and (to one who may reassign the
 * task) what they can do, and its variables are none. Nothing of the case is served; every other
 * caller goes on to the engine as before.
 */
public class SupervisedTaskForm extends OncePerRequestFilter {

  static final String FORM_ID = "supervised-task";
  static final String WHY = "**Бұл тапсырманың ісін оны орындайтындар ғана көреді / Дело по этой задаче видят только "
      + "те, кто её выполняет**\n\nӨтініш берушінің деректерін және форманың мәндерін тапсырманың орындаушысы мен "
      + "оның тобы ғана көреді. / Данные заявителя и значения формы видят только исполнитель задачи и её группа.";
  static final String REASSIGN = "Тапсырманы топтың басқа маманына беру үшін жоғарыдағы орындаушының атын басыңыз; "
      + "топ кезегіне қайтару үшін орындаушыны алып тастаңыз. / Чтобы передать задачу другому специалисту группы, "
      + "нажмите на имя исполнителя выше; чтобы вернуть её в очередь группы, уберите исполнителя.";
  private static final Pattern TASK_FORM = Pattern.compile(
      "^/camunda/api/engine/engine/([^/]+)/task/([^/]+)/(form|deployed-form|form-variables)$");

  private final ProcessEngine engine;
  private final ObjectMapper json = new ObjectMapper();

  public SupervisedTaskForm(ProcessEngine engine) {
    this.engine = engine;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"GET".equals(request.getMethod()) || !path(request).matches();
  }

  private static Matcher path(HttpServletRequest request) {
    return TASK_FORM.matcher(request.getRequestURI().substring(request.getContextPath().length()));
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Matcher path = path(request);
    path.matches();
    UserAuthentication user = EngineDoorGuard.signedIn(request, path.group(1));
    Optional<Boolean> reassigns = user == null ? Optional.empty() : supervised(user, path.group(2));
    if (reassigns.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    Object answer = switch (path.group(3)) {
      // What the engine answers for a task with a Camunda Form: Tasklist then asks for the deployed form.
      case "form" -> java.util.Collections.singletonMap("camundaFormRef",
          Map.of("key", FORM_ID, "binding", "latest"));
      case "deployed-form" -> Map.of("schemaVersion", 16, "type", "default", "id", FORM_ID, "components",
          List.of(Map.of("type", "text", "id", "Text_Supervised", "text", reassigns.get() ? WHY + "\n\n" + REASSIGN : WHY)));
      default -> Map.of();
    };
    byte[] body = json.writeValueAsBytes(answer);
    response.setStatus(HttpServletResponse.SC_OK);
    response.setContentType("application/json;charset=UTF-8");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  /**
   * Present when the user may read the task but not its variables: whether they may also give it to
   * another worker (TASK_ASSIGN, a head's right).
   */
  private Optional<Boolean> supervised(UserAuthentication user, String taskId) {
    List<String> groups = user.getGroupIds() == null ? List.of() : user.getGroupIds();
    AuthorizationService authorizations = engine.getAuthorizationService();
    String userId = user.getIdentityId();
    if (!authorizations.isUserAuthorized(userId, groups, Permissions.READ, Resources.TASK, taskId)
        || authorizations.isUserAuthorized(userId, groups, TaskPermissions.READ_VARIABLE, Resources.TASK, taskId)) {
      return Optional.empty();
    }
    Task task = engine.getTaskService().createTaskQuery().taskId(taskId).singleResult();
    String definitionKey = task == null || task.getProcessDefinitionId() == null ? null : engine.getRepositoryService()
        .getProcessDefinition(task.getProcessDefinitionId()).getKey();
    if (task == null || (definitionKey != null && authorizations.isUserAuthorized(userId, groups,
        ProcessDefinitionPermissions.READ_TASK_VARIABLE, Resources.PROCESS_DEFINITION, definitionKey))) {
      return Optional.empty();
    }
    return Optional.of(authorizations.isUserAuthorized(userId, groups, TaskPermissions.TASK_ASSIGN, Resources.TASK,
        taskId));
  }
}
