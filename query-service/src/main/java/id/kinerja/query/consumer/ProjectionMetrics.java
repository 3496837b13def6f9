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
    private final Counter batchesFailed;
    private final Counter restarts;
    private final Timer latency;
    private final AtomicLong lag = new AtomicLong();

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
        batchesFailed = Counter.builder("kinerja.query.consumer.batches.failed")
                .description("batches rolled back and retried by the live consumer").register(registry);
        restarts = Counter.builder("kinerja.query.consumer.restarts")
                .description("times the live consumer stopped on its own and was started again").register(registry);
        latency = Timer.builder("kinerja.query.projection.latency")
                .description("time from an event's recorded time to its application (now - recordedAt)")
                .register(registry);
        Gauge.builder("kinerja.query.consumer.lag", lag, AtomicLong::get)
                .description("records on the topic not yet applied by the live consumer").register(registry);
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

    void batchFailed() {
        batchesFailed.increment();
    }

    void restarted() {
        restarts.increment();
    }

    void lag(long records) {
        lag.set(records);
    }
}
