package kz.qyzmet.system;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionSystemException;

/**
 * Tells a failure to reach the database (down, restarting, refusing connections, the pool timing
 * out) from every other failure, and answers it as {@code 503 Service Unavailable} with
 * {@code Retry-After} and an {@code application/problem+json} body, rather than as a 500 or a hang.
 *
 * <p>Recognised anywhere in the cause chain, whatever wraps it (Spring's
 * {@code CannotCreateTransactionException}, Camunda's {@code ProcessEngineException}, MyBatis):
 * {@link DataAccessResourceFailureException} (and so {@code CannotGetJdbcConnectionException}),
 * the JDBC connection exceptions ({@link SQLTransientConnectionException}, which is HikariCP's pool
 * timeout, {@link SQLNonTransientConnectionException}, {@link SQLRecoverableException}),
 * {@link ConnectException}, and any {@link SQLException} whose SQLState is of class 08 (connection
 * exception), 57P01-57P03 (the server shutting down or starting up) or 53300 (too many connections).
 * Used by {@link DatabaseUnavailableFilter} (whatever escapes the servlet, the security filters
 * included), {@link DatabaseUnavailableResolver} (Spring MVC, ahead of the controller advice) and
 * {@link DatabaseUnavailableRestMapper} (the engine REST API).
 */
@Component
public class DatabaseUnavailable {

  public static final String REASON = "database-unavailable";
  private static final Logger LOG = LoggerFactory.getLogger(DatabaseUnavailable.class);
  private static final long LOG_EVERY_NANOS = Duration.ofSeconds(5).toNanos();

  private final ObjectMapper objectMapper;
  private final Duration retryAfter;
  private final AtomicLong lastLogged = new AtomicLong(System.nanoTime() - LOG_EVERY_NANOS);
  private final AtomicLong unlogged = new AtomicLong();

  public DatabaseUnavailable(ObjectMapper objectMapper,
      @Value("${qyzmet.database-unavailable.retry-after:5s}") Duration retryAfter) {
    this.objectMapper = objectMapper;
    this.retryAfter = retryAfter;
  }

  /**
   * Whether {@code failure}, or anything behind it, says the database cannot be reached. Follows
   * causes, {@link SQLException#getNextException()}, and the application exception of a
   * {@link TransactionSystemException}: when a connection breaks in the middle of a transaction, the
   * rollback fails too ("Connection is closed") and Spring throws that, with the real failure beside it
   * or, when it was the commit that failed, without it.
   */
  public static boolean isCause(Throwable failure) {
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<Throwable> pending = new ArrayDeque<>();
    pending.add(failure);
    while (!pending.isEmpty() && seen.size() < 64) {
      Throwable t = pending.poll();
      if (t == null || !seen.add(t)) {
        continue;
      }
      if (t instanceof DataAccessResourceFailureException
          || t instanceof SQLTransientConnectionException
          || t instanceof SQLNonTransientConnectionException
          || t instanceof SQLRecoverableException
          || t instanceof ConnectException
          || t instanceof SQLException sql && isConnectionState(sql.getSQLState())) {
        return true;
      }
      // A commit that failed because the connection broke: Spring rolls back, the rollback fails on
      // the connection the pool has already closed (HikariCP's closed proxy, "Connection is closed",
      // no SQLState), and it throws that, logging the commit's failure without keeping it
      // (AbstractPlatformTransactionManager.doRollbackOnCommitException; seen on PostgreSQL
      // restarted mid-request).
      if (t instanceof TransactionSystemException && t.getCause() instanceof SQLException closed
          && "Connection is closed".equals(closed.getMessage())) {
        return true;
      }
      if (t.getCause() != null) {
        pending.add(t.getCause());
      }
      if (t instanceof SQLException sql && sql.getNextException() != null) {
        pending.add(sql.getNextException());
      }
      if (t instanceof TransactionSystemException tse && tse.getApplicationException() != null) {
        pending.add(tse.getApplicationException());
      }
    }
    return false;
  }

  static boolean isConnectionState(String sqlState) {
    return sqlState != null && (sqlState.startsWith("08") || sqlState.equals("57P01") || sqlState.equals("57P02")
        || sqlState.equals("57P03") || sqlState.equals("53300"));
  }

  /** Writes the 503 problem, unless the response is already on its way (then false). */
  public boolean answer(HttpServletRequest request, HttpServletResponse response, Throwable failure)
      throws IOException {
    log(request.getMethod(), request.getRequestURI(), failure);
    if (response.isCommitted()) {
      return false;
    }
    response.resetBuffer();
    response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
    response.setHeader("Retry-After", Long.toString(retryAfterSeconds()));
    response.setHeader("Cache-Control", "no-store");
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    response.getOutputStream().write(problem(request.getRequestURI()).getBytes(StandardCharsets.UTF_8));
    response.flushBuffer();
    return true;
  }

  /** The seconds of {@code Retry-After}. */
  public long retryAfterSeconds() {
    return Math.max(1, retryAfter.toSeconds());
  }

  /** The problem (RFC 9457) as JSON, for the request path {@code instance}. */
  public String problem(String instance) {
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", "about:blank");
    problem.put("title", HttpStatus.SERVICE_UNAVAILABLE.getReasonPhrase());
    problem.put("status", HttpStatus.SERVICE_UNAVAILABLE.value());
    problem.put("detail", "The database cannot be reached at the moment; retry in " + retryAfterSeconds() + " s. A "
        + "request that got this answer may or may not have been carried out: repeat a submission with the same "
        + "externalId.");
    problem.put("instance", instance);
    problem.put("reason", REASON);
    try {
      return objectMapper.writeValueAsString(problem);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** One line per 5 s at most, with the number of failures not logged since: an outage floods nothing. */
  void log(String method, String path, Throwable failure) {
    long now = System.nanoTime();
    long last = lastLogged.get();
    if (now - last >= LOG_EVERY_NANOS && lastLogged.compareAndSet(last, now)) {
      long more = unlogged.getAndSet(0);
      LOG.warn("Database unavailable: {} {} answered 503 ({}){}", method, path,
          rootMessage(failure), more > 0 ? "; " + more + " more since the last report" : "");
    } else {
      unlogged.incrementAndGet();
    }
  }

  private static String rootMessage(Throwable failure) {
    Throwable root = failure;
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    while (root.getCause() != null && seen.add(root)) {
      root = root.getCause();
    }
    return root.getClass().getSimpleName() + ": " + root.getMessage();
  }
}
