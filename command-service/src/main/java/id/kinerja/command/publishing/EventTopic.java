package id.kinerja.command.publishing;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

/**
 * The events topic, created with its settings when it is missing. Brokers refuse to create topics on first use
 * (and would give them broker defaults), so the publisher makes sure of the topic before its first send; an
 * existing topic is left as it is (changing partitions would move keys between partitions).
 */
class EventTopic {

    private static final Logger log = LoggerFactory.getLogger(EventTopic.class);

    private final PublishingProperties properties;
    private volatile boolean present;

    EventTopic(PublishingProperties properties) {
        this.properties = properties;
    }

    String name() {
        return properties.topic().name();
    }

    /** Creates the topic unless it exists; throws when the brokers cannot be reached, so a caller retries. */
    synchronized void ensureExists() {
        if (present) {
            return;
        }
        PublishingProperties.Topic topic = properties.topic();
        NewTopic newTopic = new NewTopic(topic.name(), topic.partitions(), topic.replicationFactor()).configs(Map.of(
                // Kept forever: a new read model, or a rebuilt one, replays the topic from its beginning.
                TopicConfig.RETENTION_MS_CONFIG, "-1",
                TopicConfig.RETENTION_BYTES_CONFIG, "-1",
                TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE,
                TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, Integer.toString(topic.effectiveMinInsyncReplicas())));
        try (Admin admin = Admin.create(KafkaClientSettings.admin(properties))) {
            admin.createTopics(List.of(newTopic)).all().get();
            log.info("created topic {} ({} partitions, replication {}, min.insync.replicas {}, kept forever)",
                    topic.name(), topic.partitions(), topic.replicationFactor(), topic.effectiveMinInsyncReplicas());
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("could not create topic " + topic.name() + ": " + e.getCause(), e);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topic " + topic.name(), e);
        }
        present = true;
    }

    /** At start-up, so consumers find the topic before the first event; failing here is only a warning. */
    @EventListener(ApplicationReadyEvent.class)
    public void tryEnsureExistsInBackground() {
        Thread thread = new Thread(() -> {
            try {
                ensureExists();
            } catch (RuntimeException e) {
                log.warn("Kafka not reachable yet ({}); the publisher retries before its first send", e.getMessage());
            }
        }, "kafka-topic-check");
        thread.setDaemon(true);
        thread.start();
    }
}
