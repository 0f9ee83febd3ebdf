package kz.qyzmet.calendar;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After the calendar changes, brings running instances in line with it, through the engine's public API.
 *
 * <p>Timers: every timer job due on or after the first changed day, less the look-back
 * ({@code qyzmet.calendar.recalculation-lookback}, for dates counted backwards from a later day,
 * such as reminders), has its due date re-evaluated by the engine
 * ({@code recalculateJobDuedate(id, creationDateBased = true)}): a {@code timeDate} expression
 * such as {@code ${deadlines.workingDays(submittedAt, 10)}} runs again on the new calendar, and a
 * duration timer keeps counting from when it was created, so timers that do not use the calendar
 * keep their date.
 *
 * <p>User tasks: a task's due date and follow-up date are set once, when the task is created; here
 * they follow the timers of the same process instance. A task whose due (or follow-up) date equals
 * a timer's old due date gets that timer's new one (the review task's due date is its breach timer,
 * its follow-up date its reminder timer). Dates that mirror no timer, and dates that two timers of
 * one instance shared before moving apart, are left alone and logged.
 */
public class DeadlineRecalculation {

  private static final Logger LOG = LoggerFactory.getLogger(DeadlineRecalculation.class);
  private static final int PAGE = 500;

  private final ManagementService managementService;
  private final TaskService taskService;
  private final ZoneId zone;
  private final Duration lookback;

  /**
   * What a recalculation did.
   *
   * @param failures timers and tasks that could not be updated, and applications whose dates could not be
   *     derived again ({@code notRederived}, each named with why)
   */
  public record Result(LocalDate firstChangedDay, int timersChecked, int timersMoved, int tasksUpdated, int failures,
      List<CalendarChangeListener.NotRederived> notRederived) {

    public Result {
      notRederived = List.copyOf(notRederived);
    }

    public static Result nothing() {
      return new Result(null, 0, 0, 0, 0, List.of());
    }
  }

  private final Iterable<CalendarChangeListener> listeners;

  public DeadlineRecalculation(ManagementService managementService, TaskService taskService, ZoneId zone,
      Duration lookback) {
    this(managementService, taskService, zone, lookback, List.of());
  }

  public DeadlineRecalculation(ManagementService managementService, TaskService taskService, ZoneId zone,
      Duration lookback, Iterable<CalendarChangeListener> listeners) {
    this.listeners = listeners;
    this.managementService = managementService;
    this.taskService = taskService;
    this.zone = zone;
    this.lookback = lookback;
  }

  public Result recalculate(LocalDate firstChangedDay) {
    if (firstChangedDay == null) {
      return Result.nothing();
    }
    // Dates kept in variables are derived again first, so the timers below read the new ones.
    List<CalendarChangeListener.NotRederived> notRederived = new ArrayList<>();
    for (CalendarChangeListener listener : listeners) {
      notRederived.addAll(listener.calendarChanged(firstChangedDay).failed());
    }
    Date from = Date.from(firstChangedDay.atStartOfDay(zone).minus(lookback).toInstant());
    List<String> jobIds = new ArrayList<>();
    for (int first = 0; ; first += PAGE) {
      List<Job> page = managementService.createJobQuery().timers().duedateHigherThan(from)
          .orderByJobId().asc().listPage(first, PAGE);
      page.forEach(job -> jobIds.add(job.getId()));
      if (page.size() < PAGE) {
        break;
      }
    }

    Map<String, Map<Long, Long>> movesByInstance = new LinkedHashMap<>();
    Map<String, Set<Long>> ambiguousByInstance = new HashMap<>();
    int moved = 0;
    int failures = 0;
    for (String jobId : jobIds) {
      try {
        Job before = managementService.createJobQuery().jobId(jobId).singleResult();
        if (before == null) {
          continue; // fired or deleted meanwhile
        }
        managementService.recalculateJobDuedate(jobId, true);
        Job after = managementService.createJobQuery().jobId(jobId).singleResult();
        long oldDue = before.getDuedate().getTime();
        long newDue = after.getDuedate().getTime();
        if (oldDue == newDue) {
          continue;
        }
        moved++;
        LOG.info("Timer {} of process instance {} moved from {} to {} by a calendar change",
            jobId, before.getProcessInstanceId(), before.getDuedate().toInstant(), after.getDuedate().toInstant());
        if (before.getProcessInstanceId() != null) {
          Long earlier = movesByInstance.computeIfAbsent(before.getProcessInstanceId(), k -> new HashMap<>())
              .putIfAbsent(oldDue, newDue);
          if (earlier != null && earlier != newDue) {
            ambiguousByInstance.computeIfAbsent(before.getProcessInstanceId(), k -> new HashSet<>()).add(oldDue);
          }
        }
      } catch (ProcessEngineException e) {
        failures++;
        LOG.warn("Could not recalculate timer {} after a calendar change: {}", jobId, e.getMessage());
      }
    }

    int tasksUpdated = 0;
    for (Map.Entry<String, Map<Long, Long>> entry : movesByInstance.entrySet()) {
      Map<Long, Long> moves = entry.getValue();
      Set<Long> ambiguous = ambiguousByInstance.getOrDefault(entry.getKey(), Set.of());
      for (Task task : taskService.createTaskQuery().processInstanceId(entry.getKey()).list()) {
        Date due = moved(task.getDueDate(), moves, ambiguous, task, "due");
        Date followUp = moved(task.getFollowUpDate(), moves, ambiguous, task, "follow-up");
        if (due == null && followUp == null) {
          continue;
        }
        if (due != null) {
          task.setDueDate(due);
        }
        if (followUp != null) {
          task.setFollowUpDate(followUp);
        }
        try {
          taskService.saveTask(task);
          tasksUpdated++;
        } catch (ProcessEngineException e) {
          failures++;
          LOG.warn("Could not update the dates of task {} after a calendar change: {}", task.getId(), e.getMessage());
        }
      }
    }
    Result result = new Result(firstChangedDay, jobIds.size(), moved, tasksUpdated, failures + notRederived.size(),
        notRederived);
    LOG.info("Calendar change from {}: {} timers checked, {} moved, {} tasks updated, {} failures",
        firstChangedDay, result.timersChecked(), moved, tasksUpdated, failures);
    return result;
  }

  private static Date moved(Date date, Map<Long, Long> moves, Set<Long> ambiguous, Task task, String which) {
    if (date == null) {
      return null;
    }
    long time = date.getTime();
    if (ambiguous.contains(time)) {
      LOG.warn("Task {}: its {} date {} matched two timers that now differ; left as it is", task.getId(), which,
          date.toInstant());
      return null;
    }
    Long newTime = moves.get(time);
    return newTime == null ? null : new Date(newTime);
  }
}
