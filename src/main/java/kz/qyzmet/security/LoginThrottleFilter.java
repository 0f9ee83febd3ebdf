package kz.qyzmet.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Applies {@link LoginThrottle} to both ways of giving a password: HTTP Basic on the REST APIs and
 * the webapps' login form. A refused address gets 429 before its password is even checked; the
 * outcome of a checked password (401 or not) is counted afterwards.
 */
public class LoginThrottleFilter extends OncePerRequestFilter {

  private static final String WEBAPP_LOGIN = "/camunda/api/admin/auth/user/";

  private final LoginThrottle throttle;

  public LoginThrottleFilter(LoginThrottle throttle) {
    this.throttle = throttle;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String user = user(request);
    if (user == null) {
      chain.doFilter(request, response);
      return;
    }
    String address = request.getRemoteAddr();
    Optional<Duration> refusal = throttle.refusal(address, user);
    if (refusal.isPresent()) {
      long seconds = Math.max(1, refusal.get().toSeconds());
      response.setHeader("Retry-After", Long.toString(seconds));
      SecurityProblems.write(request, response, HttpStatus.TOO_MANY_REQUESTS, "Too many wrong passwords from "
          + address + "; try again in " + seconds + " seconds");
      return;
    }
    chain.doFilter(request, response);
    if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
      throttle.failed(address, user);
    } else if (response.getStatus() < 400) {
      throttle.succeeded(address, user);
    }
  }

  /** The user a password is given for, or null when the request gives none. */
  private static String user(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if ("POST".equals(request.getMethod()) && path.startsWith(WEBAPP_LOGIN) && path.contains("/login/")) {
      String user = request.getParameter("username");
      return user == null ? "" : user;
    }
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    try {
      String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      return colon < 0 ? decoded : decoded.substring(0, colon);
    } catch (IllegalArgumentException e) {
      return "";
    }
  }
}
