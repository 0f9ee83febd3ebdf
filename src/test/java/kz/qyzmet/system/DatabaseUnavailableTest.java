package kz.qyzmet.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.ServletException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import org.apache.ibatis.exceptions.PersistenceException;
import jakarta.ws.rs.core.Response;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.ProcessEnginePersistenceException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/** Which failures mean "the database cannot be reached", and the 503 they are answered with. */
class DatabaseUnavailableTest {

  private final DatabaseUnavailable databaseUnavailable = new DatabaseUnavailable(new ObjectMapper(),
      Duration.ofSeconds(7));

  @Test
  void connectionFailuresAreRecognisedWhateverWrapsThem() {
    SQLTransientConnectionException poolTimeout = new SQLTransientConnectionException(
        "HikariPool-1 - Connection is not available, request timed out after 3000ms",
        "08001", new SQLException("Connection to localhost:5432 refused", "08001"));
    // Spring's transaction manager could not open a connection for the engine's command
    assertThat(DatabaseUnavailable.isCause(new ProcessEngineException("identity",
        new CannotCreateTransactionException("Could not open JDBC Connection for transaction", poolTimeout))))
        .isTrue();
    assertThat(DatabaseUnavailable.isCause(new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
        new SQLException("refused")))).isTrue();
    // a connection the server ended while it was in use (pg_ctl stop -m fast), inside MyBatis and the engine
    assertThat(DatabaseUnavailable.isCause(new ProcessEngineException("flush", new PersistenceException(
        new SQLException("terminating connection due to administrator command", "57P01"))))).isTrue();
    // the commit whose connection broke
    assertThat(DatabaseUnavailable.isCause(new TransactionSystemException("Could not commit JDBC transaction",
        new SQLException("An I/O error occurred while sending to the backend.", "08006")))).isTrue();
    // the connection broke inside a transaction: the rollback fails too, and Spring throws that,
    // with the real failure as its application exception (seen on PostgreSQL stopped mid-request)
    TransactionSystemException rollbackFailed = new TransactionSystemException("JDBC rollback failed",
        new SQLException("Connection is closed"));
    rollbackFailed.initApplicationException(new ProcessEngineException("checkPassword", new PersistenceException(
        new SQLException("An I/O error occurred while sending to the backend.", "08006"))));
    assertThat(DatabaseUnavailable.isCause(new ProcessEngineException("persistence", rollbackFailed))).isTrue();
    // the commit broke and so did its rollback: Spring throws the rollback's failure alone (seen on
    // PostgreSQL restarted mid-request, ClusterFaultToleranceTest)
    assertThat(DatabaseUnavailable.isCause(new ProcessEngineException("persistence", new TransactionSystemException(
        "JDBC rollback failed", new SQLException("Connection is closed"))))).isTrue();
    assertThat(DatabaseUnavailable.isCause(new SQLException("Connection is closed"))).isFalse();
    assertThat(DatabaseUnavailable.isCause(new ServletException("Request processing failed",
        new SQLException("the database system is starting up", "57P03")))).isTrue();
  }

  @Test
  void otherFailuresAreNot() {
    assertThat(DatabaseUnavailable.isCause(new DataIntegrityViolationException("duplicate key",
        new SQLException("duplicate key value violates unique constraint", "23505")))).isFalse();
    assertThat(DatabaseUnavailable.isCause(new ProcessEngineException("Unknown property used in expression")))
        .isFalse();
    assertThat(DatabaseUnavailable.isCause(new IllegalStateException())).isFalse();
    RuntimeException loop = new RuntimeException("a");
    RuntimeException other = new RuntimeException("b", loop);
    loop.initCause(other);
    assertThat(DatabaseUnavailable.isCause(loop)).isFalse();
  }

  @Test
  void theFilterAnswers503ProblemJsonWithRetryAfter() throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/applications");
    MockHttpServletResponse response = new MockHttpServletResponse();
    new DatabaseUnavailableFilter(databaseUnavailable).doFilter(request, response, new MockFilterChain() {
      @Override
      public void doFilter(jakarta.servlet.ServletRequest req, jakarta.servlet.ServletResponse res) {
        throw new ProcessEngineException("checkPassword", new CannotCreateTransactionException("no connection",
            new SQLTransientConnectionException("timed out")));
      }
    });
    assertThat(response.getStatus()).isEqualTo(503);
    assertThat(response.getHeader("Retry-After")).isEqualTo("7");
    assertThat(response.getContentType()).startsWith("application/problem+json");
    JsonNode problem = new ObjectMapper().readTree(response.getContentAsString());
    assertThat(problem.path("status").asInt()).isEqualTo(503);
    assertThat(problem.path("title").asText()).isEqualTo("Service Unavailable");
    assertThat(problem.path("reason").asText()).isEqualTo("database-unavailable");
    assertThat(problem.path("instance").asText()).isEqualTo("/api/v1/applications");
  }

  @Test
  void theFilterLetsEveryOtherFailureThrough() {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/standards");
    MockHttpServletResponse response = new MockHttpServletResponse();
    assertThatThrownBy(() -> new DatabaseUnavailableFilter(databaseUnavailable).doFilter(request, response,
        new MockFilterChain() {
          @Override
          public void doFilter(jakarta.servlet.ServletRequest req, jakarta.servlet.ServletResponse res) {
            throw new IllegalStateException("a bug");
          }
        })).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void theEngineRestApiAnswers503ForAConnectionFailureAndAsBeforeOtherwise() {
    DatabaseUnavailableRestMapper mapper = new DatabaseUnavailableRestMapper(databaseUnavailable);
    Response unavailable = mapper.toResponse(new ProcessEnginePersistenceException("query", new PersistenceException(
        new SQLException("Connection to localhost:5432 refused", "08001"))));
    assertThat(unavailable.getStatus()).isEqualTo(503);
    assertThat(unavailable.getHeaderString("Retry-After")).isEqualTo("7");
    assertThat(unavailable.getMediaType().toString()).isEqualTo("application/problem+json");
    assertThat((String) unavailable.getEntity()).contains("\"reason\":\"database-unavailable\"");
    Response other = mapper.toResponse(new ProcessEnginePersistenceException("insert", new PersistenceException(
        new SQLException("duplicate key value violates unique constraint", "23505"))));
    assertThat(other.getStatus()).as("Camunda's own answer").isEqualTo(500);
  }

  @Test
  void theResolverTakesOnlyConnectionFailures() {
    DatabaseUnavailableResolver resolver = new DatabaseUnavailableResolver(databaseUnavailable);
    MockHttpServletResponse response = new MockHttpServletResponse();
    assertThat(resolver.resolveException(new MockHttpServletRequest("GET", "/api/v1/applications/x"), response, null,
        new IllegalStateException("a bug"))).isNull();
    assertThat(response.getStatus()).isEqualTo(200);
    assertThat(resolver.resolveException(new MockHttpServletRequest("GET", "/api/v1/applications/x"), response, null,
        new CannotGetJdbcConnectionException("no connection"))).isNotNull();
    assertThat(response.getStatus()).isEqualTo(503);
  }
}
