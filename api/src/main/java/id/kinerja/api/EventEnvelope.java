package id.kinerja.api;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;

/**
 * A stored event as it travels on Kafka (topic {@value #TOPIC}, keyed by {@code aggregateId} so one aggregate's
 * events stay in order): the payload in the {@link EventJson} form, plus what the event store knows about it.
 * {@code recordedAt} is the recorded-time clock every as-of query uses; {@code eventId} lets consumers apply
 * an event exactly once however often Kafka delivers it.
 *
 * @param payloadType the event's class name, e.g. {@code id.kinerja.api.pk.PaguSet}
 * @param tenant      the tenant the event belongs to ({@link TenantScoped#tenant()})
 * @param actor       the acting user who caused it
 */
public record EventEnvelope(String eventId, long globalIndex, String aggregateId, String aggregateType,
                            long sequenceNumber, String payloadType, Instant recordedAt, String tenant, String actor,
                            JsonNode payload) {

    public static final String TOPIC = "kinerja.events";
}
