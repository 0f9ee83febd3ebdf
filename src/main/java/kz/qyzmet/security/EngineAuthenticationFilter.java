package kz.qyzmet.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Hands the authenticated caller of the engine REST API to the engine, so that Camunda's own
 * authorization checks apply to every call, and takes it away when the request ends.
 */
public class EngineAuthenticationFilter extends OncePerRequestFilter {

  private final IdentityService identityService;
  private RequestMatcher requestMatcher = request -> true;

  public EngineAuthenticationFilter(IdentityService identityService) {
    this.identityService = identityService;
  }

  /** Limits the filter to the requests that reach the engine REST API. */
  public void setRequestMatcher(RequestMatcher requestMatcher) {
    this.requestMatcher = requestMatcher;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !requestMatcher.matches(request);
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null || !authentication.isAuthenticated()) {
      chain.doFilter(request, response);
      return;
    }
    List<String> groups = authentication.getAuthorities().stream()
        .map(GrantedAuthority::getAuthority)
        .filter(a -> a.startsWith(Roles.AUTHORITY_PREFIX))
        .map(a -> a.substring(Roles.AUTHORITY_PREFIX.length()))
        .toList();
    try {
      identityService.setAuthentication(authentication.getName(), groups);
      chain.doFilter(request, response);
    } finally {
      identityService.clearAuthentication();
    }
  }
}
