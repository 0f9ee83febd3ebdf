package kz.qyzmet.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What the engine's authorizations cannot say, said at the two doors into the engine's API (the
 * engine REST API and the webapps' engine API):
 * <ul>
 *   <li>Jobs are changed (executed, retried, rescheduled, suspended, deleted) by administrators only.
 *       The engine checks a job's rights through its process, so a job of no process, such as the
 *       history cleanup, could be run by anyone signed in.
 *   <li>Signals are sent by administrators only. The engine checks the processes a signal reaches,
 *       so a signal nobody waits for was accepted from anyone signed in.
 *   <li>A comment or an attachment on a task is added by those who may work on it (TASK_WORK or
 *       UPDATE); the engine asks only that the task be visible. Comments are the case's notes: read
 *       by the same (the engine shows them to whoever reads the task's history), changed or deleted
 *       by administrators only.
 *   <li>A task's assignee is set, by those with TASK_ASSIGN (heads, on their workers' tasks), to a
 *       worker of the task's groups or to nobody (back to the queue); TASK_ASSIGN's other powers
 *       (the task's dates, name, candidates, delegation) are for administrators only.
 *   <li>An account of no webapp (integration clients) gets no session from the Welcome app, which
 *       Camunda opens to everyone.
 *   <li>With {@code qyzmet.security.runtime-deployments=false} (the prod profile), nothing is
 *       deployed or redeployed at run time, by anyone: the models come from the build.
 * </ul>
 */
public class EngineDoorGuard extends OncePerRequestFilter {

  /** The engine API's own path after {@code /engine-rest} or {@code /camunda/api/engine}: optional {@code /engine/{name}}. */
  private static final Pattern ENGINE_PATH = Pattern.compile("^(?:/engine-rest|/camunda/api/engine)(?:/engine/([^/]+))?(/.*)?$");
  private static final List<String> ADMIN_RESOURCES = List.of("/job", "/job-definition", "/signal");
  private static final List<String> DEPLOYMENT_WRITES = List.of("/deployment/create");

  /** A comment or attachment on a task: the engine asks only that the task be visible. */
  private static final Pattern TASK_NOTE = Pattern.compile("^/task/([^/]+)/(comment|attachment)/create$");
  /** A task's dates, name, candidates or delegation: TASK_ASSIGN allows them, heads have it only to reassign. */
  private static final Pattern TASK_CHANGE = Pattern.compile("^/task/([^/]+)(/identity-links(/delete)?|/delegate)?$");
  /** The task's assignee: a head (TASK_ASSIGN) gives a task to one of its groups' workers, or back to the queue. */
  private static final Pattern TASK_ASSIGNEE = Pattern.compile("^/task/([^/]+)/assignee$");
  /** A task's comments, or one of them: the case's notes are its record; workers add and read them. */
  private static final Pattern NOTE_CHANGE = Pattern.compile("^/task/([^/]+)/comment(/[^/]+)?$");
  private static final ObjectMapper JSON = new ObjectMapper();
  /** The Welcome app lets everyone in, so a login there is where a user of no webapp would get a session. */
  private static final Pattern WELCOME_LOGIN = Pattern.compile("^/camunda/api/admin/auth/user/([^/]+)/login/welcome$");
  private static final List<String> APPS = List.of("tasklist", "cockpit", "admin");

  private final boolean runtimeDeployments;
  private final ProcessEngine processEngine;

  public EngineDoorGuard(boolean runtimeDeployments, ProcessEngine processEngine) {
    this.runtimeDeployments = runtimeDeployments;
    this.processEngine = processEngine;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String uri = request.getRequestURI().substring(request.getContextPath().length());
    if ("POST".equals(request.getMethod()) && WELCOME_LOGIN.matcher(uri).matches() && !usesAWebapp(request.getParameter("username"))) {
      SecurityProblems.write(request, response, HttpStatus.FORBIDDEN, "This account has no webapp; it uses /api/v1");
      return;
    }
    Matcher matcher = ENGINE_PATH.matcher(uri);
    if (matcher.matches() && ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))) {
      Matcher notes = NOTE_CHANGE.matcher(matcher.group(2) == null ? "" : matcher.group(2));
      if (notes.matches() && !mayReadNotes(request, matcher.group(1) == null ? "default" : matcher.group(1),
          notes.group(1))) {
        SecurityProblems.write(request, response, HttpStatus.FORBIDDEN, "Тапсырманың жазбаларын оны орындайтындар "
            + "ғана оқиды / Заметки к задаче читают только те, кто её выполняет");
        return;
      }
    }
    if (!matcher.matches() || "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())
        || "OPTIONS".equals(request.getMethod())) {
      chain.doFilter(request, response);
      return;
    }
    String engine = matcher.group(1) == null ? "default" : matcher.group(1);
    String path = matcher.group(2) == null ? "" : matcher.group(2);
    if (!runtimeDeployments && isDeployment(path, request.getMethod())) {
      SecurityProblems.write(request, response, HttpStatus.FORBIDDEN,
          "Models are not deployed at run time here: they come with the application's build");
      return;
    }
    boolean webapp = request.getRequestURI().startsWith(request.getContextPath() + "/camunda/");
    Matcher note = TASK_NOTE.matcher(path);
    boolean forAdministrators = isForAdministrators(path);
    boolean taskChange = ("PUT".equals(request.getMethod()) && path.matches("^/task/[^/]+$"))
        || ("POST".equals(request.getMethod()) && TASK_CHANGE.matcher(path).matches() && !path.matches("^/task/[^/]+$"))
        || (("PUT".equals(request.getMethod()) || "DELETE".equals(request.getMethod())) && NOTE_CHANGE.matcher(path).matches());
    Matcher assignee = TASK_ASSIGNEE.matcher(path);
    boolean reassign = "POST".equals(request.getMethod()) && assignee.matches();
    if (webapp && (taskChange || reassign)) {
      UserAuthentication user = signedIn(request, engine);
      boolean administrator = user != null && user.getGroupIds() != null && user.getGroupIds().contains(Roles.ADMIN);
      if (user != null && !administrator && taskChange) {
        SecurityProblems.write(request, response, HttpStatus.FORBIDDEN, "Тапсырманың мерзімдерін, топтарын, "
            + "өкілеттігін және жазбаларын тек әкімші өзгертеді / Сроки, группы, делегирование задачи и заметки к ней "
            + "меняет только администратор");
        return;
      }
      if (user != null && !administrator && reassign) {
        ReadableBody body = ReadableBody.of(request);
        String newAssignee = assigneeIn(body.bytes());
        // Those who may not assign it at all are refused by the engine.
        if (newAssignee != null && mayAssign(user, assignee.group(1)) && !isOfTheTasksGroups(newAssignee, assignee.group(1))) {
          SecurityProblems.write(request, response, HttpStatus.BAD_REQUEST, "Тапсырма берілмеді: оны тек өз "
              + "тобының қызметкеріне беруге болады / Задача не передана: её можно передать только сотруднику "
              + "её группы");
          return;
        }
        chain.doFilter(body, response);
        return;
      }
    }
    if (webapp && (forAdministrators || note.matches())) {
      UserAuthentication user = signedIn(request, engine);
      if (user == null) {
        SecurityProblems.write(request, response, HttpStatus.UNAUTHORIZED, "Sign in to the webapps first");
        return;
      }
      boolean administrator = user.getGroupIds() != null && user.getGroupIds().contains(Roles.ADMIN);
      if (forAdministrators && !administrator) {
        SecurityProblems.write(request, response, HttpStatus.FORBIDDEN, "Only administrators may run or change jobs"
            + " or send signals");
        return;
      }
      if (note.matches() && !administrator && !worksOn(user, note.group(1))) {
        SecurityProblems.write(request, response, HttpStatus.FORBIDDEN,
            "Тапсырмаға жазбаны немесе құжатты оны орындайтындар ғана қосады / "
            + "Заметку или документ к задаче добавляют только те, кто её выполняет");
        return;
      }
    }
    chain.doFilter(request, response);
  }

  /** Who is signed in to the webapps for this engine, from the session; null when nobody is. */
  public static UserAuthentication signedIn(HttpServletRequest request, String engine) {
    Authentications authentications = request.getSession(false) == null ? null
        : AuthenticationUtil.getAuthsFromSession(request.getSession(false));
    return authentications != null
        && authentications.getAuthenticationForProcessEngine(engine) instanceof UserAuthentication user ? user : null;
  }

  /** The same right as claiming or completing it: TASK_WORK or UPDATE on the task (candidates and assignees have it). */
  private boolean worksOn(UserAuthentication user, String taskId) {
    List<String> groups = user.getGroupIds() == null ? List.of() : user.getGroupIds();
    AuthorizationService authorizations = processEngine.getAuthorizationService();
    return authorizations.isUserAuthorized(user.getIdentityId(), groups, TaskPermissions.TASK_WORK, Resources.TASK, taskId)
        || authorizations.isUserAuthorized(user.getIdentityId(), groups, Permissions.UPDATE, Resources.TASK, taskId);
  }

  /**
   * A task's comments are read in the webapps by those who work on it (and administrators): the
   * engine shows them to whoever may read the task's history, which process owners may for every
   * task, and one comment by its id to anyone signed in. The engine REST API is for administrators.
   */
  private boolean mayReadNotes(HttpServletRequest request, String engine, String taskId) {
    if (!request.getRequestURI().startsWith(request.getContextPath() + "/camunda/")) {
      return true;
    }
    UserAuthentication user = signedIn(request, engine);
    if (user == null) {
      return true; // the engine's API asks them to sign in
    }
    return (user.getGroupIds() != null && user.getGroupIds().contains(Roles.ADMIN)) || worksOn(user, taskId);
  }

  /** The {@code userId} of an assignee request ({@code null}: back to the group's queue); unreadable JSON is left to the engine. */
  private static String assigneeIn(byte[] body) {
    try {
      JsonNode userId = JSON.readTree(body).path("userId");
      return userId.isTextual() ? userId.asText() : null;
    } catch (IOException | RuntimeException unreadable) {
      return null;
    }
  }

  /** Whether the user is a candidate of the task, or a member of one of its candidate groups. */
  private boolean isOfTheTasksGroups(String userId, String taskId) {
    List<IdentityLink> links;
    try {
      links = processEngine.getTaskService().getIdentityLinksForTask(taskId);
    } catch (RuntimeException noSuchTask) {
      return true; // the engine answers for a task that is not there
    }
    for (IdentityLink link : links) {
      if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
        continue;
      }
      if (userId.equals(link.getUserId()) || (link.getGroupId() != null && processEngine.getIdentityService()
          .createUserQuery().userId(userId).memberOfGroup(link.getGroupId()).count() > 0)) {
        return true;
      }
    }
    return false;
  }

  private boolean mayAssign(UserAuthentication user, String taskId) {
    List<String> groups = user.getGroupIds() == null ? List.of() : user.getGroupIds();
    AuthorizationService authorizations = processEngine.getAuthorizationService();
    return authorizations.isUserAuthorized(user.getIdentityId(), groups, TaskPermissions.TASK_ASSIGN, Resources.TASK, taskId)
        || authorizations.isUserAuthorized(user.getIdentityId(), groups, Permissions.UPDATE, Resources.TASK, taskId);
  }

  /** Whether the user may use any webapp besides Welcome (unknown users: the login itself refuses them). */
  private boolean usesAWebapp(String userId) {
    if (userId == null || userId.isBlank()) {
      return true;
    }
    List<String> groups = processEngine.getIdentityService().createGroupQuery().groupMember(userId).list().stream()
        .map(org.camunda.bpm.engine.identity.Group::getId).toList();
    if (groups.contains(Roles.ADMIN)) {
      return true;
    }
    AuthorizationService authorizations = processEngine.getAuthorizationService();
    return APPS.stream().anyMatch(app ->
        authorizations.isUserAuthorized(userId, groups, Permissions.ACCESS, Resources.APPLICATION, app));
  }

  private static boolean isForAdministrators(String path) {
    return ADMIN_RESOURCES.stream().anyMatch(resource -> path.equals(resource) || path.startsWith(resource + "/"));
  }

  private static boolean isDeployment(String path, String method) {
    return DEPLOYMENT_WRITES.contains(path) || path.matches("/deployment/[^/]+/redeploy")
        || ("DELETE".equals(method) && path.startsWith("/deployment/"));
  }
}
