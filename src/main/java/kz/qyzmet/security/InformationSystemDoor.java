package kz.qyzmet.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Pattern;
import kz.qyzmet.automated.InformationSystems;
import kz.qyzmet.automated.InformationSystems.InformationSystem;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The narrow door of an information system into the engine REST API: the account of a system named
 * in {@code automated/information-systems.yaml} passes Spring Security only for
 * {@code POST /engine-rest/external-task/fetchAndLock} and {@code /{id}/complete}, {@code /failure},
 * {@code /bpmnError}, {@code /extendLock} ({@link SecurityConfiguration}); the engine's
 * authorizations let it see and complete the external tasks of its own standard's process only
 * ({@code kz.qyzmet.identity.RoleDefinition}). What the authorizations cannot say is said here:
 * <ul>
 *   <li>it fetches only its own topics, naming the variables it reads, from a short list (the
 *       applicant's IIN and flags, the application's id, standard and channel);
 *   <li>its answer sets only the result's document ({@code automatedResult}): never the status, the
 *       decision, a due date or any other fact of the application; a failure it reports sets nothing
 *       (the model turns a failure without a result into the reviewer's task, never an incident).
 * </ul>
 * Administrators are not checked here.
 */
public class InformationSystemDoor extends OncePerRequestFilter {

  private static final Pattern ANSWER = Pattern.compile("^/engine-rest/external-task/[^/]+/(complete|failure|bpmnError)$");
  private static final String FETCH = "/engine-rest/external-task/fetchAndLock";
  /** A statement may be carried whole; a body beyond this is not an answer. */
  private static final int MAX_BODY = 1 << 20;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final InformationSystems systems;

  public InformationSystemDoor(InformationSystems systems) {
    this.systems = systems;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    List<InformationSystem> caller = callerSystems();
    boolean fetch = FETCH.equals(path);
    if (caller.isEmpty() || !"POST".equals(request.getMethod()) || !(fetch || ANSWER.matcher(path).matches())) {
      chain.doFilter(request, response);
      return;
    }
    byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
    if (body.length > MAX_BODY) {
      SecurityProblems.write(request, response, HttpStatus.PAYLOAD_TOO_LARGE, "The request is larger than 1 MB");
      return;
    }
    JsonNode json;
    try {
      json = body.length == 0 ? JSON.createObjectNode() : JSON.readTree(body);
    } catch (IOException e) {
      SecurityProblems.write(request, response, HttpStatus.BAD_REQUEST, "The request's body is not JSON");
      return;
    }
    String refusal = fetch ? fetchRefusal(json, caller) : answerRefusal(json, path.endsWith("/failure"));
    if (refusal != null) {
      SecurityProblems.write(request, response, HttpStatus.FORBIDDEN, refusal);
      return;
    }
    chain.doFilter(new ReadableBody(request, body), response);
  }

  /** The systems whose group the caller is in, unless the caller is an administrator. */
  private List<InformationSystem> callerSystems() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null || !authentication.isAuthenticated()) {
      return List.of();
    }
    List<String> groups = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
        .filter(a -> a.startsWith(Roles.AUTHORITY_PREFIX)).map(a -> a.substring(Roles.AUTHORITY_PREFIX.length()))
        .toList();
    if (groups.contains(Roles.ADMIN)) {
      return List.of();
    }
    return systems.systems().stream().filter(s -> groups.contains(s.group())).toList();
  }

  private static String fetchRefusal(JsonNode json, List<InformationSystem> caller) {
    JsonNode topics = json.path("topics");
    if (!topics.isArray() || topics.isEmpty()) {
      return "Name the topics to fetch";
    }
    for (JsonNode topic : topics) {
      String name = topic.path("topicName").asText("");
      if (caller.stream().noneMatch(system -> system.answers(name))) {
        return "The topic '" + abbreviate(name) + "' is not this information system's";
      }
      JsonNode variables = topic.path("variables");
      if (!variables.isArray()) {
        return "Name the variables to read (of " + InformationSystems.READABLE_VARIABLES + ")";
      }
      for (JsonNode variable : variables) {
        if (!InformationSystems.READABLE_VARIABLES.contains(variable.asText())) {
          return "An information system reads only " + InformationSystems.READABLE_VARIABLES + ", not '"
              + abbreviate(variable.asText()) + "'";
        }
      }
    }
    return null;
  }

  private static String answerRefusal(JsonNode json, boolean failure) {
    JsonNode local = json.path("localVariables");
    if (!local.isMissingNode() && !local.isNull() && !local.isEmpty()) {
      return "An information system's answer sets no local variables";
    }
    List<String> names = new ArrayList<>();
    JsonNode variables = json.path("variables");
    if (failure && !variables.isMissingNode() && !variables.isNull() && !variables.isEmpty()) {
      // A failure carries no result: the model turns every reported failure into a reviewer's task.
      return "A reported failure sets no variables";
    }
    for (Iterator<String> it = variables.isObject() ? variables.fieldNames() : List.<String>of().iterator(); it.hasNext(); ) {
      names.add(it.next());
    }
    for (String name : names) {
      if (!InformationSystems.ANSWER_VARIABLES.contains(name)) {
        return "An information system's answer may set only " + InformationSystems.ANSWER_VARIABLES + ", not '"
            + abbreviate(name) + "'";
      }
    }
    return null;
  }

  private static String abbreviate(String value) {
    return value.length() <= 64 ? value : value.substring(0, 61) + "...";
  }
}
