package kz.qyzmet.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Outermost filter: a failure to reach the database that escapes everything else (typically the
 * HTTP Basic check against the engine's users, in the security filter chain, or a call of the
 * engine REST API) is answered 503 by {@link DatabaseUnavailable}; every other failure goes on as
 * before. Failures inside Spring MVC controllers are caught earlier, by
 * {@link DatabaseUnavailableResolver}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class DatabaseUnavailableFilter extends OncePerRequestFilter {

  private final DatabaseUnavailable databaseUnavailable;

  public DatabaseUnavailableFilter(DatabaseUnavailable databaseUnavailable) {
    this.databaseUnavailable = databaseUnavailable;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    try {
      chain.doFilter(request, response);
    } catch (ServletException | IOException | RuntimeException e) {
      if (!DatabaseUnavailable.isCause(e) || !databaseUnavailable.answer(request, response, e)) {
        throw e;
      }
    }
  }
}
