package kz.qyzmet.calendar;

import java.time.ZoneId;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class CalendarConfiguration {

  @Bean
  CalendarFacts shippedCalendarFacts() {
    return CalendarFacts.loadShipped();
  }

  @Bean
  EffectiveCalendar effectiveCalendar(CalendarFacts shippedCalendarFacts, CalendarCorrectionRepository repository,
      CalendarProperties properties) {
    return new EffectiveCalendar(shippedCalendarFacts, repository, properties.refreshInterval());
  }

  /** The bean BPMN expressions call: {@code ${deadlines.workingDays(submittedAt, 10)}}. */
  @Bean("deadlines")
  DeadlineService deadlines(EffectiveCalendar effectiveCalendar, CalendarProperties properties,
      @Value("${qyzmet.zone:Asia/Almaty}") String zone) {
    return new DeadlineService(effectiveCalendar, ZoneId.of(zone), properties.closeOfDayTime(),
        properties.countSubmissionDay());
  }

  @Bean
  DeadlineRecalculation deadlineRecalculation(ManagementService managementService, TaskService taskService,
      CalendarProperties properties, @Value("${qyzmet.zone:Asia/Almaty}") String zone,
      ObjectProvider<CalendarChangeListener> listeners) {
    return new DeadlineRecalculation(managementService, taskService, ZoneId.of(zone),
        properties.recalculationLookback(), listeners);
  }

  @Bean
  CalendarCorrections calendarCorrections(EffectiveCalendar effectiveCalendar, CalendarCorrectionRepository repository,
      DeadlineRecalculation deadlineRecalculation) {
    return new CalendarCorrections(effectiveCalendar, repository, deadlineRecalculation);
  }
}
