package id.kinerja.query.consumer;

import id.kinerja.api.EventEnvelope;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.slf4j.MDC;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;

/**
 * The last hop of a command's trace: the projections' write of one event, a {@code projection <Event>} span (kind
 * consumer) continuing the trace from the record's headers ({@code traceparent}, written by command-service's
 * publisher), with the tenant in the span and in the log context. It sits where a record becomes read-model rows
 * ({@link EventApplier}), which the live consumer and a replay share, whatever reads the records from Kafka.
 */
@Component
public class ProjectionTracing {

    private final Tracer tracer;
    private final Propagator propagator;

    public ProjectionTracing(Tracer tracer, ObjectProvider<Propagator> propagator) {
        this.tracer = tracer;
        this.propagator = propagator.getIfAvailable(() -> Propagator.NOOP);
    }

    /** Runs the projections' write of the record's event inside its span. */
    public void write(ConsumerRecord<String, String> record, EventEnvelope envelope, Runnable write) {
        Span span = propagator.extract(record, ProjectionTracing::header)
                .name("projection " + envelope.payloadType().substring(envelope.payloadType().lastIndexOf('.') + 1))
                .kind(Span.Kind.CONSUMER)
                .tag("kinerja.tenant", String.valueOf(envelope.tenant()))
                .tag("kinerja.global-index", String.valueOf(envelope.globalIndex()))
                .start();
        try (Tracer.SpanInScope scope = tracer.withSpan(span);
             MDC.MDCCloseable tenant = MDC.putCloseable("tenant", envelope.tenant())) {
            write.run();
        } catch (RuntimeException e) {
            span.error(e);
            throw e;
        } finally {
            span.end();
        }
    }

    private static String header(ConsumerRecord<String, String> record, String key) {
        Header header = record.headers().lastHeader(key);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
