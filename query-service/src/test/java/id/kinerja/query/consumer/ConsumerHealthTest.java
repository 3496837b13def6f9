package id.kinerja.query.consumer;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.context.Lifecycle;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The consumer is alive while it runs and reports its polls; stopped, or silent longer than allowed, DOWN; without
 * Kafka, UNKNOWN.
 */
class ConsumerHealthTest {

    private final ProjectionMetrics metrics = new ProjectionMetrics(new SimpleMeterRegistry());
    private final KafkaSettings kafka = new KafkaSettings("kafka-1:9092", "query-service");
    private final ConsumerState state = new ConsumerState();
    private final Container container = new Container();

    /** The running flag of a listener container. */
    private static final class Container implements Lifecycle {
        private boolean running = true;

        @Override
        public void start() {
            running = true;
        }

        @Override
        public void stop() {
            running = false;
        }

        @Override
        public boolean isRunning() {
            return running;
        }
    }

    @Test
    void a_consumer_that_polls_is_up_with_its_lag() {
        metrics.lag(12);
        Health health = new ConsumerHealth(kafka, container, state, metrics, Duration.ofHours(1)).health();
        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsEntry("lag", 12L);
    }

    @Test
    void a_consumer_silent_for_longer_than_allowed_is_down() {
        metrics.lag(0);
        Health health = new ConsumerHealth(kafka, container, state, metrics, Duration.ofSeconds(-1)).health();
        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails().get("reason").toString()).contains("has not polled Kafka");
    }

    @Test
    void a_stopped_consumer_is_down_while_it_is_started_again() {
        metrics.lag(0);
        state.restarted();
        container.stop();
        Health health = new ConsumerHealth(kafka, container, state, metrics, Duration.ofHours(1)).health();
        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails()).containsEntry("restarts", 1);
    }

    @Test
    void without_a_broker_no_consumer_runs_and_its_health_is_unknown() {
        Health health = new ConsumerHealth(new KafkaSettings("", "query-service"), container, state, metrics,
                Duration.ofMinutes(1))
                .health();
        assertThat(health.getStatus()).isEqualTo(Status.UNKNOWN);
    }
}
