package kz.qyzmet.calendar;

import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class CalendarConfiguration {

  @Bean
  CalendarFacts shippedCalendarFacts() {
    return CalendarFacts.loadShipped();
  }

  @Bean
  CalendarSource calendarSource(CalendarFacts shippedCalendarFacts) {
    WorkingCalendar calendar = new WorkingCalendar(shippedCalendarFacts);
    return () -> calendar;
  }

  /** The bean BPMN expressions call: {@code ${deadlines.workingDays(submittedAt, 10)}}. */
  @Bean("deadlines")
  DeadlineService deadlines(CalendarSource calendarSource, CalendarProperties properties,
      @Value("${qyzmet.zone:Asia/Almaty}") String zone) {
    return new DeadlineService(calendarSource, ZoneId.of(zone), properties.closeOfDayTime(),
        properties.countSubmissionDay());
  }
}
