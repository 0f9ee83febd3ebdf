package kz.qyzmet.events;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code qyzmet.events}: how deliveries are made and retried (docs/events.md, "Configuration"). */
@ConfigurationProperties("qyzmet.events")
public class EventsProperties {

  /** Pause between two delivery passes of the cluster's one delivery task. */
  private Duration deliveryInterval = Duration.ofSeconds(1);
  private Duration connectTimeout = Duration.ofSeconds(3);
  /** The whole request, so that a slow receiver cannot hold the delivering node. */
  private Duration requestTimeout = Duration.ofSeconds(10);
  /** Wait before the second attempt; each further wait is multiplied, up to maxBackoff. */
  private Duration initialBackoff = Duration.ofSeconds(10);
  private double backoffMultiplier = 2.0;
  private Duration maxBackoff = Duration.ofHours(1);
  /** Attempts before a delivery is parked in the dead-letter list. */
  private int maxAttempts = 15;
  /** Streams (subscription x application) delivered in parallel in one pass. */
  private int parallelStreams = 4;
  /** Hosts a callback may reach over plain http; every other host needs https. */
  private List<String> plainHttpHosts = new ArrayList<>(List.of("localhost", "127.0.0.1", "[::1]"));

  /** The wait after {@code attempts} failed attempts. */
  public Duration backoffAfter(int attempts) {
    double millis = initialBackoff.toMillis() * Math.pow(backoffMultiplier, Math.max(0, attempts - 1));
    return millis >= maxBackoff.toMillis() ? maxBackoff : Duration.ofMillis((long) millis);
  }

  public Duration getDeliveryInterval() {
    return deliveryInterval;
  }

  public void setDeliveryInterval(Duration deliveryInterval) {
    this.deliveryInterval = deliveryInterval;
  }

  public Duration getConnectTimeout() {
    return connectTimeout;
  }

  public void setConnectTimeout(Duration connectTimeout) {
    this.connectTimeout = connectTimeout;
  }

  public Duration getRequestTimeout() {
    return requestTimeout;
  }

  public void setRequestTimeout(Duration requestTimeout) {
    this.requestTimeout = requestTimeout;
  }

  public Duration getInitialBackoff() {
    return initialBackoff;
  }

  public void setInitialBackoff(Duration initialBackoff) {
    this.initialBackoff = initialBackoff;
  }

  public double getBackoffMultiplier() {
    return backoffMultiplier;
  }

  public void setBackoffMultiplier(double backoffMultiplier) {
    this.backoffMultiplier = backoffMultiplier;
  }

  public Duration getMaxBackoff() {
    return maxBackoff;
  }

  public void setMaxBackoff(Duration maxBackoff) {
    this.maxBackoff = maxBackoff;
  }

  public int getMaxAttempts() {
    return maxAttempts;
  }

  public void setMaxAttempts(int maxAttempts) {
    this.maxAttempts = maxAttempts;
  }

  public int getParallelStreams() {
    return parallelStreams;
  }

  public void setParallelStreams(int parallelStreams) {
    this.parallelStreams = parallelStreams;
  }

  public List<String> getPlainHttpHosts() {
    return plainHttpHosts;
  }

  public void setPlainHttpHosts(List<String> plainHttpHosts) {
    this.plainHttpHosts = plainHttpHosts;
  }
}
