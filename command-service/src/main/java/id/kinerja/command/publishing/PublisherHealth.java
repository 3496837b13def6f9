package id.kinerja.command.publishing;

import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * {@code publisher} in {@code /actuator/health}: DOWN when events wait in the store and the publisher has not
 * published one for {@code kinerja.kafka.publisher.stall-after} (default 2 minutes) — Kafka unreachable, a batch
 * failing again and again; UP otherwise, with the lag (events stored but not yet published) and the position.
 * UNKNOWN on an instance that does not hold the publisher's token. Not part of the liveness or readiness probes:
 * command-service still takes commands while Kafka is away, and the events wait in the store.
 */
class PublisherHealth extends AbstractHealthIndicator {

    private final PublisherMetrics metrics;
    private final Duration stallAfter;
    private final Clock clock;
    private long lastPosition = Long.MIN_VALUE;
    private Instant lastProgress;

    PublisherHealth(PublisherMetrics metrics, Duration stallAfter, Clock clock) {
        super("publisher health check failed");
        this.metrics = metrics;
        this.stallAfter = stallAfter;
        this.clock = clock;
        this.lastProgress = clock.instant();
    }

    @Override
    protected synchronized void doHealthCheck(Health.Builder health) {
        double lag = metrics.lag();
        long position = metrics.position();
        Instant now = clock.instant();
        if (position != lastPosition || lag == 0) {
            lastPosition = position;
            lastProgress = now;
        }
        health.withDetail("position", position);
        if (Double.isNaN(lag)) {
            health.unknown().withDetail("reason", "this instance does not hold the publisher's token");
            return;
        }
        Duration idle = Duration.between(lastProgress, now);
        health.withDetail("lag", (long) lag).withDetail("sinceLastProgress", idle.toSeconds() + " s");
        if (lag > 0 && idle.compareTo(stallAfter) > 0) {
            health.down().withDetail("reason", (long) lag + " events wait in the store and none was published for "
                    + idle.toSeconds() + " s");
        } else {
            health.up();
        }
    }
}
