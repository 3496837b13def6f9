package id.kinerja.command.publishing;

import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.util.HashMap;
import java.util.Map;

/** The kafka-clients settings of the publisher's producer and of the admin client that creates the topic. */
final class KafkaClientSettings {

    private KafkaClientSettings() {
    }

    static Map<String, Object> producer(PublishingProperties properties) {
        Map<String, Object> settings = new HashMap<>();
        settings.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, properties.bootstrapServers());
        settings.put(ProducerConfig.CLIENT_ID_CONFIG, "command-service-publisher");
        settings.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        settings.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        // No loss, no reordering: a write counts only once every in-sync replica has it, and the idempotent
        // producer's sequence numbers keep one partition's records in order through retries (which is why up
        // to 5 requests may be in flight rather than 1).
        settings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        settings.put(ProducerConfig.ACKS_CONFIG, "all");
        settings.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        settings.put(ProducerConfig.RETRIES_CONFIG, Integer.MAX_VALUE);
        // A batch of the event store's events goes out together; JSON envelopes compress well.
        settings.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        settings.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        // Bounded waits: while the brokers are unreachable a batch fails within these times and the tracking
        // processor retries it later, instead of holding its event-store transaction open for minutes.
        settings.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        settings.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 15_000);
        settings.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 45_000);
        settings.putAll(properties.producer());
        return settings;
    }

    static Map<String, Object> admin(PublishingProperties properties) {
        Object timeout = producer(properties).get(ProducerConfig.MAX_BLOCK_MS_CONFIG);
        return Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, properties.bootstrapServers(),
                AdminClientConfig.CLIENT_ID_CONFIG, "command-service-topics",
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, timeout,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, timeout);
    }
}
