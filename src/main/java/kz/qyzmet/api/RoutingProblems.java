package kz.qyzmet.api;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Problems Spring MVC raises before any controller is chosen, where {@link ApiProblems} cannot see
 * them: no such path (404), a method the path does not take (405), an answer the client does not
 * accept (406). Replaces Spring Boot's own handler ({@code spring.mvc.problemdetails.enabled}) and
 * answers the same, but always as {@code application/problem+json}, even to a client whose
 * {@code Accept} refuses it (a 406 that says why is more use than an empty one).
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class RoutingProblems extends ResponseEntityExceptionHandler {

  @Override
  protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
      WebRequest request) {
    if (body instanceof ProblemDetail) {
      HttpHeaders problemHeaders = new HttpHeaders();
      problemHeaders.putAll(headers);
      problemHeaders.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
      return new ResponseEntity<>(body, problemHeaders, statusCode);
    }
    return super.createResponseEntity(body, headers, statusCode, request);
  }
}
