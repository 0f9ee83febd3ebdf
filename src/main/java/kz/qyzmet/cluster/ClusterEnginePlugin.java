package kz.qyzmet.cluster;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Names the engine after the node: the job executor locks jobs as {@code QYZMET_NODE_ID} (column
 * {@code act_ru_job.lock_owner_}) and the engine reports under that name ({@code hostname_} of the
 * job log, the metrics reporter). The starter has no property for the lock owner; without this
 * every node would lock as a random UUID and show the same host name, and nobody could tell which
 * node holds or ran a job.
 */
@Component
@ConditionalOnProperty(prefix = "qyzmet.cluster", name = "enabled", havingValue = "true")
public class ClusterEnginePlugin implements ProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(ClusterEnginePlugin.class);

  private final String nodeName;

  public ClusterEnginePlugin(ClusterProperties properties) {
    this.nodeName = properties.nodeName();
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setHostname(nodeName);
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    JobExecutor jobExecutor = configuration.getJobExecutor();
    if (jobExecutor != null) {
      jobExecutor.setLockOwner(nodeName);
    }
    LOG.info("Cluster node {}: job lock owner and engine host name set", nodeName);
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
    // nothing to do
  }
}
