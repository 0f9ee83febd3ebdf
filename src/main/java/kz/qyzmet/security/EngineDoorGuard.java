package kz.qyzmet.security;

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
 *       UPDATE); the engine asks only that the task be visible.
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
            "Only those who work on this task may add a comment or a document to it");
        return;
      }
    }
    chain.doFilter(request, response);
  }

  private static UserAuthentication signedIn(HttpServletRequest request, String engine) {
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
