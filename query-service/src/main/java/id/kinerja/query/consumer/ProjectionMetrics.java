package id.kinerja.query.consumer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/** What operators watch: events applied, how far behind recorded time the read models are, and consumer lag. */
@Component
public class ProjectionMetrics {

    private final Counter applied;
    private final Counter duplicates;
    private final Counter rejected;
    private final Counter quarantined;
    private final Counter failures;
    private final Counter restarts;
    private final Timer latency;
    private final AtomicLong lag = new AtomicLong();
    private volatile Instant lastPoll;

    public ProjectionMetrics(MeterRegistry registry) {
        applied = Counter.builder("kinerja.query.events.applied").description("events applied to read models")
                .register(registry);
        duplicates = Counter.builder("kinerja.query.events.duplicate")
                .description("events delivered again and skipped by event id").register(registry);
        rejected = Counter.builder("kinerja.query.events.rejected")
                .description("records that are not readable api events").register(registry);
        quarantined = Counter.builder("kinerja.query.events.quarantined")
                .description("events a projection could not apply, set aside in projection_quarantine")
                .register(registry);
        failures = Counter.builder("kinerja.query.projection.failures")
                .description("batches whose projection failed and were rolled back, to be read again")
                .register(registry);
        restarts = Counter.builder("kinerja.query.consumer.restarts")
                .description("times the live consumer stopped on its own and was started again").register(registry);
        latency = Timer.builder("kinerja.query.projection.latency")
                .description("time from an event's recorded time to its application (now - recordedAt)")
                .publishPercentileHistogram()
                .maximumExpectedValue(Duration.ofMinutes(10))
                .register(registry);
        Gauge.builder("kinerja.query.consumer.lag", lag, AtomicLong::get)
                .description("records on the topic not yet applied by the live consumer").register(registry);
        Gauge.builder("kinerja.query.consumer.silence", this, ProjectionMetrics::secondsSinceLastPoll)
                .description("seconds since the live consumer last polled Kafka").baseUnit("seconds")
                .register(registry);
    }

    void applied(Instant recordedAt) {
        applied.increment();
        if (recordedAt != null) {
            latency.record(Duration.between(recordedAt, Instant.now()).abs());
        }
    }

    void duplicate() {
        duplicates.increment();
    }

    void rejected() {
        rejected.increment();
    }

    void quarantined() {
        quarantined.increment();
    }

    void failed() {
        failures.increment();
    }

    void restarted() {
        restarts.increment();
    }

    /** The live consumer reports its lag after every poll and when idle: that report is also its heartbeat. */
    void lag(long records) {
        lag.set(records);
        lastPoll = Instant.now();
    }

    long lag() {
        return lag.get();
    }

    private double secondsSinceLastPoll() {
        Instant last = lastPoll;
        return last == null ? Double.NaN : Duration.between(last, Instant.now()).toMillis() / 1000.0;
    }

    /** When the live consumer last polled; null before its first poll. */
    Instant lastPoll() {
        return lastPoll;
    }
}
