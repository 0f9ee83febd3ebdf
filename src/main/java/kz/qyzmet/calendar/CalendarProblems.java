package kz.qyzmet.calendar;

import java.net.URI;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** RFC 9457 problem details for the calendar's endpoints only; {@code parameter} names what is wrong. */
@RestControllerAdvice(assignableTypes = {CalendarController.class, CalendarCorrectionController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
public class CalendarProblems {

  @ExceptionHandler(CalendarRequestException.class)
  ResponseEntity<ProblemDetail> request(CalendarRequestException e) {
    HttpStatus status = switch (e.reason()) {
      case INVALID -> HttpStatus.BAD_REQUEST;
      case DUPLICATE -> HttpStatus.CONFLICT;
      case NOT_FOUND -> HttpStatus.NOT_FOUND;
      case FORBIDDEN -> HttpStatus.FORBIDDEN;
    };
    ResponseEntity<ProblemDetail> answer = problem(status, e.getMessage(), e.parameter());
    if (e.regions() != null) {
      answer.getBody().setProperty("regions", e.regions());
    }
    return answer;
  }

  @ExceptionHandler(OutsideCalendarException.class)
  ResponseEntity<ProblemDetail> outside(OutsideCalendarException e) {
    return problem(HttpStatus.BAD_REQUEST, e.getMessage(), null);
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
    return problem(HttpStatus.BAD_REQUEST, "The request body is not the JSON expected", "body");
  }

  private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail, String parameter) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setType(URI.create("about:blank"));
    if (parameter != null) {
      problem.setProperty("parameter", parameter);
    }
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }
}
