package kz.qyzmet.tasklist;

import kz.qyzmet.catalog.StandardsCatalog;
import kz.qyzmet.process.RequiredDocuments;
import kz.qyzmet.process.TaskFormTexts;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
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

  @Bean
  FilterRegistrationBean<TodaysStartForms> todaysStartForms(StandardsCatalog catalog, RequiredDocuments requiredDocuments,
      RepositoryService repository) {
    FilterRegistrationBean<TodaysStartForms> registration =
        new FilterRegistrationBean<>(new TodaysStartForms(catalog, requiredDocuments, repository));
    registration.addUrlPatterns("/camunda/api/engine/*", "/engine-rest/*");
    return registration;
  }

  /**
   * Outside FormPresentation: a head's form request is answered here without going further, so
   * FormPresentation never sees (nor completes) the empty variables it answers.
   */
  @Bean
  FilterRegistrationBean<SupervisedTaskForm> supervisedTaskForm(ProcessEngine engine) {
    FilterRegistrationBean<SupervisedTaskForm> registration = new FilterRegistrationBean<>(new SupervisedTaskForm(engine));
    registration.addUrlPatterns("/camunda/api/engine/*");
    registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 11);
    return registration;
  }

  @Bean
  FilterRegistrationBean<FormPresentation> formPresentation(ProcessEngine engine, TaskFormTexts texts) {
    FilterRegistrationBean<FormPresentation> registration = new FilterRegistrationBean<>(
        new FormPresentation(engine, texts));
    registration.addUrlPatterns("/camunda/api/engine/*", "/engine-rest/*");
    // After Spring Security and the engine doors' guard (kz.qyzmet.security.SecurityConfiguration).
    registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 12);
    return registration;
  }
}
