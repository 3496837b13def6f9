package id.kinerja.command.publishing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kinerja.api.EventEnvelope;
import id.kinerja.api.EventJson;
import id.kinerja.api.TenantScoped;
import id.kinerja.command.eventstore.EventStoreConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackingToken;

/** Turns a stored event into the {@link EventEnvelope} that travels on Kafka, and that into its JSON bytes. */
final class Envelopes {

    private static final ObjectMapper JSON = EventJson.mapper();

    private Envelopes() {
    }

    /** @param token the tracking token of the event itself: its position is the event's global index */
    static EventEnvelope of(EventMessage<?> event, TrackingToken token) {
        Object payload = event.getPayload();
        long globalIndex = token.position().orElseThrow(
                () -> new IllegalStateException("no global index in tracking token " + token));
        String tenant = payload instanceof TenantScoped scoped
                ? scoped.tenant().code()
                : (String) event.getMetaData().get(EventStoreConfiguration.TENANT);
        String actor = (String) event.getMetaData().get(EventStoreConfiguration.ACTOR);
        if (event instanceof DomainEventMessage<?> domain) {
            return new EventEnvelope(event.getIdentifier(), globalIndex, domain.getAggregateIdentifier(),
                    domain.getType(), domain.getSequenceNumber(), payload.getClass().getName(), event.getTimestamp(),
                    tenant, actor, JSON.valueToTree(payload));
        }
        // Every event of this platform comes from an aggregate; anything else is still published, keyed by its id.
        return new EventEnvelope(event.getIdentifier(), globalIndex, event.getIdentifier(), null, 0,
                payload.getClass().getName(), event.getTimestamp(), tenant, actor, JSON.valueToTree(payload));
    }

    static byte[] bytes(EventEnvelope envelope) {
        try {
            return JSON.writeValueAsBytes(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write envelope of event " + envelope.eventId(), e);
        }
    }
}
