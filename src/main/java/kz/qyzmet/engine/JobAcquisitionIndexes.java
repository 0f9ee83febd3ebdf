package kz.qyzmet.engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Two indexes on the engine's job table for the job executor's acquisition query, which the engine
 * does not create. Every acquisition (every few seconds on an idle node, back to back while timers
 * are due) looks for jobs whose due date has passed and that no node holds locked, excluding the
 * jobs of a process instance another job of which is locked. Without an index on the due date and
 * one on the lock's expiry, PostgreSQL reads the whole of {@code act_ru_job} for that, and every
 * open application keeps two to four timers there: with 100,000 waiting timers an acquisition that
 * finds nothing took 140-240 ms, one that finds due jobs 7-9 ms; with the indexes, 0.1 ms
 * (docs/performance.md).
 *
 * <p>Created once the engine has created or updated its tables (Flyway runs before, on an empty
 * database the table does not exist yet), if missing; a failure is logged and does not stop the
 * start (the indexes make acquisition cheaper, they change no result). On a large existing table
 * the first creation holds writes to it for the time the index takes to build (about a second per
 * 100,000 jobs).
 */
@Component
public class JobAcquisitionIndexes implements ProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(JobAcquisitionIndexes.class);

  /** The indexes by name, with the statement that creates each one if it is missing. */
  public static final Map<String, String> INDEXES = Map.of(
      "qz_act_ru_job_duedate", "create index if not exists qz_act_ru_job_duedate on act_ru_job (duedate_)",
      "qz_act_ru_job_lock_exp", "create index if not exists qz_act_ru_job_lock_exp on act_ru_job (lock_exp_time_)");

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    // nothing to do
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    // nothing to do
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
    String type = configuration.getDatabaseType();
    if (!"postgres".equals(type) && !"h2".equals(type)) {
      LOG.info("Job acquisition indexes: not created on database type {}", type);
      return;
    }
    if (configuration.getDatabaseTablePrefix() != null && !configuration.getDatabaseTablePrefix().isEmpty()) {
      LOG.info("Job acquisition indexes: not created with the table prefix {}", configuration.getDatabaseTablePrefix());
      return;
    }
    create(configuration.getDataSource());
  }

  public static void create(DataSource dataSource) {
    for (String ddl : INDEXES.values()) {
      try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
        statement.execute(ddl);
        if (!connection.getAutoCommit()) {
          connection.commit();
        }
      } catch (SQLException | RuntimeException e) {
        LOG.warn("Job acquisition index not created ({}): {}", ddl, e.toString());
      }
    }
  }
}
