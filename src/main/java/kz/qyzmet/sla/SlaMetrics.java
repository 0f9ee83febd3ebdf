package kz.qyzmet.sla;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import kz.qyzmet.calendar.DeadlineService;
import kz.qyzmet.catalog.Standard;
import kz.qyzmet.catalog.StandardsCatalog;
import kz.qyzmet.sla.SlaQueries.BreachCount;
import kz.qyzmet.sla.SlaQueries.OpenCount;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The SLA as Micrometer meters (Prometheus names in docs/sla.md). The values come from two
 * set-based queries (open applications by standard, channel and margin; breaches by standard and
 * kind), run every {@code qyzmet.sla.metrics-refresh} (default one minute) on a thread of their own,
 * not on scrape: a scrape only reads numbers already computed, whatever the scrape rate.
 */
@Component
public class SlaMetrics {

  private static final Logger LOG = LoggerFactory.getLogger(SlaMetrics.class);

  static final String OPEN = "qyzmet.sla.applications.open";
  static final String OVERDUE = "qyzmet.sla.applications.overdue";
  static final String MARGIN = "qyzmet.sla.applications.margin";
  static final String BREACHES = "qyzmet.sla.breaches";
  static final String REFRESH = "qyzmet.sla.metrics.refresh";

  private final MeterRegistry registry;
  private final SlaQueries queries;
  private final DeadlineService deadlines;
  private final StandardsCatalog catalog;
  private final Duration interval;

  private final MultiGauge open;
  private final MultiGauge overdue;
  private final MultiGauge margin;
  private final Map<String, AtomicLong> breaches = new ConcurrentHashMap<>();
  private final Timer refreshTimer;
  private ScheduledExecutorService scheduler;

  public SlaMetrics(MeterRegistry registry, SlaQueries queries, DeadlineService deadlines, StandardsCatalog catalog,
      @Value("${qyzmet.sla.metrics-refresh:PT1M}") Duration interval) {
    this.registry = registry;
    this.queries = queries;
    this.deadlines = deadlines;
    this.catalog = catalog;
    this.interval = interval;
    this.open = MultiGauge.builder(OPEN)
        .description("Open applications (not yet at an end state), by standard and channel")
        .register(registry);
    this.overdue = MultiGauge.builder(OVERDUE)
        .description("Open applications past their statutory due date, by standard")
        .register(registry);
    this.margin = MultiGauge.builder(MARGIN)
        .description("Open applications by working days of margin left before their due date "
            + "(overdue, 0 = due today, 1, 2, 3-5, 6-10, 11+, none = no due date yet), by standard")
        .register(registry);
    this.refreshTimer = Timer.builder(REFRESH)
        .description("Time taken to recompute the SLA meters from the database")
        .register(registry);
  }

  @EventListener(ApplicationReadyEvent.class)
  public synchronized void start() {
    if (scheduler != null || interval.isZero() || interval.isNegative()) {
      return;
    }
    scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread thread = new Thread(r, "sla-metrics");
      thread.setDaemon(true);
      return thread;
    });
    scheduler.scheduleWithFixedDelay(() -> {
      try {
        refresh();
      } catch (RuntimeException e) {
        LOG.warn("SLA metrics not refreshed: {}", e.toString());
      }
    }, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
  }

  @PreDestroy
  public synchronized void stop() {
    if (scheduler != null) {
      scheduler.shutdownNow();
      scheduler = null;
    }
  }

  /** Recomputes every SLA meter now (also what the scheduled refresh calls). */
  public synchronized void refresh() {
    refreshTimer.record(() -> {
      SlaHorizon horizon = SlaHorizon.at(deadlines);
      List<OpenCount> counts = queries.openCounts(horizon);
      List<BreachCount> breachCounts = queries.breachesTotal();

      List<MultiGauge.Row<?>> openRows = new ArrayList<>();
      Map<Integer, Long> overdueByStandard = new TreeMap<>();
      Map<Integer, Map<Margin, Long>> marginByStandard = new TreeMap<>();
      catalog.all().stream().map(Standard::number).forEach(n -> overdueByStandard.put(n, 0L));
      for (OpenCount c : counts) {
        openRows.add(MultiGauge.Row.of(Tags.of("standard", String.valueOf(c.standard()), "channel", c.channel()),
            c.open()));
        overdueByStandard.merge(c.standard(), c.count(Margin.OVERDUE), Long::sum);
        Map<Margin, Long> m = marginByStandard.computeIfAbsent(c.standard(), k -> new TreeMap<>());
        for (Margin bucket : Margin.values()) {
          m.merge(bucket, c.count(bucket), Long::sum);
        }
      }
      List<MultiGauge.Row<?>> overdueRows = new ArrayList<>();
      overdueByStandard.forEach((standard, n) ->
          overdueRows.add(MultiGauge.Row.of(Tags.of("standard", String.valueOf(standard)), n)));
      List<MultiGauge.Row<?>> marginRows = new ArrayList<>();
      marginByStandard.forEach((standard, m) -> m.forEach((bucket, n) -> marginRows.add(
          MultiGauge.Row.of(Tags.of("standard", String.valueOf(standard), "margin", bucket.label()), n))));
      open.register(openRows, true);
      overdue.register(overdueRows, true);
      margin.register(marginRows, true);

      for (BreachCount b : breachCounts) {
        breaches.computeIfAbsent(b.standard() + "/" + b.kind(), key -> {
          AtomicLong value = new AtomicLong();
          FunctionCounter.builder(BREACHES, value, AtomicLong::doubleValue)
              .description("Statutory deadlines breached (qz_breach), by standard and kind")
              .tags("standard", String.valueOf(b.standard()), "kind", b.kind())
              .register(registry);
          return value;
        }).set(b.count());
      }
    });
  }
}
