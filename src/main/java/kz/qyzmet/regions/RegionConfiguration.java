package kz.qyzmet.regions;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.time.Duration;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The router in front of {@code /api/v1/applications} and the client that talks to the other regions. */
@Configuration
public class RegionConfiguration {

  @Bean
  RegionClient regionClient(RegionProperties regions) {
    return new RegionClient(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(3)).build(), regions);
  }

  /** After Spring Security's chain: the caller has signed in before anything is routed. */
  @Bean
  FilterRegistrationBean<RegionRouter> regionRouter(RegionProperties regions, ObjectMapper json, RegionClient client) {
    FilterRegistrationBean<RegionRouter> registration = new FilterRegistrationBean<>(
        new RegionRouter(regions, json, client.http()));
    registration.addUrlPatterns("/api/*");
    registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 10);
    return registration;
  }
}
