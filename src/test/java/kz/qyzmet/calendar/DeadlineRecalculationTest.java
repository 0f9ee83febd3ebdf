package kz.qyzmet.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import kz.qyzmet.QyzmetIntegrationTest;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The 2024 case: Kurban Ait first announced for Monday 17 June, then corrected to Sunday 16 June.
 * A ten-working-day term from Monday 10 June had skipped 17 June; after the correction its timer,
 * its reminder and its task's due and follow-up dates move one working day earlier.
 */
@QyzmetIntegrationTest
class DeadlineRecalculationTest {

  static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
  static final String DUE = "${deadlines.workingDays(submittedAt, 10)}";
  static final String REMINDER = "${deadlines.workingDaysBefore(deadlines.workingDays(submittedAt, 10), 2)}";

  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired CalendarCorrections corrections;
  @Autowired DeadlineService deadlines;

  Deployment deployment;

  @BeforeEach
  void deployAndSetTheClock() {
    ClockUtil.setCurrentTime(at("2024-06-10T10:00"));
    BpmnModelInstance model = Bpmn.createExecutableProcess("calendar-recalculation-test")
        .camundaHistoryTimeToLive(1)
        .startEvent()
        .userTask("review").camundaDueDate(DUE).camundaFollowUpDate(REMINDER)
        .boundaryEvent("breach").timerWithDate(DUE).endEvent("breached")
        .moveToActivity("review").boundaryEvent("reminder").cancelActivity(false).timerWithDate(REMINDER)
        .endEvent("reminded")
        .moveToActivity("review").boundaryEvent("audit").cancelActivity(false).timerWithDuration("P40D")
        .endEvent("audited")
        .moveToActivity("review").endEvent("done")
        .done();
    deployment = repositoryService.createDeployment().name("calendar-recalculation-test")
        .addModelInstance("calendar-recalculation-test.bpmn", model).deploy();
  }

  @AfterEach
  void cleanUp() {
    ClockUtil.reset();
    repositoryService.deleteDeployment(deployment.getId(), true);
  }

  @Test
  void correctingKurbanAit2024MovesTheRunningDeadlinesOneWorkingDayEarlier() {
    long announced = corrections.add(kurbanAit("2024-06-17", "As first announced"), "test").correction().id();
    long corrected = -1;
    try {
      assertThat(deadlines.isWorkingDay(LocalDate.parse("2024-06-17"))).isFalse();
      ProcessInstance instance = runtimeService.startProcessInstanceByKey("calendar-recalculation-test",
          Map.of("submittedAt", at("2024-06-10T10:00")));
      // A term that ends before 17 June is not touched: from 27 May, 10 working days end on 10 June.
      ProcessInstance early = runtimeService.startProcessInstanceByKey("calendar-recalculation-test",
          Map.of("submittedAt", at("2024-05-27T10:00")));

      // 11, 12, 13, 14, (17 off) 18, 19, 20, 21, 24, 25 June.
      assertThat(timer(instance, "breach").getDuedate()).isEqualTo(close("2024-06-25"));
      assertThat(timer(instance, "reminder").getDuedate()).isEqualTo(close("2024-06-21"));
      assertThat(task(instance).getDueDate()).isEqualTo(close("2024-06-25"));
      assertThat(task(instance).getFollowUpDate()).isEqualTo(close("2024-06-21"));
      Date audit = timer(instance, "audit").getDuedate();
      assertThat(timer(early, "breach").getDuedate()).isEqualTo(close("2024-06-10"));

      CalendarCorrections.Outcome outcome = corrections.add(kurbanAit("2024-06-16",
          "Corrected by the Spiritual Administration of Muslims: Sunday 16 June"), "test");
      corrected = outcome.correction().id();

      assertThat(outcome.recalculation().firstChangedDay()).isEqualTo(LocalDate.parse("2024-06-17"));
      assertThat(outcome.recalculation().timersMoved()).isGreaterThanOrEqualTo(2);
      assertThat(outcome.recalculation().tasksUpdated()).isGreaterThanOrEqualTo(1);
      assertThat(outcome.recalculation().failures()).isZero();
      // 11, 12, 13, 14, 17, 18, 19, 20, 21, 24 June.
      assertThat(timer(instance, "breach").getDuedate()).isEqualTo(close("2024-06-24"));
      assertThat(timer(instance, "reminder").getDuedate()).isEqualTo(close("2024-06-20"));
      assertThat(task(instance).getDueDate()).isEqualTo(close("2024-06-24"));
      assertThat(task(instance).getFollowUpDate()).isEqualTo(close("2024-06-20"));
      assertThat(timer(instance, "audit").getDuedate()).as("a duration timer keeps its date").isEqualTo(audit);
      assertThat(timer(early, "breach").getDuedate()).isEqualTo(close("2024-06-10"));
      assertThat(task(early).getDueDate()).isEqualTo(close("2024-06-10"));
    } finally {
      // Back to the shipped calendar (16 June), whatever happened.
      corrections.revoke(announced, "test over", "test");
      if (corrected > 0) {
        corrections.revoke(corrected, "test over", "test");
      }
    }
    assertThat(deadlines.isWorkingDay(LocalDate.parse("2024-06-17"))).isTrue();
  }

  private static CalendarCorrections.Request kurbanAit(String date, String reason) {
    return new CalendarCorrections.Request(CalendarCorrection.Kind.KURBAN_AIT, LocalDate.parse(date), null, null,
        "Spiritual Administration of Muslims of Kazakhstan", reason);
  }

  private Job timer(ProcessInstance instance, String activityId) {
    return managementService.createJobQuery().processInstanceId(instance.getId()).activityId(activityId)
        .singleResult();
  }

  private Task task(ProcessInstance instance) {
    return taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
  }

  static Date at(String localDateTime) {
    return Date.from(LocalDateTime.parse(localDateTime).atZone(ALMATY).toInstant());
  }

  static Date close(String day) {
    return Date.from(LocalDate.parse(day).atTime(18, 0).atZone(ALMATY).toInstant());
  }
}
