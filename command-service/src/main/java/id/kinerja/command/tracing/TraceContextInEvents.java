package id.kinerja.command.tracing;

import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.Map;

/**
 * Writes the current trace context (W3C {@code traceparent}, and {@code tracestate} when there is one) into the
 * metadata of every event a command causes, so that it is stored with the event: the Kafka publisher continues the
 * trace from there ({@code id.kinerja.command.publishing.PublishTracing}), whenever and wherever it runs.
 */
@Component
class TraceContextInEvents implements CorrelationDataProvider {

    private final Tracer tracer;
    private final Propagator propagator;

    TraceContextInEvents(Tracer tracer, ObjectProvider<Propagator> propagator) {
        this.tracer = tracer;
        this.propagator = propagator.getIfAvailable(() -> Propagator.NOOP);
    }

    @Override
    public Map<String, ?> correlationDataFor(Message<?> message) {
        TraceContext current = tracer.currentTraceContext().context();
        Map<String, String> carrier = new HashMap<>();
        if (current != null) {
            propagator.inject(current, carrier, Map::put);
        }
        return carrier;
    }
}
