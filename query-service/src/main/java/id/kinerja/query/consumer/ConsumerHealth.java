package id.kinerja.query.consumer;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.context.Lifecycle;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;

/**
 * {@code consumer} in {@code /actuator/health}: UP while the live consumer runs and polls Kafka (it reports after
 * every batch and every idle interval); DOWN while its container is stopped (it is being restarted, see
 * {@link ConsumerRestarter}) or once it has not polled for {@code kinerja.kafka.consumer-silent-after} (default 1
 * minute: a batch keeps failing, or it hangs) — the read models fall behind; UNKNOWN when no broker is configured
 * and no consumer runs. Details: lag, time since the last poll, partitions, failures in a row with the last error,
 * restarts.
 */
@Component("consumerHealthIndicator")
class ConsumerHealth extends AbstractHealthIndicator {

    private final KafkaSettings settings;
    private final Lifecycle container;
    private final ConsumerState state;
    private final ProjectionMetrics metrics;
    private final Duration silentAfter;
    private final Instant started = Instant.now();

    /** @param liveEventContainer the consumer's container: running or not */
    ConsumerHealth(KafkaSettings settings, Lifecycle liveEventContainer, ConsumerState state, ProjectionMetrics metrics,
                   @Value("${kinerja.kafka.consumer-silent-after:1m}") Duration silentAfter) {
        super("consumer health check failed");
        this.settings = settings;
        this.container = liveEventContainer;
        this.state = state;
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
        health.withDetail("lag", metrics.lag()).withDetail("sinceLastPoll", silent.toMillis() + " ms")
                .withDetail("partitions", state.partitions()).withDetail("failuresInARow", state.failuresInARow())
                .withDetail("restarts", state.restarts());
        if (state.lastError() != null) {
            health.withDetail("lastError", state.lastError());
        }
        if (!container.isRunning()) {
            health.down().withDetail("reason", "the event consumer stopped; it is being started again");
        } else if (silent.compareTo(silentAfter) > 0) {
            health.down().withDetail("reason", "the event consumer has not polled Kafka for " + silent.toSeconds()
                    + " s: read models are not being updated");
        } else {
            health.up();
        }
    }
}
