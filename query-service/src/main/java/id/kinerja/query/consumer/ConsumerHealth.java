package id.kinerja.query.consumer;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;

/**
 * {@code consumer} in {@code /actuator/health}: UP while the live consumer polls Kafka (it reports after every poll,
 * at least every half second), DOWN once it has not polled for {@code kinerja.kafka.consumer-silent-after} (default
 * 1 minute) — its thread ended or hangs and the read models fall behind; UNKNOWN when no broker is configured and
 * no consumer runs. With the lag (records on the topic not yet applied) as a detail.
 */
@Component("consumerHealthIndicator")
class ConsumerHealth extends AbstractHealthIndicator {

    private final KafkaSettings settings;
    private final ProjectionMetrics metrics;
    private final Duration silentAfter;
    private final Instant started = Instant.now();

    ConsumerHealth(KafkaSettings settings, ProjectionMetrics metrics,
                   @Value("${kinerja.kafka.consumer-silent-after:1m}") Duration silentAfter) {
        super("consumer health check failed");
        this.settings = settings;
        this.metrics = metrics;
        this.silentAfter = silentAfter;
    }

    @Override
    protected void doHealthCheck(Health.Builder health) {
        if (!settings.enabled()) {
            health.unknown().withDetail("reason", "kinerja.kafka.bootstrap-servers is not set: no consumer runs");
            return;
        }
        Instant lastPoll = metrics.lastPoll();
        Duration silent = Duration.between(lastPoll != null ? lastPoll : started, Instant.now());
        health.withDetail("lag", metrics.lag()).withDetail("sinceLastPoll", silent.toMillis() + " ms");
        if (silent.compareTo(silentAfter) > 0) {
            health.down().withDetail("reason", "the event consumer has not polled Kafka for " + silent.toSeconds()
                    + " s: read models are not being updated");
        } else {
            health.up();
        }
    }
}
