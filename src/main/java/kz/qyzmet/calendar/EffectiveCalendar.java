package kz.qyzmet.calendar;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * The calendar in force: the shipped files plus the active corrections in the database. Kept in
 * memory (every deadline reads it); rebuilt at once when this node writes a correction, and when a
 * periodic check ({@code qyzmet.calendar.refresh-interval}, a one-row query) sees that another node
 * has written one. Until that check runs, a node may compute with the calendar it had.
 */
public class EffectiveCalendar implements CalendarSource, SmartLifecycle {

  private static final Logger LOG = LoggerFactory.getLogger(EffectiveCalendar.class);

  private final CalendarFacts shipped;
  private final CalendarCorrectionRepository repository;
  private final Duration refreshInterval;
  private volatile State state;
  private ScheduledExecutorService poller;

  /** What a reload changed: the calendar before and after, and the first day that differs (or null). */
  public record Change(WorkingCalendar before, WorkingCalendar after, LocalDate firstChangedDay) {}

  private record State(WorkingCalendar calendar, String signature, List<CalendarCorrection> corrections) {}

  public EffectiveCalendar(CalendarFacts shipped, CalendarCorrectionRepository repository, Duration refreshInterval) {
    this.shipped = shipped;
    this.repository = repository;
    this.refreshInterval = refreshInterval;
    this.state = load();
  }

  @Override
  public WorkingCalendar current() {
    return state.calendar();
  }

  public CalendarFacts shipped() {
    return shipped;
  }

  /** The corrections the current calendar was built with, revoked ones included. */
  public List<CalendarCorrection> corrections() {
    return state.corrections();
  }

  /** Rebuilds from the database now. */
  public synchronized Change reload() {
    WorkingCalendar before = state.calendar();
    state = load();
    WorkingCalendar after = state.calendar();
    return new Change(before, after, before.firstDifference(after));
  }

  /** Rebuilds if the corrections table changed since the last build; returns whether it did. */
  public boolean refreshIfChanged() {
    String signature = repository.signature();
    if (signature.equals(state.signature())) {
      return false;
    }
    Change change = reload();
    LOG.info("Working-day calendar reloaded: corrections changed in the database (first changed day: {})",
        change.firstChangedDay());
    return true;
  }

  private State load() {
    String signature = repository.signature();
    List<CalendarCorrection> corrections = repository.findAll();
    return new State(new WorkingCalendar(shipped.withCorrections(corrections)), signature, corrections);
  }

  @Override
  public synchronized void start() {
    if (poller != null || refreshInterval.isZero() || refreshInterval.isNegative()) {
      return;
    }
    poller = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread thread = new Thread(r, "calendar-refresh");
      thread.setDaemon(true);
      return thread;
    });
    long millis = refreshInterval.toMillis();
    poller.scheduleWithFixedDelay(() -> {
      try {
        refreshIfChanged();
      } catch (RuntimeException e) {
        LOG.warn("Could not check the calendar corrections; keeping the calendar in memory", e);
      }
    }, millis, millis, TimeUnit.MILLISECONDS);
  }

  @Override
  public synchronized void stop() {
    if (poller != null) {
      poller.shutdownNow();
      poller = null;
    }
  }

  @Override
  public synchronized boolean isRunning() {
    return poller != null;
  }
}
