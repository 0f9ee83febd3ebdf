package kz.qyzmet.api;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * RFC 9457 problem details ({@code application/problem+json}) for the controllers of
 * {@code kz.qyzmet.api} only. Besides the standard members a problem names what is wrong:
 * {@code field} and {@code reason} of the first problem, and {@code errors}, every problem found
 * ({@link FieldProblem}). Client mistakes are 400, 403, 404, 409 or 415; a 500 means a fault of ours,
 * and says no more than that.
 */
@RestControllerAdvice(basePackageClasses = ApiProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ApiProblems {

  private static final Logger LOG = LoggerFactory.getLogger(ApiProblems.class);

  @ExceptionHandler(ApiException.class)
  ResponseEntity<ProblemDetail> api(ApiException e, HttpServletRequest request) {
    return problem(e.status(), e.problems(), request);
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
    return problem(HttpStatus.BAD_REQUEST, List.of(new FieldProblem("body", "malformed",
        "The request body is not the JSON expected")), request);
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
    return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, List.of(new FieldProblem("Content-Type", "format",
        "Send the body as application/json")), request);
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  ResponseEntity<ProblemDetail> missingParameter(MissingServletRequestParameterException e,
      HttpServletRequest request) {
    return problem(HttpStatus.BAD_REQUEST, List.of(new FieldProblem(e.getParameterName(), "required",
        e.getParameterName() + " is required")), request);
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
    return problem(HttpStatus.BAD_REQUEST, List.of(new FieldProblem(e.getName(), "wrong-type",
        e.getName() + " has the wrong type: '" + e.getValue() + "'")), request);
  }

  /** Two changes of one application crossed (e.g. two deliveries at once): the loser may retry. */
  @ExceptionHandler(OptimisticLockingException.class)
  ResponseEntity<ProblemDetail> concurrent(OptimisticLockingException e, HttpServletRequest request) {
    return problem(HttpStatus.CONFLICT, List.of(new FieldProblem("body", "conflict",
        "The application was changed by another request at the same moment; retry")), request);
  }

  /** Anything else is a fault of ours: logged with its stack, answered without its details. */
  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
    LOG.error("API request {} {} failed", request.getMethod(), request.getRequestURI(), e);
    return problem(HttpStatus.INTERNAL_SERVER_ERROR, List.of(), request);
  }

  static ResponseEntity<ProblemDetail> problem(HttpStatus status, List<FieldProblem> problems,
      HttpServletRequest request) {
    ProblemDetail problem = ProblemDetail.forStatus(status);
    problem.setType(URI.create("about:blank"));
    problem.setInstance(URI.create(request.getRequestURI()));
    if (!problems.isEmpty()) {
      FieldProblem first = problems.get(0);
      problem.setDetail(problems.size() == 1 ? first.message()
          : String.join("; ", problems.stream().map(FieldProblem::message).toList()));
      problem.setProperty("field", first.field());
      problem.setProperty("reason", first.reason());
      problem.setProperty("errors", problems);
    }
    if (problems.isEmpty() && status.is5xxServerError()) {
      problem.setDetail("Something went wrong on our side; it has been logged");
    }
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }
}
