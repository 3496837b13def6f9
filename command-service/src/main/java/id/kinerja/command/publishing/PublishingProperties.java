package id.kinerja.command.publishing;

import id.kinerja.api.EventEnvelope;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.Map;

/**
 * Settings of the Kafka publisher ({@code kinerja.kafka.*}). The publisher runs only when
 * {@code bootstrap-servers} is set (env {@code KINERJA_KAFKA_BOOTSTRAP_SERVERS}), so command-service also runs,
 * and stores events, without a broker; the events then wait in the event store until a publisher runs.
 *
 * @param bootstrapServers where the brokers are, e.g. {@code kafka-1:9092,kafka-2:9092}
 * @param producer         extra kafka-clients producer settings, overriding {@link KafkaClientSettings}'
 *                         defaults, e.g. {@code kinerja.kafka.producer.linger.ms=20}
 */
@ConfigurationProperties("kinerja.kafka")
public record PublishingProperties(String bootstrapServers, @DefaultValue Topic topic,
                                   @DefaultValue Publisher publisher, Map<String, String> producer) {

    public PublishingProperties {
        producer = producer == null ? Map.of() : Map.copyOf(producer);
    }

    /**
     * The topic the publisher creates when it is missing (see {@code infra/kafka/README.md}).
     *
     * @param minInsyncReplicas when unset: one less than the replication factor, at least 1, so that a write
     *                          acknowledged with acks=all survives the loss of one broker
     */
    public record Topic(@DefaultValue(EventEnvelope.TOPIC) String name, @DefaultValue("12") int partitions,
                        @DefaultValue("1") short replicationFactor, Integer minInsyncReplicas) {

        public int effectiveMinInsyncReplicas() {
            return minInsyncReplicas != null ? minInsyncReplicas : Math.max(1, replicationFactor - 1);
        }
    }

    /**
     * @param batchSize  events read from the store, sent and acknowledged per event-store transaction
     * @param stallAfter how long events may wait unpublished before the publisher's health is DOWN
     */
    public record Publisher(@DefaultValue("100") int batchSize, @DefaultValue("2m") Duration stallAfter) {
    }
}
