package kz.qyzmet.system;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Every problem (RFC 9457) Spring MVC writes, whoever made it, names the request's
 * {@link CorrelationId} as its property {@code correlationId}.
 */
@RestControllerAdvice
public class ProblemCorrelation implements ResponseBodyAdvice<Object> {

  @Override
  public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
    return true;
  }

  @Override
  public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
      Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request, ServerHttpResponse response) {
    if (body instanceof ProblemDetail problem && request instanceof ServletServerHttpRequest servlet) {
      HttpServletRequest http = servlet.getServletRequest();
      problem.setProperty(CorrelationId.MDC_KEY, CorrelationId.of(http));
    }
    return body;
  }
}
