package kz.qyzmet.security;

import static kz.qyzmet.security.Roles.authority;

import java.util.Arrays;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * HTTP Basic for the REST APIs and the actuator, checked against the engine's identity service.
 * The Camunda webapps (/camunda/**) are not matched here: they keep their own session login and
 * CSRF protection, and their access is governed by the engine's application authorizations.
 */
@Configuration
public class SecurityConfiguration {

  static final String REALM = "Qyzmet";

  @Bean
  SecurityFilterChain restApiSecurity(HttpSecurity http, EngineIdentityAuthenticationProvider provider,
      IdentityService identityService) throws Exception {
    BasicAuthenticationEntryPoint entryPoint = new BasicAuthenticationEntryPoint();
    entryPoint.setRealmName(REALM);
    entryPoint.afterPropertiesSet();

    String[] taskReaders = {
        authority(Roles.ADMIN), authority(Roles.PROCESS_OWNERS),
        authority(Roles.PSC_OPERATORS), authority(Roles.ZTMO_SPECIALISTS), authority(Roles.PROVIDER_SPECIALISTS),
        authority(Roles.DEPARTMENT_HEADS), authority(Roles.QUALITY_INSPECTORS)};

    http
        .securityMatcher(new OrRequestMatcher(paths("/api/**", "/engine-rest/**", "/actuator/**")))
        .authenticationProvider(provider)
        .authorizeHttpRequests(auth -> auth
            .requestMatchers(paths("/actuator/health", "/actuator/health/**")).permitAll()
            // Tasks are the workers' business: integration clients start and follow applications
            // but never list or touch tasks.
            .requestMatchers(paths("/engine-rest/task/**", "/engine-rest/filter/**", "/engine-rest/history/task/**"))
            .hasAnyAuthority(taskReaders)
            .anyRequest().authenticated())
        .httpBasic(basic -> basic.authenticationEntryPoint(entryPoint).realmName(REALM))
        .exceptionHandling(ex -> ex.authenticationEntryPoint(entryPoint))
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        // Stateless HTTP Basic without cookies: there is no session a forged request could ride on.
        .csrf(csrf -> csrf.disable())
        .addFilterAfter(engineAuthenticationFilter(identityService), AuthorizationFilter.class);
    return http.build();
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
