package kz.qyzmet.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.net.URI;
import java.sql.SQLException;
import java.time.Duration;
import org.apache.ibatis.exceptions.PersistenceException;
import org.camunda.bpm.engine.ProcessEnginePersistenceException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandler;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.glassfish.jersey.internal.MapPropertiesDelegate;
import org.glassfish.jersey.server.ApplicationHandler;
import org.glassfish.jersey.server.ContainerRequest;
import org.glassfish.jersey.server.ContainerResponse;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.GenericApplicationContext;

/** Jersey picks the mapper for the engine's persistence exceptions over Camunda's own, as the engine REST API does. */
class DatabaseUnavailableRestMapperTest {

  @Path("/fail")
  public static class Failing {

    @GET
    @Path("/database")
    public String database() {
      throw new ProcessEnginePersistenceException("select", new PersistenceException(
          new SQLException("Connection to localhost:5432 refused", "08001")));
    }

    @GET
    @Path("/constraint")
    public String constraint() {
      throw new ProcessEnginePersistenceException("insert", new PersistenceException(
          new SQLException("duplicate key value violates unique constraint", "23505")));
    }
  }

  private final ApplicationHandler jersey = new ApplicationHandler(new ResourceConfig(Failing.class)
      // jersey-spring is on the class path: give it an (empty) Spring context instead of applicationContext.xml
      .property("contextConfig", emptySpringContext())
      .register(new ProcessEngineExceptionHandler())
      .register(new ExceptionHandler())
      .register(new DatabaseUnavailableRestMapper(new DatabaseUnavailable(new ObjectMapper(), Duration.ofSeconds(5)))));

  @Test
  void aLostDatabaseIs503() throws Exception {
    ContainerResponse response = get("/fail/database");
    assertThat(response.getStatus()).isEqualTo(503);
    assertThat(response.getHeaderString("Retry-After")).isEqualTo("5");
    assertThat((String) response.getEntity()).contains("\"instance\":\"/fail/database\"");
  }

  @Test
  void anyOtherPersistenceFailureIsAnsweredByCamundaAsBefore() throws Exception {
    assertThat(get("/fail/constraint").getStatus()).isEqualTo(500);
  }

  private static GenericApplicationContext emptySpringContext() {
    GenericApplicationContext context = new GenericApplicationContext();
    context.refresh();
    return context;
  }

  private ContainerResponse get(String path) throws Exception {
    ContainerRequest request = new ContainerRequest(URI.create("http://localhost/"),
        URI.create("http://localhost" + path), "GET", null, new MapPropertiesDelegate(), null);
    return jersey.apply(request).get();
  }
}
