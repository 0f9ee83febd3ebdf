package kz.qyzmet.cluster;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/** Behind a load balancer, every answer says which node gave it: {@code Qyzmet-Node: app2}. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
@ConditionalOnProperty(prefix = "qyzmet.cluster", name = "enabled", havingValue = "true")
public class NodeHeaderFilter extends OncePerRequestFilter {

  public static final String HEADER = "Qyzmet-Node";

  private final String nodeName;

  public NodeHeaderFilter(ClusterProperties properties) {
    this.nodeName = properties.nodeName();
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    response.setHeader(HEADER, nodeName);
    chain.doFilter(request, response);
  }
}
