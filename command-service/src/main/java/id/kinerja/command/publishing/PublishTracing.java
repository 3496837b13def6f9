package id.kinerja.command.publishing;

import id.kinerja.api.EventEnvelope;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.propagation.Propagator;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.common.header.Headers;
import org.axonframework.messaging.MetaData;

import java.nio.charset.StandardCharsets;

/**
 * The Kafka hop of a trace: a {@code kinerja.events publish} span (kind producer), child of the trace the event
 * carries in its stored metadata (written there when the command was handled), ended when the broker acknowledges
 * the record; its context goes on in the record's headers ({@code traceparent}), where query-service picks it up.
 * An event stored without a trace context starts a trace of its own.
 */
final class PublishTracing {

    private final Propagator propagator;

    PublishTracing(Propagator propagator) {
        this.propagator = propagator;
    }

    /** Starts the span of one record and writes its context into the record's headers. */
    Span start(MetaData stored, EventEnvelope envelope, Headers headers) {
        Span span = propagator.extract(stored, (metaData, key) -> {
                    Object value = metaData.get(key);
                    return value == null ? null : value.toString();
                })
                .name(EventEnvelope.TOPIC + " publish")
                .kind(Span.Kind.PRODUCER)
                .tag("kinerja.tenant", String.valueOf(envelope.tenant()))
                .tag("kinerja.event", envelope.payloadType().substring(envelope.payloadType().lastIndexOf('.') + 1))
                .tag("kinerja.global-index", String.valueOf(envelope.globalIndex()))
                .start();
        propagator.inject(span.context(), headers,
                (carrier, key, value) -> carrier.add(key, value.getBytes(StandardCharsets.UTF_8)));
        return span;
    }

    /** Ends the span when Kafka answers. */
    static Callback endOnAcknowledgement(Span span) {
        return (metadata, failure) -> {
            if (failure != null) {
                span.error(failure);
            }
            span.end();
        };
    }
}
