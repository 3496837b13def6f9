package id.kinerja.query.support;

import id.kinerja.api.EventEnvelope;
import id.kinerja.api.EventJson;
import id.kinerja.api.TenantScoped;
import id.kinerja.api.common.OpdId;
import id.kinerja.api.common.TenantId;
import id.kinerja.api.jadwal.JadwalId;
import id.kinerja.api.pk.PerjanjianKinerjaId;
import id.kinerja.api.renstra.RenstraId;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Plays the publisher's part in tests: wraps real api events in {@link EventEnvelope}s exactly as the wire
 * contract says (key = aggregate id, value = EventJson) and sends them to the embedded broker.
 */
public final class EventStream implements AutoCloseable {

    private static final ObjectMapper MAPPER = EventJson.mapper();
    private static final AtomicLong GLOBAL_INDEX = new AtomicLong();

    private final KafkaProducer<String, String> producer;

    public EventStream() {
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.ACKS_CONFIG, "all"));
    }

    /** A recorded event: the envelope, as the event store would have produced it. */
    public static EventEnvelope envelope(Object event, Instant recordedAt) {
        return envelope(event, recordedAt, "test.operator");
    }

    /** Recorded as caused by the named user. */
    public static EventEnvelope envelope(Object event, Instant recordedAt, String actor) {
        String aggregate = aggregateId(event);
        return new EventEnvelope(UUID.randomUUID().toString(), GLOBAL_INDEX.incrementAndGet(), aggregate,
                event.getClass().getSimpleName(), 0, event.getClass().getName(), recordedAt,
                ((TenantScoped) event).tenant().code(), actor, MAPPER.valueToTree(event));
    }

    public List<EventEnvelope> send(List<EventEnvelope> envelopes) {
        List<EventEnvelope> sent = new ArrayList<>();
        try {
            for (EventEnvelope envelope : envelopes) {
                producer.send(new ProducerRecord<>(EventEnvelope.TOPIC, envelope.aggregateId(),
                        MAPPER.writeValueAsString(envelope))).get();
                sent.add(envelope);
            }
        } catch (ExecutionException | com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return sent;
    }

    public EventEnvelope send(Object event, Instant recordedAt) {
        return send(List.of(envelope(event, recordedAt))).get(0);
    }

    /** Sends a raw record, e.g. one that is not an api event. */
    public void sendRaw(String key, String value) {
        try {
            producer.send(new ProducerRecord<>(EventEnvelope.TOPIC, key, value)).get();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The aggregate an event belongs to, as the command side names it: the PK, the Renstra, the OPD or tenant. */
    static String aggregateId(Object event) {
        for (RecordComponent component : event.getClass().getRecordComponents()) {
            Class<?> type = component.getType();
            if (type == PerjanjianKinerjaId.class || type == RenstraId.class || type == OpdId.class
                    || type == TenantId.class || type == JadwalId.class) {
                try {
                    return component.getAccessor().invoke(event).toString();
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return ((TenantScoped) event).tenant().code();
    }

    @Override
    public void close() {
        producer.close();
    }
}
