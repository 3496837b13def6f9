package id.kinerja.command.publishing;

import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.DoubleSupplier;
import java.util.function.LongSupplier;

/**
 * {@code publisher} in {@code /actuator/health}: DOWN when events wait in the store and the publisher has not
 * published one for {@code kinerja.kafka.publisher.stall-after} (default 2 minutes) — Kafka unreachable, a batch
 * failing again and again; UP otherwise, with the lag (events stored but not yet published) and the position.
 * UNKNOWN on an instance that does not hold the publisher's token. Not part of the liveness or readiness probes:
 * command-service still takes commands while Kafka is away, and the events wait in the store.
 */
class PublisherHealth extends AbstractHealthIndicator {

    private final DoubleSupplier lag;
    private final LongSupplier position;
    private final Duration stallAfter;
    private final Clock clock;
    private long lastPosition = Long.MIN_VALUE;
    private Instant lastProgress;

    /**
     * @param lag      events stored but not yet published; NaN where this instance does not hold the token
     * @param position global index of the last event this instance published
     */
    PublisherHealth(DoubleSupplier lag, LongSupplier position, Duration stallAfter, Clock clock) {
        super("publisher health check failed");
        this.lag = lag;
        this.position = position;
        this.stallAfter = stallAfter;
        this.clock = clock;
        this.lastProgress = clock.instant();
    }

    @Override
    protected synchronized void doHealthCheck(Health.Builder health) {
        double waiting = lag.getAsDouble();
        long published = position.getAsLong();
        Instant now = clock.instant();
        if (published != lastPosition || waiting == 0) {
            lastPosition = published;
            lastProgress = now;
        }
        health.withDetail("position", published);
        if (Double.isNaN(waiting)) {
            health.unknown().withDetail("reason", "this instance does not hold the publisher's token");
            return;
        }
        Duration idle = Duration.between(lastProgress, now);
        health.withDetail("lag", (long) waiting).withDetail("sinceLastProgress", idle.toSeconds() + " s");
        if (waiting > 0 && idle.compareTo(stallAfter) > 0) {
            health.down().withDetail("reason", (long) waiting + " events wait in the store and none was published for "
                    + idle.toSeconds() + " s");
        } else {
            health.up();
        }
    }
}
