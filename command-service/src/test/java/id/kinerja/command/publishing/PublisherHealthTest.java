package id.kinerja.command.publishing;

import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Status;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** The publisher is DOWN only when events wait and none was published for the stall time; UNKNOWN without token. */
class PublisherHealthTest {

    private Instant now = Instant.parse("2024-03-01T08:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final AtomicLong lag = new AtomicLong();
    private final AtomicLong position = new AtomicLong(41);
    private final PublisherHealth health = new PublisherHealth(lag::get, position::get, Duration.ofMinutes(2), clock);

    @Test
    void events_waiting_while_the_publisher_advances_are_a_lag_not_a_failure() {
        lag.set(500);
        assertThat(health.health().getStatus()).isEqualTo(Status.UP);
        now = now.plus(Duration.ofMinutes(1));
        position.set(300);
        now = now.plus(Duration.ofMinutes(2));
        assertThat(health.health().getStatus()).isEqualTo(Status.UP);
        assertThat(health.health().getDetails()).containsEntry("lag", 500L).containsEntry("position", 300L);
    }

    @Test
    void events_waiting_with_no_publication_for_the_stall_time_are_down() {
        lag.set(7);
        assertThat(health.health().getStatus()).isEqualTo(Status.UP);
        now = now.plus(Duration.ofMinutes(3));
        assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.health().getDetails().get("reason").toString()).contains("7 events wait");
        position.set(48);
        assertThat(health.health().getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void nothing_waiting_is_up_however_long_nothing_happens() {
        now = now.plus(Duration.ofHours(5));
        assertThat(health.health().getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void an_instance_without_the_token_does_not_know() {
        PublisherHealth other = new PublisherHealth(() -> Double.NaN, () -> -1, Duration.ofMinutes(2), clock);
        assertThat(other.health().getStatus()).isEqualTo(Status.UNKNOWN);
    }
}
