package kz.qyzmet.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The retry schedule docs/events.md states for the defaults. */
class EventsPropertiesTest {

  @Test
  void theDefaults_wait10sDoublingToAnHour_andParkAbout6AndAHalfHoursAfterTheFirstAttempt() {
    EventsProperties defaults = new EventsProperties();
    assertThat(IntStream.rangeClosed(1, 10).mapToObj(defaults::backoffAfter).map(Duration::toSeconds).toList())
        .containsExactly(10L, 20L, 40L, 80L, 160L, 320L, 640L, 1280L, 2560L, 3600L);
    Duration untilParked = IntStream.range(1, defaults.getMaxAttempts()).mapToObj(defaults::backoffAfter)
        .reduce(Duration.ZERO, Duration::plus);
    assertThat(untilParked).isEqualTo(Duration.ofSeconds(23_110)); // 6 h 25 min 10 s
  }

  @Test
  void theTestsScaledSchedule_keepsTryingThroughTheMinuteDown() {
    EventsProperties scaled = new EventsProperties();
    scaled.setInitialBackoff(Duration.ofSeconds(1));
    scaled.setMaxBackoff(Duration.ofSeconds(8));
    assertThat(IntStream.rangeClosed(1, 6).mapToObj(scaled::backoffAfter).map(Duration::toSeconds).toList())
        .containsExactly(1L, 2L, 4L, 8L, 8L, 8L);
  }
}
