package id.kinerja.command.publishing;

import id.kinerja.api.EventEnvelope;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.RecordMetadata;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * The sends of one batch of events, still waiting for the broker's acknowledgement. The batch's event-store
 * transaction (which advances the tracking token) commits only after {@link #awaitAll()} returned, so a
 * token never passes an event Kafka has not acknowledged.
 */
final class PendingAcks {

    private final Producer<String, byte[]> producer;
    private final List<EventEnvelope> envelopes = new ArrayList<>();
    private final List<Future<RecordMetadata>> acks = new ArrayList<>();

    PendingAcks(Producer<String, byte[]> producer) {
        this.producer = producer;
    }

    void add(EventEnvelope envelope, Future<RecordMetadata> ack) {
        envelopes.add(envelope);
        acks.add(ack);
    }

    List<EventEnvelope> envelopes() {
        return envelopes;
    }

    /** Waits for every acknowledgement; the first failure fails the whole batch, which is then sent again. */
    void awaitAll() {
        // Send what lingers in the producer's buffer now rather than after linger.ms.
        producer.flush();
        for (int i = 0; i < acks.size(); i++) {
            try {
                acks.get(i).get();
            } catch (ExecutionException e) {
                EventEnvelope envelope = envelopes.get(i);
                throw new IllegalStateException("Kafka did not acknowledge event " + envelope.eventId()
                        + " (global index " + envelope.globalIndex() + "); the batch is retried", e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for Kafka's acknowledgements", e);
            }
        }
    }
}
