package kz.qyzmet.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * First filter of every request (Qyzmet's API, the engine REST API, the webapps): gives the request a
 * correlation id, the caller's {@value #HEADER} when it is a valid one (up to 64 of
 * {@code [A-Za-z0-9._-]}), a random one otherwise. The id is in the SLF4J MDC ({@value #MDC_KEY})
 * while the request runs, in the request attribute {@value #ATTRIBUTE}, and in the response header
 * {@value #HEADER}; problems name it as {@code correlationId}, so an answer can be found in the log.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class CorrelationId extends OncePerRequestFilter {

  public static final String HEADER = "X-Correlation-Id";
  public static final String ATTRIBUTE = CorrelationId.class.getName();
  public static final String MDC_KEY = "correlationId";

  private static final Pattern VALID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

  /** The request's correlation id (one is made if the filter has not run, e.g. in a unit test). */
  public static String of(HttpServletRequest request) {
    Object id = request.getAttribute(ATTRIBUTE);
    if (id instanceof String s) {
      return s;
    }
    String made = fromHeaderOrNew(request.getHeader(HEADER));
    request.setAttribute(ATTRIBUTE, made);
    return made;
  }

  static String fromHeaderOrNew(String header) {
    return header != null && VALID.matcher(header).matches() ? header
        : UUID.randomUUID().toString().replace("-", "");
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String id = of(request);
    String outer = MDC.get(MDC_KEY);
    MDC.put(MDC_KEY, id);
    response.setHeader(HEADER, id);
    try {
      chain.doFilter(request, response);
    } finally {
      if (outer == null) {
        MDC.remove(MDC_KEY);
      } else {
        MDC.put(MDC_KEY, outer);
      }
    }
  }

  /** The error page (/error) is a dispatch of its own: it keeps the request's id. */
  @Override
  protected boolean shouldNotFilterErrorDispatch() {
    return false;
  }
}
