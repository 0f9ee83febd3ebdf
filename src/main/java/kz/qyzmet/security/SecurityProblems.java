package kz.qyzmet.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import kz.qyzmet.system.CorrelationId;
import org.springframework.http.HttpStatus;

/**
 * Refusals written by the security filters themselves (401, 403, 429), as
 * {@code application/problem+json} like every other error of Qyzmet, with the request's correlation
 * id. {@code message} repeats {@code detail} for the webapps' scripts, which show that member.
 */
public final class SecurityProblems {

  private static final ObjectMapper JSON = new ObjectMapper();

  private SecurityProblems() {}

  public static void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail)
      throws IOException {
    ObjectNode problem = JSON.createObjectNode();
    problem.put("type", "about:blank");
    problem.put("title", status.getReasonPhrase());
    problem.put("status", status.value());
    problem.put("detail", detail);
    problem.put("message", detail);
    problem.put("instance", request.getRequestURI());
    String correlationId = CorrelationId.of(request);
    if (correlationId != null) {
      problem.put("correlationId", correlationId);
    }
    response.setStatus(status.value());
    response.setContentType("application/problem+json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getOutputStream().write(JSON.writeValueAsBytes(problem));
  }
}
