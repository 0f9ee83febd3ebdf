package kz.qyzmet.cluster;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * One node starts at a time: from the moment the data source exists (before Flyway and the engine)
 * until the application is ready, a node holds a PostgreSQL session-level advisory lock. So nodes
 * started together on an empty database do not race to create the engine's tables (the loser's
 * {@code CREATE TABLE} fails and it does not start), to insert the role groups and demo users, or
 * to deploy the models: the second node finds all of it done. The engine's own deployment lock and
 * duplicate filtering would cover deployment alone; the schema and the setup rows need this.
 *
 * <p>The lock belongs to the database session, so a node that dies while starting releases it with
 * its connection. A node that waits longer than {@code qyzmet.cluster.startup-lock-timeout} does not
 * start. On another database than PostgreSQL nothing is locked. Needs a session-pooling connection
 * (direct, or PgBouncer in session mode).
 */
@Component
@ConditionalOnProperty(prefix = "qyzmet.cluster", name = "enabled", havingValue = "true")
public class StartupLock implements BeanPostProcessor, ApplicationListener<ApplicationReadyEvent>, EnvironmentAware,
    DisposableBean {

  /** "qyzmet" in ASCII: the key of the advisory lock. */
  static final long KEY = 0x71797a6d6574L;
  private static final Logger LOG = LoggerFactory.getLogger(StartupLock.class);

  private Duration timeout = Duration.ofMinutes(10);
  private String nodeName = "?";
  private Connection connection;
  private boolean done;
  private long takenAt;

  @Override
  public void setEnvironment(Environment environment) {
    ClusterProperties properties = Binder.get(environment).bind("qyzmet.cluster", ClusterProperties.class)
        .orElse(null);
    if (properties != null) {
      timeout = properties.startupLockTimeout();
      nodeName = properties.nodeName();
    }
  }

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    if (bean instanceof DataSource dataSource) {
      acquire(dataSource);
    }
    return bean;
  }

  synchronized void acquire(DataSource dataSource) {
    if (done || connection != null) {
      return;
    }
    try {
      Connection c = dataSource.getConnection();
      if (!"PostgreSQL".equalsIgnoreCase(c.getMetaData().getDatabaseProductName())) {
        c.close();
        done = true;
        return;
      }
      c.setAutoCommit(true);
      long start = System.nanoTime();
      long deadline = start + timeout.toNanos();
      long nextLog = start;
      while (!tryLock(c)) {
        long now = System.nanoTime();
        if (now > deadline) {
          c.close();
          throw new IllegalStateException("Node " + nodeName + " waited " + timeout + " for another node to finish "
              + "starting (PostgreSQL advisory lock " + KEY + ") and gives up");
        }
        if (now >= nextLog) {
          LOG.info("Node {} waits for another node to finish starting", nodeName);
          nextLog = now + Duration.ofSeconds(10).toNanos();
        }
        Thread.sleep(250);
      }
      connection = c;
      takenAt = System.nanoTime();
      LOG.info("Node {} took the startup lock after {} ms", nodeName, (takenAt - start) / 1_000_000);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot take the startup lock", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for the startup lock", e);
    }
  }

  private static boolean tryLock(Connection c) throws SQLException {
    try (Statement statement = c.createStatement();
        ResultSet rs = statement.executeQuery("select pg_try_advisory_lock(" + KEY + ")")) {
      return rs.next() && rs.getBoolean(1);
    }
  }

  @Override
  public void onApplicationEvent(ApplicationReadyEvent event) {
    release();
  }

  @Override
  public void destroy() {
    release();
  }

  synchronized void release() {
    done = true;
    if (connection == null) {
      return;
    }
    Connection c = connection;
    connection = null;
    try (Statement statement = c.createStatement()) {
      statement.execute("select pg_advisory_unlock(" + KEY + ")");
      c.close();
      LOG.info("Node {} released the startup lock after {} ms", nodeName, (System.nanoTime() - takenAt) / 1_000_000);
    } catch (SQLException e) {
      // The session may still hold the lock: end it rather than return it to the pool.
      LOG.warn("Could not release the startup lock; closing its connection", e);
      try {
        c.abort(Runnable::run);
      } catch (SQLException ignored) {
        // the connection is gone, and the lock with it
      }
    }
  }
}
