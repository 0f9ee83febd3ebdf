package kz.qyzmet.tasklist;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What Qyzmet adds to the requests Tasklist makes of the engine. */
@Configuration
class TasklistConfiguration {

  @Bean
  FilterRegistrationBean<StandardsInOrder> standardsInOrder() {
    FilterRegistrationBean<StandardsInOrder> registration = new FilterRegistrationBean<>(new StandardsInOrder());
    registration.addUrlPatterns("/camunda/api/engine/*");
    return registration;
  }
}
