package kz.qyzmet.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * In Spring MVC, answers a failure to reach the database 503 (see {@link DatabaseUnavailable})
 * before any {@code @ExceptionHandler} sees it: it runs ahead of the resolver that calls the
 * controller advice, so {@code kz.qyzmet.api.ApiProblems}'s catch-all (500) and the calendar's
 * problems keep everything else. Other failures are left to them.
 */
@Component
public class DatabaseUnavailableResolver implements HandlerExceptionResolver, Ordered {

  private final DatabaseUnavailable databaseUnavailable;

  public DatabaseUnavailableResolver(DatabaseUnavailable databaseUnavailable) {
    this.databaseUnavailable = databaseUnavailable;
  }

  @Override
  public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
      Exception ex) {
    if (!DatabaseUnavailable.isCause(ex)) {
      return null;
    }
    try {
      return databaseUnavailable.answer(request, response, ex) ? new ModelAndView() : null;
    } catch (IOException e) {
      return null;
    }
  }

  /** After Spring Boot's DefaultErrorAttributes (which only records the error), before everything else. */
  @Override
  public int getOrder() {
    return Ordered.HIGHEST_PRECEDENCE + 1;
  }
}
