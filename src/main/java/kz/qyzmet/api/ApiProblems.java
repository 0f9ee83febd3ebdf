package kz.qyzmet.api;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import kz.qyzmet.calendar.CalendarController;
import kz.qyzmet.casefile.CaseFileController;
import kz.qyzmet.receipt.ReceiptController;
import kz.qyzmet.sla.SlaController;
import kz.qyzmet.system.CorrelationId;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * RFC 9457 problem details ({@code application/problem+json}) for the controllers of
 * {@code kz.qyzmet.api} only. Besides the standard members a problem names what is wrong:
 * {@code field} and {@code reason} of the first problem, and {@code errors}, every problem found
 * ({@link FieldProblem}). Client mistakes are 400, 403, 404, 405, 406, 409, 413 or 415; a 500 means a
 * fault of ours, and says no more than that (its log line and the answer carry the same
 * {@code correlationId}). Also the calendar's, the SLA's and the receipts' fallback: their own handlers
 * ({@code CalendarProblems}, ahead of this one) answer what they know, this one the rest.
 */
@RestControllerAdvice(basePackageClasses = {ApiProblems.class, CalendarController.class, SlaController.class,
    ReceiptController.class, CaseFileController.class, kz.qyzmet.events.EventsController.class,
    kz.qyzmet.amendments.AmendmentsController.class, kz.qyzmet.regions.NationalSlaController.class})
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class ApiProblems {

  private static final Logger LOG = LoggerFactory.getLogger(ApiProblems.class);

  /** Spring's multipart limits, as a 413 names them. */
  @org.springframework.beans.factory.annotation.Value("${spring.servlet.multipart.max-file-size:}")
  private String maxFileSize;
  @org.springframework.beans.factory.annotation.Value("${spring.servlet.multipart.max-request-size:}")
  private String maxRequestSize;

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

  /** A multipart body over spring.servlet.multipart's limits: the container stopped reading it. */
  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ResponseEntity<ProblemDetail> uploadTooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
    return problem(HttpStatus.PAYLOAD_TOO_LARGE, List.of(new FieldProblem("file", "too-large",
        "The file or the request is larger than this service takes (a file at most " + maxFileSize
            + ", a request at most " + maxRequestSize + ")")), request);
  }

  @ExceptionHandler(MultipartException.class)
  ResponseEntity<ProblemDetail> unreadableMultipart(MultipartException e, HttpServletRequest request) {
    return problem(HttpStatus.BAD_REQUEST, List.of(new FieldProblem("body", "malformed",
        "The multipart/form-data body cannot be read")), request);
  }

  /** The answer is negotiated before anything is done, so nothing was written. */
  @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
  ResponseEntity<ProblemDetail> notAcceptable(HttpMediaTypeNotAcceptableException e, HttpServletRequest request) {
    return problem(HttpStatus.NOT_ACCEPTABLE, List.of(new FieldProblem("Accept", "format",
        "The answer is application/json (problems application/problem+json); accept it")), request);
  }

  /**
   * Two changes of one application crossed (e.g. two deliveries at once) and the engine's or the
   * database's concurrency control refused the later one: nothing of it was written; the loser may
   * retry.
   */
  @ExceptionHandler({OptimisticLockingException.class, ConcurrencyFailureException.class})
  ResponseEntity<ProblemDetail> concurrent(RuntimeException e, HttpServletRequest request) {
    return problem(HttpStatus.CONFLICT, List.of(new FieldProblem("body", "conflict",
        "The application was changed by another request at the same moment; retry")), request);
  }

  /** Anything else is a fault of ours: logged with its stack, answered without its details. */
  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
    if (e instanceof ErrorResponse framework && framework.getStatusCode().is4xxClientError()) {
      // A client mistake Spring MVC found (a missing path variable, an unreadable part, ...).
      return problem(HttpStatus.valueOf(framework.getStatusCode().value()), List.of(new FieldProblem("request",
          reason(framework.getStatusCode()), framework.getBody().getDetail() == null ? "The request cannot be served"
          : framework.getBody().getDetail())), request);
    }
    LOG.error("API request {} {} failed (correlationId {})", request.getMethod(), request.getRequestURI(),
        CorrelationId.of(request), e);
    return problem(HttpStatus.INTERNAL_SERVER_ERROR, List.of(), request);
  }

  private static String reason(HttpStatusCode status) {
    return switch (status.value()) {
      case 404 -> "not-found";
      case 409 -> "conflict";
      case 413 -> "too-long";
      case 415, 406 -> "format";
      default -> "malformed";
    };
  }

  public static ResponseEntity<ProblemDetail> problem(HttpStatus status, List<FieldProblem> problems,
      HttpServletRequest request) {
    ProblemDetail problem = ProblemDetail.forStatus(status);
    problem.setType(URI.create("about:blank"));
    try {
      problem.setInstance(URI.create(request.getRequestURI()));
    } catch (IllegalArgumentException oddPath) {
      // A path no URI parser takes (Tomcat lets a few through): the problem goes without its instance.
    }
    problem.setProperty(CorrelationId.MDC_KEY, CorrelationId.of(request));
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
