package id.kinerja.query.consumer;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Where Kafka is ({@code kinerja.kafka.bootstrap-servers}; blank disables consuming) and the group we read in. */
@Component
public class KafkaSettings {

    private final String bootstrapServers;
    private final String groupId;

    public KafkaSettings(@Value("${kinerja.kafka.bootstrap-servers:}") String bootstrapServers,
                         @Value("${kinerja.kafka.group-id:query-service}") String groupId) {
        this.bootstrapServers = bootstrapServers;
        this.groupId = groupId;
    }

    public boolean enabled() {
        return bootstrapServers != null && !bootstrapServers.isBlank();
    }

    public String groupId() {
        return groupId;
    }

    /** Consumer settings shared by the live consumer and the replay reader; offsets are ours, not Kafka's. */
    public Map<String, Object> consumerProperties(String clientId) {
        Map<String, Object> props = new HashMap<>();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, clientId);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500);
        // A topic created after start-up is found within seconds, not the default five minutes.
        props.put(ConsumerConfig.METADATA_MAX_AGE_CONFIG, 5000);
        // The topic is created with its settings by the publisher (infra/kafka/README.md); a consumer that created it
        // on a broker allowing auto-creation would give it the broker's defaults: one partition, a week's retention.
        props.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        return props;
    }
}
