package kz.qyzmet.system;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.ProcessEnginePersistenceException;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;

/**
 * The engine REST API ({@code /engine-rest}, Jersey) answers with Camunda's own exception mappers,
 * which make a lost database connection a 500. This mapper takes the engine's persistence exceptions
 * first (it is the closer type): a failure to reach the database becomes the same 503 as everywhere
 * else ({@link DatabaseUnavailable}); any other persistence failure goes to Camunda's handler as
 * before. Most calls never get here during an outage: their HTTP Basic check fails first and
 * {@link DatabaseUnavailableFilter} answers.
 */
public class DatabaseUnavailableRestMapper implements ExceptionMapper<ProcessEnginePersistenceException> {

  private final DatabaseUnavailable databaseUnavailable;
  private final ProcessEngineExceptionHandler camunda = new ProcessEngineExceptionHandler();

  @jakarta.ws.rs.core.Context
  private UriInfo uriInfo;

  public DatabaseUnavailableRestMapper(DatabaseUnavailable databaseUnavailable) {
    this.databaseUnavailable = databaseUnavailable;
  }

  @Override
  public Response toResponse(ProcessEnginePersistenceException exception) {
    if (!DatabaseUnavailable.isCause(exception)) {
      return camunda.toResponse(exception);
    }
    String path = uriInfo == null ? "/engine-rest" : uriInfo.getRequestUri().getPath();
    databaseUnavailable.log("engine REST", path, exception);
    return Response.status(Response.Status.SERVICE_UNAVAILABLE)
        .header("Retry-After", databaseUnavailable.retryAfterSeconds())
        .header("Cache-Control", "no-store")
        .type(MediaType.APPLICATION_PROBLEM_JSON_VALUE)
        .entity(databaseUnavailable.problem(path))
        .build();
  }

  /** Registers the mapper with the engine REST API's Jersey configuration. */
  @Configuration(proxyBeanMethods = false)
  static class Registration {

    @Bean
    ResourceConfigCustomizer databaseUnavailableRestMapper(DatabaseUnavailable databaseUnavailable) {
      return config -> config.register(new DatabaseUnavailableRestMapper(databaseUnavailable));
    }
  }
}
