package kz.qyzmet.sla;

import static kz.qyzmet.sla.SlaTestData.clockAt;
import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import kz.qyzmet.QyzmetIntegrationTest;
import kz.qyzmet.calendar.DeadlineService;
import kz.qyzmet.catalog.StandardsCatalog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The SLA meters in the Prometheus format, on the seeded standard 98 with the clock on Friday
 * 20 March 2026, the day before Nauryz. Spring Boot's tests switch metric export off (no Prometheus
 * registry in the shared context), so the meters are bound here to a Prometheus registry of their
 * own; the application's registry gets the same meters from the {@link SlaMetrics} bean.
 */
@QyzmetIntegrationTest
class SlaMetricsTest {

  static final int STANDARD = 98;

  @Autowired JdbcTemplate jdbc;
  @Autowired SlaQueries queries;
  @Autowired DeadlineService deadlines;
  @Autowired StandardsCatalog catalog;
  @Autowired MeterRegistry applicationRegistry;
  @Autowired SlaMetrics applicationMetrics;

  SlaTestData data;

  @BeforeEach
  void seed() {
    data = new SlaTestData(jdbc, STANDARD);
    data.clearStandard();
    data.open("IN_REVIEW", "psc", "2026-03-02T10:00", "2026-03-16T18:00");      // overdue
    data.open("IN_REVIEW", "psc", "2026-03-06T10:00", "2026-03-20T18:00");      // due today: margin 0
    data.open("REGISTERED", "portal", "2026-03-12T10:00", "2026-03-26T18:00");  // after Nauryz: margin 1
    data.open("REGISTERED", "portal", "2026-03-20T09:00", "2026-04-09T18:00");  // 26,27,30,31,1,2,3,6,7,8,9: 11+
    String late = data.closed("GRANTED", "2026-02-02T10:00", "2026-02-16T18:00", "2026-02-18T10:00");
    data.breach(late, "SERVICE_TERM", "2026-02-16T18:00", "2026-02-16T18:00");
    clockAt("2026-03-20T10:00");
  }

  @AfterEach
  void clean() {
    SlaTestData.resetClock();
    data.clearStandard();
  }

  @Test
  void prometheusFormat_openOverdueBreachesAndMargins() {
    PrometheusMeterRegistry prometheus = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    SlaMetrics metrics = new SlaMetrics(prometheus, queries, deadlines, catalog, Duration.ZERO);
    metrics.refresh();
    String scrape = prometheus.scrape();

    assertThat(scrape)
        .contains("qyzmet_sla_applications_open{channel=\"psc\",standard=\"98\"} 2.0")
        .contains("qyzmet_sla_applications_open{channel=\"portal\",standard=\"98\"} 2.0")
        .contains("qyzmet_sla_applications_overdue{standard=\"98\"} 1.0")
        .contains("qyzmet_sla_applications_overdue{standard=\"2\"}")
        .contains("qyzmet_sla_breaches_total{kind=\"SERVICE_TERM\",standard=\"98\"} 1.0")
        .contains("qyzmet_sla_applications_margin{margin=\"overdue\",standard=\"98\"} 1.0")
        .contains("qyzmet_sla_applications_margin{margin=\"0\",standard=\"98\"} 1.0")
        .contains("qyzmet_sla_applications_margin{margin=\"1\",standard=\"98\"} 1.0")
        .contains("qyzmet_sla_applications_margin{margin=\"2\",standard=\"98\"} 0.0")
        .contains("qyzmet_sla_applications_margin{margin=\"11+\",standard=\"98\"} 1.0")
        .contains("qyzmet_sla_metrics_refresh_seconds_count 1");

    // After Nauryz the application due on the 20th is overdue too, and a closed one leaves the gauges.
    clockAt("2026-03-26T10:00");
    jdbc.update("update qz_application set status = 'GRANTED', closed_at = due_at "
        + "where standard_number = ? and channel = 'portal' and due_at < ?", STANDARD,
        SlaTestData.at("2026-03-27T00:00"));
    metrics.refresh();
    scrape = prometheus.scrape();
    assertThat(scrape)
        .contains("qyzmet_sla_applications_overdue{standard=\"98\"} 2.0")
        .contains("qyzmet_sla_applications_open{channel=\"portal\",standard=\"98\"} 1.0")
        .contains("qyzmet_sla_applications_margin{margin=\"overdue\",standard=\"98\"} 2.0")
        .contains("qyzmet_sla_applications_margin{margin=\"11+\",standard=\"98\"} 0.0")
        .contains("qyzmet_sla_applications_margin{margin=\"6-10\",standard=\"98\"} 1.0");
  }

  @Test
  void theApplicationsRegistry_hasTheSlaMeters() {
    applicationMetrics.refresh();
    assertThat(applicationRegistry.find(SlaMetrics.OPEN).tags("standard", "98", "channel", "psc").gauge())
        .isNotNull().satisfies(g -> assertThat(g.value()).isEqualTo(2.0));
    assertThat(applicationRegistry.find(SlaMetrics.BREACHES).tags("standard", "98").functionCounter())
        .isNotNull().satisfies(c -> assertThat(c.count()).isEqualTo(1.0));
  }
}
