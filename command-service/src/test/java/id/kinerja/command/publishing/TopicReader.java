package id.kinerja.command.publishing;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.kinerja.api.EventEnvelope;
import id.kinerja.api.EventJson;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads a whole topic from its beginning, every partition, as a consumer without a group would. */
final class TopicReader implements AutoCloseable {

    private static final ObjectMapper JSON = EventJson.mapper();

    private final KafkaConsumer<String, byte[]> consumer;
    private final String topic;
    private final List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
    private boolean assigned;

    TopicReader(String bootstrapServers, String topic) {
        this.topic = topic;
        this.consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new StringDeserializer(), new ByteArrayDeserializer());
    }

    /** Reads what arrived since the last call and returns everything read so far, in partition order. */
    List<ConsumerRecord<String, byte[]>> poll() {
        if (!assigned) {
            List<PartitionInfo> partitions;
            try {
                partitions = consumer.partitionsFor(topic, Duration.ofSeconds(1));
            } catch (TimeoutException notYet) {
                return records;
            }
            if (partitions == null || partitions.isEmpty()) {
                return records;
            }
            List<TopicPartition> all = partitions.stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(all);
            consumer.seekToBeginning(all);
            assigned = true;
        }
        consumer.poll(Duration.ofMillis(200)).forEach(records::add);
        return records;
    }

    List<EventEnvelope> envelopes() {
        return records.stream().map(TopicReader::envelope).toList();
    }

    Set<String> eventIds() {
        return envelopes().stream().map(EventEnvelope::eventId).collect(Collectors.toSet());
    }

    static EventEnvelope envelope(ConsumerRecord<String, byte[]> record) {
        try {
            return JSON.readValue(record.value(), EventEnvelope.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        consumer.close();
    }
}
