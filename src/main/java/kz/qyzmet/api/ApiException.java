package kz.qyzmet.api;

import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * A request the API answers with a problem (RFC 9457) rather than a result: the status, and what
 * is wrong, field by field. {@link ApiProblems} renders it.
 */
public class ApiException extends RuntimeException {

  private final HttpStatus status;
  private final List<FieldProblem> problems;

  public ApiException(HttpStatus status, List<FieldProblem> problems) {
    super(problems.isEmpty() ? status.getReasonPhrase() : problems.get(0).message());
    this.status = status;
    this.problems = List.copyOf(problems);
  }

  public ApiException(HttpStatus status, String field, String reason, String message) {
    this(status, List.of(new FieldProblem(field, reason, message)));
  }

  public static ApiException badRequest(String field, String reason, String message) {
    return new ApiException(HttpStatus.BAD_REQUEST, field, reason, message);
  }

  public static ApiException notFound(String field, String message) {
    return new ApiException(HttpStatus.NOT_FOUND, field, "not-found", message);
  }

  public static ApiException conflict(String field, String message) {
    return new ApiException(HttpStatus.CONFLICT, field, "conflict", message);
  }

  public HttpStatus status() {
    return status;
  }

  public List<FieldProblem> problems() {
    return problems;
  }
}
