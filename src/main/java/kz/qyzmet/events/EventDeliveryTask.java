package kz.qyzmet.events;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The cluster's one delivery task, run by db-scheduler (docs/events.md says why that library): its
 * row in {@code scheduled_tasks} is picked by one node at a time, and a node that dies while it
 * holds it stops heartbeating, so another node picks it up after {@code db-scheduler.heartbeat-interval}
 * times {@code db-scheduler.missed-heartbeats-limit}.
 */
@Configuration
class EventDeliveryTask {

  static final String NAME = "qyzmet-event-delivery";

  @Bean
  RecurringTask<Void> eventDeliveryRecurringTask(EventDelivery delivery, EventsProperties properties) {
    return Tasks.recurring(NAME, FixedDelay.of(properties.getDeliveryInterval()))
        .execute((instance, context) -> delivery.deliverDue());
  }
}
