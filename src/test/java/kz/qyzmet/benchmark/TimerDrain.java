package kz.qyzmet.benchmark;

import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AcquireJobsCmd;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;

/**
 * Part 3: deadline timers falling due at once, drained by this one node's job executor (on, with
 * the application's settings). {@code n} standard-2 applications wait at the PSC's forwarding
 * (those the API load left, topped up by starts), each with the two timers of its review block;
 * the engine clock is moved past all the reminders (phase A: {@code n} reminder jobs), then past
 * all the statutory due dates (phase B: {@code n} deadline jobs, each recording the breach and
 * giving the department head a task). Each phase runs from the clock move (the executor is woken
 * at once) until no such timer is left executable.
 */
final class TimerDrain {

  static final String REMINDER = "BoundaryEvent_DeadlineReminder";
  static final String DEADLINE = "BoundaryEvent_StatutoryDeadline";

  record Drain(String activity, long jobs, double seconds, long failed, long succeeded) {
    double perSecond() {
      return jobs / seconds;
    }
  }

  private final ProcessEngine engine;
  private final ManagementService management;
  private final TaskService tasks;
  private final LifecycleComparison lifecycles;

  TimerDrain(ProcessEngine engine, LifecycleComparison lifecycles) {
    this.engine = engine;
    this.management = engine.getManagementService();
    this.tasks = engine.getTaskService();
    this.lifecycles = lifecycles;
  }

  /** Applications waiting with their timers: those there are, plus starts up to {@code n}. */
  long prepare(int n, int threads) throws Exception {
    long waiting = management.createJobQuery().timers().activityId(DEADLINE).count();
    long missing = n - waiting;
    if (missing <= 0) {
      return waiting;
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads, ApiLoad.daemon("timer-seed"));
    List<Future<?>> futures = new ArrayList<>();
    long perThread = (missing + threads - 1) / threads;
    for (int t = 0; t < threads; t++) {
      long mine = Math.min(perThread, missing - t * perThread);
      futures.add(pool.submit(() -> {
        for (long i = 0; i < mine; i++) {
          lifecycles.startOnly();
        }
        return null;
      }));
    }
    for (Future<?> f : futures) {
      f.get();
    }
    pool.shutdown();
    return management.createJobQuery().timers().activityId(DEADLINE).count();
  }

  /** Moves the clock past every timer of {@code activity} and times the executor draining them. */
  Drain drain(String activity) throws InterruptedException {
    List<Job> timers = management.createJobQuery().timers().activityId(activity).list();
    Date latest = timers.stream().map(Job::getDuedate).max(Date::compareTo).orElseThrow();
    long jobs = timers.size();
    long successBefore = engine.getHistoryService().createHistoricJobLogQuery().successLog()
        .activityIdIn(activity).count();
    JobExecutor executor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
    long start = System.nanoTime();
    ClockUtil.offset(latest.getTime() + 1_000 - System.currentTimeMillis());
    executor.jobWasAdded();
    long remaining;
    long lastReport = start;
    do {
      Thread.sleep(100);
      remaining = management.createJobQuery().timers().activityId(activity).executable().count();
      long now = System.nanoTime();
      if (now - lastReport > 10_000_000_000L) {
        System.out.printf(Locale.ROOT, "    %s: %,d of %,d left after %.0f s%n", activity, remaining, jobs,
            (now - start) / 1e9);
        lastReport = now;
      }
    } while (remaining > 0 && System.nanoTime() - start < 1_800_000_000_000L);
    double seconds = (System.nanoTime() - start) / 1e9;
    long failed = management.createJobQuery().timers().activityId(activity).withException().count();
    long succeeded = engine.getHistoryService().createHistoricJobLogQuery().successLog()
        .activityIdIn(activity).count() - successBefore;
    return new Drain(activity, jobs, seconds, failed, succeeded);
  }

  /**
   * The job executor's acquisition command, timed while the timers wait and none is due (what an
   * idle node runs every few seconds): the median of 30, in milliseconds, and the jobs waiting.
   * A job that is due after all (the history cleanup job inside its night window) and is acquired
   * by the command is run at once, rather than left locked, and the measurement starts again.
   */
  double[] idleAcquisitionMillis() {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    JobExecutor executor = configuration.getJobExecutor();
    double[] millis = new double[30];
    for (int attempt = 0; attempt < 5; attempt++) {
      boolean clean = true;
      for (int i = -5; i < millis.length && clean; i++) {
        long start = System.nanoTime();
        var acquired = configuration.getCommandExecutorTxRequired().execute(new AcquireJobsCmd(executor, 3));
        long nanos = System.nanoTime() - start;
        if (acquired.size() > 0) {
          acquired.getJobIdBatches().forEach(batch -> batch.forEach(id -> {
            try {
              management.executeJob(id);
            } catch (RuntimeException e) {
              // Another thread ran it meanwhile; nothing is left locked by this command then.
            }
          }));
          clean = false;
        } else if (i >= 0) {
          millis[i] = nanos / 1e6;
        }
      }
      if (clean) {
        java.util.Arrays.sort(millis);
        return new double[] {millis[millis.length / 2], management.createJobQuery().count()};
      }
    }
    return new double[] {Double.NaN, management.createJobQuery().count()};
  }

  /** The department heads' tasks the breaches gave, as a check that phase B did its work. */
  long breachTasks() {
    return tasks.createTaskQuery().taskDefinitionKey("UserTask_AnswerBreach").count();
  }

  static Map<String, Object> settings(ProcessEngine engine) {
    JobExecutor executor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
    Map<String, Object> settings = new LinkedHashMap<>();
    settings.put("maxJobsPerAcquisition", executor.getMaxJobsPerAcquisition());
    settings.put("waitTimeInMillis", executor.getWaitTimeInMillis());
    settings.put("lockTimeInMillis", executor.getLockTimeInMillis());
    settings.put("executor", executor.getClass().getSimpleName());
    return settings;
  }
}
