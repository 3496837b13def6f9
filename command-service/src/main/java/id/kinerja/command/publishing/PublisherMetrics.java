package id.kinerja.command.publishing;

import id.kinerja.api.EventEnvelope;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * What the publisher reports to Prometheus:
 * <ul>
 *   <li>{@code kinerja.events.published} (counter, tag {@code type}: the payload's simple class name, a few dozen
 *   values): events whose publication was acknowledged by Kafka and committed; after a failed batch is retried
 *   its events count again, as they are sent again;</li>
 *   <li>{@code kinerja.publisher.latency} (timer): from an event's recorded time to its acknowledged
 *   publication, the store-to-Kafka part of end-to-end lag;</li>
 *   <li>{@code kinerja.publisher.lag} (gauge, events): the event store's head global index minus the publisher's
 *   token position, i.e. how far behind the store Kafka is; 0 when caught up;</li>
 *   <li>{@code kinerja.publisher.position} (gauge): the global index of the last published event.</li>
 * </ul>
 */
class PublisherMetrics {

    private final MeterRegistry registry;
    private final Clock clock;
    private final EventStore eventStore;
    private final Supplier<EventProcessingConfiguration> processing;
    private final Timer latency;
    private final AtomicLong lastPublished = new AtomicLong(-1);
    private final Map<String, Counter> published = new ConcurrentHashMap<>();

    PublisherMetrics(MeterRegistry registry, Clock clock, EventStore eventStore,
                     Supplier<EventProcessingConfiguration> processing) {
        this.registry = registry;
        this.clock = clock;
        this.eventStore = eventStore;
        this.processing = processing;
        this.latency = Timer.builder("kinerja.publisher.latency")
                .description("Time from an event's recorded time to Kafka's acknowledgement of it")
                .publishPercentileHistogram()
                .maximumExpectedValue(Duration.ofMinutes(10))
                .register(registry);
        Gauge.builder("kinerja.publisher.position", lastPublished, AtomicLong::get)
                .description("Global index of the last event published to Kafka by this instance")
                .register(registry);
        Gauge.builder("kinerja.publisher.lag", this::lag)
                .description("Events stored but not yet published: head global index minus publisher position")
                .baseUnit("events")
                .register(registry);
    }

    void published(List<EventEnvelope> envelopes) {
        long now = clock.millis();
        for (EventEnvelope envelope : envelopes) {
            published.computeIfAbsent(simpleName(envelope.payloadType()), type -> Counter
                            .builder("kinerja.events.published")
                            .description("Events published to Kafka and acknowledged")
                            .tag("type", type)
                            .register(registry))
                    .increment();
            latency.record(Math.max(0, now - envelope.recordedAt().toEpochMilli()),
                    TimeUnit.MILLISECONDS);
            lastPublished.accumulateAndGet(envelope.globalIndex(), Math::max);
        }
    }

    /** The global index of the last event this instance published; -1 before the first. */
    long position() {
        return lastPublished.get();
    }

    /** NaN while the publisher has not claimed its token yet (e.g. at start-up or on another instance). */
    double lag() {
        try {
            StreamingEventProcessor processor = processing.get()
                    .eventProcessor(KafkaEventPublisher.PROCESSING_GROUP, StreamingEventProcessor.class).orElse(null);
            if (processor == null || processor.processingStatus().isEmpty()) {
                return Double.NaN;
            }
            long position = Long.MAX_VALUE;
            for (EventTrackerStatus status : processor.processingStatus().values()) {
                position = Math.min(position, status.getCurrentPosition().orElse(0));
            }
            TrackingToken headToken = eventStore.createHeadToken();
            long head = headToken == null ? 0 : headToken.position().orElse(0);
            return Math.max(0, head - position);
        } catch (RuntimeException unavailable) {
            return Double.NaN;
        }
    }

    private static String simpleName(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }
}
