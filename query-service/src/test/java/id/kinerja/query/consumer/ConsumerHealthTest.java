package id.kinerja.query.consumer;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The consumer is alive while it reports its polls; silent longer than allowed, DOWN; without Kafka, UNKNOWN. */
class ConsumerHealthTest {

    private final ProjectionMetrics metrics = new ProjectionMetrics(new SimpleMeterRegistry());
    private final KafkaSettings kafka = new KafkaSettings("kafka-1:9092", "query-service");

    @Test
    void a_consumer_that_polls_is_up_with_its_lag() {
        metrics.lag(12);
        Health health = new ConsumerHealth(kafka, metrics, Duration.ofHours(1)).health();
        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsEntry("lag", 12L);
    }

    @Test
    void a_consumer_silent_for_longer_than_allowed_is_down() {
        metrics.lag(0);
        Health health = new ConsumerHealth(kafka, metrics, Duration.ofSeconds(-1)).health();
        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails().get("reason").toString()).contains("has not polled Kafka");
    }

    @Test
    void without_a_broker_no_consumer_runs_and_its_health_is_unknown() {
        Health health = new ConsumerHealth(new KafkaSettings("", "query-service"), metrics, Duration.ofMinutes(1))
                .health();
        assertThat(health.getStatus()).isEqualTo(Status.UNKNOWN);
    }
}
