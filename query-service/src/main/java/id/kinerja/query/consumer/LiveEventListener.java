package id.kinerja.query.consumer;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.kafka.event.ListenerContainerIdleEvent;
import org.springframework.kafka.listener.BatchConsumerAwareMessageListener;
import org.springframework.kafka.listener.ConsumerSeekAware;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/**
 * The live consumer's listener, run by spring-kafka's container ({@link EventConsumerConfiguration}): each polled
 * batch goes to {@link EventApplier} in one transaction that also stores the offsets. On assignment it seeks to those
 * stored offsets — the database, not Kafka, says what was applied; a partition never applied starts at its
 * beginning. Should the database not answer then, Kafka's committed offsets stand: they never pass the stored ones
 * (Kafka commits after the database), so at worst events are read again and skipped by their ids.
 */
@Component
class LiveEventListener implements BatchConsumerAwareMessageListener<String, String>, ConsumerSeekAware {

    private static final Logger log = LoggerFactory.getLogger(LiveEventListener.class);

    private final KafkaSettings settings;
    private final EventApplier applier;
    private final OffsetStore offsets;
    private final ProjectionMetrics metrics;
    private final ConsumerState state;

    LiveEventListener(KafkaSettings settings, EventApplier applier, OffsetStore offsets, ProjectionMetrics metrics,
                      ConsumerState state) {
        this.settings = settings;
        this.applier = applier;
        this.offsets = offsets;
        this.metrics = metrics;
        this.state = state;
    }

    @Override
    public void onMessage(List<ConsumerRecord<String, String>> records, Consumer<?, ?> consumer) {
        try {
            applier.applyLive(records, settings.groupId());
        } catch (RuntimeException | Error failure) {
            // Nothing of the batch was committed; the container's error handler retries it with back-off.
            state.failed(failure);
            throw failure;
        }
        state.applied();
        metrics.lag(lag(consumer));
    }

    @Override
    public void onPartitionsAssigned(Map<TopicPartition, Long> assignments, ConsumerSeekCallback callback) {
        state.assigned(assignments.keySet());
        Map<TopicPartition, Long> stored;
        try {
            stored = offsets.stored(settings.groupId(), assignments.keySet());
        } catch (DataAccessException e) {
            log.warn("stored offsets unreadable ({}); reading on from Kafka's committed offsets", e.getMessage());
            return;
        }
        for (TopicPartition partition : assignments.keySet()) {
            Long offset = stored.get(partition);
            if (offset == null) {
                callback.seekToBeginning(partition.topic(), partition.partition());
            } else {
                callback.seek(partition.topic(), partition.partition(), offset);
            }
        }
    }

    /** Between batches the lag still changes (events arrive while none are polled): measured when idle too. */
    @EventListener
    void idle(ListenerContainerIdleEvent event) {
        if (event.getConsumer() != null) {
            metrics.lag(lag(event.getConsumer()));
        }
    }

    private static long lag(Consumer<?, ?> consumer) {
        long total = 0;
        for (TopicPartition partition : consumer.assignment()) {
            total += consumer.currentLag(partition).orElse(0);
        }
        return total;
    }
}
