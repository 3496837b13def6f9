package id.kinerja.command.publishing;

import com.fasterxml.jackson.databind.JsonNode;
import id.kinerja.api.EventEnvelope;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What "every stored event reached Kafka" means, checked record by record. */
final class PublishedEvents {

    /** JSON trees equal up to the node type of numbers (7 may be read back as an int or a decimal node). */
    private static final Comparator<JsonNode> SAME_NUMBERS = (a, b) -> a.isNumber() && b.isNumber()
            ? a.decimalValue().compareTo(b.decimalValue())
            : a.equals(b) ? 0 : 1;

    private PublishedEvents() {
    }

    /**
     * Every stored event is on the topic with the envelope the store implies; records are keyed by aggregate id,
     * one aggregate's records share a partition, and none arrives before its predecessor (a re-sent batch may
     * repeat records, as at-least-once allows, but never jumps ahead).
     */
    static void assertComplete(List<StoredEvent> stored, List<ConsumerRecord<String, byte[]>> records,
                               String actor) {
        Map<String, EventEnvelope> byId = new LinkedHashMap<>();
        Map<String, Integer> partitionOfKey = new HashMap<>();
        Map<String, Long> highestSequence = new HashMap<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            EventEnvelope envelope = TopicReader.envelope(record);
            byId.putIfAbsent(envelope.eventId(), envelope);
            assertThat(record.key()).isEqualTo(envelope.aggregateId());
            assertThat(partitionOfKey.computeIfAbsent(record.key(), key -> record.partition()))
                    .as("partition of %s", record.key()).isEqualTo(record.partition());
            long highest = highestSequence.getOrDefault(record.key(), -1L);
            assertThat(envelope.sequenceNumber()).as("sequence of %s after %d", record.key(), highest)
                    .isLessThanOrEqualTo(highest + 1);
            highestSequence.put(record.key(), Math.max(highest, envelope.sequenceNumber()));
        }
        assertThat(byId.keySet()).containsAll(stored.stream().map(StoredEvent::eventId).toList());
        for (StoredEvent event : stored) {
            EventEnvelope envelope = byId.get(event.eventId());
            assertThat(envelope.globalIndex()).isEqualTo(event.globalIndex());
            assertThat(envelope.aggregateId()).isEqualTo(event.aggregateId());
            assertThat(envelope.aggregateType()).isEqualTo(event.aggregateType());
            assertThat(envelope.sequenceNumber()).isEqualTo(event.sequenceNumber());
            assertThat(envelope.payloadType()).isEqualTo(event.payloadType());
            assertThat(envelope.recordedAt()).isEqualTo(event.recordedAt());
            assertThat(envelope.tenant()).isEqualTo(event.metaData().path("tenant").asText())
                    .isEqualTo(event.aggregateId().split("/")[0]);
            assertThat(envelope.actor()).isEqualTo(actor).isEqualTo(event.metaData().path("actor").asText());
            assertThat(envelope.payload().equals(SAME_NUMBERS, event.payload()))
                    .as("payload of %s: %s, stored %s", event.eventId(), envelope.payload(), event.payload()).isTrue();
        }
    }
}
