package kz.qyzmet.tasklist;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Tasklist's "Start process" dialog asks the engine for the startable processes without an order,
 * so the thirty standards came in the database's order over two pages. Where it asks (the list
 * of startable process definitions, no {@code sortBy} given) they are listed by name, which begins
 * with the standard's code ("S01 · …"): by number. Every other call passes unchanged.
 */
public class StandardsInOrder extends OncePerRequestFilter {

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"GET".equals(request.getMethod()) || !request.getRequestURI().endsWith("/process-definition")
        || !"true".equals(request.getParameter("startableInTasklist")) || request.getParameter("sortBy") != null;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Map<String, String[]> parameters = new LinkedHashMap<>(request.getParameterMap());
    parameters.put("sortBy", new String[] {"name"});
    parameters.put("sortOrder", new String[] {"asc"});
    String query = request.getQueryString();
    String ordered = (query == null || query.isEmpty() ? "" : query + "&") + "sortBy=name&sortOrder=asc";
    chain.doFilter(new HttpServletRequestWrapper(request) {
      @Override
      public String getQueryString() {
        return ordered;
      }

      @Override
      public String getParameter(String name) {
        String[] values = parameters.get(name);
        return values == null ? null : values[0];
      }

      @Override
      public Map<String, String[]> getParameterMap() {
        return Collections.unmodifiableMap(parameters);
      }

      @Override
      public Enumeration<String> getParameterNames() {
        return Collections.enumeration(parameters.keySet());
      }

      @Override
      public String[] getParameterValues(String name) {
        return parameters.get(name);
      }
    }, response);
  }
}
