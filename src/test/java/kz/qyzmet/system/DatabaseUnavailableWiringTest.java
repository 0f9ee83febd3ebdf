package kz.qyzmet.system;

import static org.assertj.core.api.Assertions.assertThat;

import kz.qyzmet.QyzmetIntegrationTest;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.HandlerExceptionResolver;

/** The 503 answer is wired into the engine REST API and runs ahead of the controller advice. */
@QyzmetIntegrationTest
class DatabaseUnavailableWiringTest {

  @Autowired
  ResourceConfig engineRest;

  @Autowired
  DatabaseUnavailableResolver resolver;

  @Autowired
  HandlerExceptionResolver handlerExceptionResolver;

  @Test
  void theEngineRestApiHasTheMapper() {
    assertThat(engineRest.getInstances()).anyMatch(DatabaseUnavailableRestMapper.class::isInstance);
  }

  @Test
  void theResolverComesBeforeTheOneThatCallsTheControllerAdvice() {
    assertThat(resolver.getOrder()).isLessThan(((Ordered) handlerExceptionResolver).getOrder());
  }
}
