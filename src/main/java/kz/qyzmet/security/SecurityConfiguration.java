package kz.qyzmet.security;

import static kz.qyzmet.security.Roles.authority;

import java.util.Arrays;
import java.util.stream.Stream;
import kz.qyzmet.automated.InformationSystems;
import org.springframework.http.HttpMethod;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * One way in per audience. HTTP Basic for the REST APIs and the actuator, checked against the
 * engine's identity service: {@code /api/v1} for external systems and workers' offices (rights in
 * {@code kz.qyzmet.api.ApiRights}), {@code /engine-rest} (every path under it, including the
 * {@code /engine-rest/engine/{name}/…} aliases) for administrators only, but for the five
 * external-task calls an information system makes for its own topics ({@link InformationSystemDoor}).
 * The Camunda webapps
 * (/camunda/**) are not matched here: they keep their own session login and CSRF protection, and
 * what a user may do there is the engine's authorizations (kz.qyzmet.identity.RoleDefinition) plus
 * {@link EngineDoorGuard}. Wrong passwords are throttled per client address ({@link LoginThrottle}).
 */
@Configuration
public class SecurityConfiguration {

  static final String REALM = "Qyzmet";

  /** The external-task calls an information system makes, and no other path of the engine REST API. */
  static final RequestMatcher[] EXTERNAL_TASK_DOOR = Arrays.stream(new String[] {"/engine-rest/external-task/fetchAndLock",
      "/engine-rest/external-task/{id}/complete", "/engine-rest/external-task/{id}/failure",
      "/engine-rest/external-task/{id}/bpmnError", "/engine-rest/external-task/{id}/extendLock"})
      .map(pattern -> PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, pattern))
      .toArray(RequestMatcher[]::new);

  private static String[] informationSystemAuthorities() {
    return Stream.concat(Stream.of(Roles.ADMIN), InformationSystems.fromClasspath().groups().stream())
        .map(Roles::authority).toArray(String[]::new);
  }

  @Bean
  SecurityFilterChain restApiSecurity(HttpSecurity http, EngineIdentityAuthenticationProvider provider,
      IdentityService identityService) throws Exception {
    AuthenticationEntryPoint entryPoint = (request, response, failure) -> {
      response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\"");
      SecurityProblems.write(request, response, HttpStatus.UNAUTHORIZED,
          "Sign in with HTTP Basic: a user and password of Qyzmet");
    };

    http
        .securityMatcher(new OrRequestMatcher(paths("/api/**", "/engine-rest/**", "/actuator/**")))
        .authenticationProvider(provider)
        .authorizeHttpRequests(auth -> auth
            .requestMatchers(paths("/actuator/health", "/actuator/health/**")).permitAll()
            // The one exception: information systems fetch and answer the external tasks of the
            // fully automated services (InformationSystemDoor says which topics and variables).
            .requestMatchers(EXTERNAL_TASK_DOOR).hasAnyAuthority(informationSystemAuthorities())
            // The engine's own API decides, changes and reads everything: administrators only.
            // External systems use /api/v1, workers and process owners the webapps.
            .requestMatchers(paths("/engine-rest", "/engine-rest/**")).hasAuthority(authority(Roles.ADMIN))
            .anyRequest().authenticated())
        .httpBasic(basic -> basic.authenticationEntryPoint(entryPoint).realmName(REALM))
        .exceptionHandling(ex -> ex.authenticationEntryPoint(entryPoint).accessDeniedHandler((request, response, denied) ->
            SecurityProblems.write(request, response, HttpStatus.FORBIDDEN, request.getRequestURI().contains("/engine-rest")
                ? "The engine's REST API is for administrators; external systems use /api/v1"
                : "You may not do this")))
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        // Stateless HTTP Basic without cookies: there is no session a forged request could ride on.
        .csrf(csrf -> csrf.disable())
        .addFilterAfter(engineAuthenticationFilter(identityService), AuthorizationFilter.class);
    return http.build();
  }

  /** A request the firewall refuses (CR LF, {@code //}, {@code ..}) is a client's mistake, answered as a problem. */
  @Bean
  RequestRejectedHandler requestRejectedHandler() {
    return (request, response, rejected) -> SecurityProblems.write(request, response, HttpStatus.BAD_REQUEST,
        "The request's address or headers are malformed");
  }

  @Bean
  FilterRegistrationBean<LoginThrottleFilter> loginThrottleFilter(LoginThrottle throttle) {
    FilterRegistrationBean<LoginThrottleFilter> registration = new FilterRegistrationBean<>(new LoginThrottleFilter(throttle));
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }

  @Bean
  FilterRegistrationBean<EngineErrorAnswers> engineErrorAnswers() {
    FilterRegistrationBean<EngineErrorAnswers> registration = new FilterRegistrationBean<>(new EngineErrorAnswers());
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
    return registration;
  }

  @Bean
  FilterRegistrationBean<EngineDoorGuard> engineDoorGuard(
      @Value("${qyzmet.security.runtime-deployments:true}") boolean runtimeDeployments, ProcessEngine processEngine) {
    FilterRegistrationBean<EngineDoorGuard> registration =
        new FilterRegistrationBean<>(new EngineDoorGuard(runtimeDeployments, processEngine));
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*", "/camunda/api/admin/auth/*");
    // After Spring Security (which answers the engine REST API's unauthenticated and non-admin calls).
    registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 10);
    return registration;
  }

  @Bean
  FilterRegistrationBean<InformationSystemDoor> informationSystemDoor() {
    FilterRegistrationBean<InformationSystemDoor> registration =
        new FilterRegistrationBean<>(new InformationSystemDoor(InformationSystems.fromClasspath()));
    registration.addUrlPatterns("/engine-rest/external-task/*");
    // After Spring Security, which has authenticated the caller and let only these paths through.
    registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 11);
    return registration;
  }

  /**
   * Path matchers that look at the whole path: the engine REST API is a Jersey servlet beside Spring
   * MVC's, so matchers bound to the MVC servlet would not see it.
   */
  static RequestMatcher[] paths(String... patterns) {
    return Arrays.stream(patterns)
        .map(pattern -> PathPatternRequestMatcher.withDefaults().matcher(pattern))
        .toArray(RequestMatcher[]::new);
  }

  private EngineAuthenticationFilter engineAuthenticationFilter(IdentityService identityService) {
    EngineAuthenticationFilter filter = new EngineAuthenticationFilter(identityService);
    filter.setRequestMatcher(request -> request.getRequestURI().startsWith(request.getContextPath() + "/engine-rest/"));
    return filter;
  }
}
