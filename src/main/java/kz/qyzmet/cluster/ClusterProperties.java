package kz.qyzmet.cluster;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code qyzmet.cluster.*}: set by the {@code cluster} profile ({@code application-cluster.yaml}).
 * See docs/cluster.md.
 *
 * @param enabled this node is one of several on one database: it names itself ({@link #nodeName()})
 *     as the engine's job lock owner and host name, and takes the startup lock.
 * @param nodeId the node's name, unique in the cluster ({@code QYZMET_NODE_ID}); when blank, the
 *     host name and the process id.
 * @param startupLockTimeout how long a starting node waits for another node to finish starting
 *     before it gives up (and fails to start).
 */
@ConfigurationProperties("qyzmet.cluster")
public record ClusterProperties(
    @DefaultValue("false") boolean enabled,
    @DefaultValue("") String nodeId,
    @DefaultValue("10m") Duration startupLockTimeout) {

  /** The configured node id, or {@code <host>-<pid>} when none is set. */
  public String nodeName() {
    if (nodeId != null && !nodeId.isBlank()) {
      return nodeId.trim();
    }
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      host = "node";
    }
    return host + "-" + ManagementFactory.getRuntimeMXBean().getPid();
  }
}
