package id.kinerja.query.consumer;

import id.kinerja.api.EventEnvelope;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The live consumer: one thread polling {@link EventEnvelope#TOPIC}, started and stopped with the Spring context.
 * Each poll is applied by {@link EventApplier} in one transaction that also stores the offsets; only then is the
 * offset committed to Kafka (for monitoring). On assignment it seeks to the stored offsets, so neither a crash nor
 * a rebalance loses or doubles an event; a duplicate delivered anyway is skipped by its event id. A failed batch
 * is rolled back and read again from the stored offsets after a pause.
 */
@Component
public class KafkaEventConsumer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(KafkaEventConsumer.class);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final long RETRY_PAUSE_MS = 2000;

    private final KafkaSettings settings;
    private final EventApplier applier;
    private final OffsetStore offsets;
    private final ProjectionMetrics metrics;

    private volatile boolean running;
    private volatile KafkaConsumer<String, String> consumer;
    private Thread thread;
    private CountDownLatch stopped = new CountDownLatch(0);

    public KafkaEventConsumer(KafkaSettings settings, EventApplier applier, OffsetStore offsets,
                              ProjectionMetrics metrics) {
        this.settings = settings;
        this.applier = applier;
        this.offsets = offsets;
        this.metrics = metrics;
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        if (!settings.enabled()) {
            log.info("kinerja.kafka.bootstrap-servers is not set: no events are consumed");
            return;
        }
        running = true;
        stopped = new CountDownLatch(1);
        thread = new Thread(this::run, "kinerja-event-consumer");
        thread.start();
    }

    @Override
    public synchronized void stop() {
        if (!running) {
            return;
        }
        running = false;
        KafkaConsumer<String, String> current = consumer;
        if (current != null) {
            current.wakeup();
        }
        try {
            if (!stopped.await(30, TimeUnit.SECONDS)) {
                log.warn("event consumer did not stop within 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void run() {
        Map<String, Object> props = settings.consumerProperties("query-service-live");
        props.put(ConsumerConfig.GROUP_ID_CONFIG, settings.groupId());
        try (KafkaConsumer<String, String> kafka = new KafkaConsumer<>(props)) {
            consumer = kafka;
            kafka.subscribe(List.of(EventEnvelope.TOPIC), new SeekToStored(kafka));
            while (running) {
                ConsumerRecords<String, String> records = kafka.poll(POLL);
                if (!records.isEmpty()) {
                    applyOrRewind(kafka, records);
                }
                metrics.lag(lag(kafka));
            }
        } catch (WakeupException e) {
            if (running) {
                log.error("event consumer woken unexpectedly", e);
            }
        } catch (RuntimeException e) {
            log.error("event consumer stopped", e);
        } finally {
            consumer = null;
            running = false;
            stopped.countDown();
        }
    }

    private void applyOrRewind(KafkaConsumer<String, String> kafka, ConsumerRecords<String, String> records) {
        List<ConsumerRecord<String, String>> batch = new ArrayList<>(records.count());
        records.forEach(batch::add);
        try {
            applier.applyLive(batch, settings.groupId());
        } catch (RuntimeException e) {
            // Nothing of the batch was committed: read it again from the stored offsets after a pause.
            log.error("batch of {} events failed, retrying from the stored offsets", batch.size(), e);
            seekToStored(kafka, kafka.assignment());
            pause();
            return;
        }
        try {
            kafka.commitAsync();
        } catch (RuntimeException e) {
            log.debug("offset commit to Kafka failed; the stored offsets stand", e);
        }
    }

    private void seekToStored(KafkaConsumer<String, String> kafka, Collection<TopicPartition> partitions) {
        Map<TopicPartition, Long> stored = offsets.stored(settings.groupId(), partitions);
        List<TopicPartition> fresh = new ArrayList<>();
        for (TopicPartition partition : partitions) {
            Long offset = stored.get(partition);
            if (offset == null) {
                fresh.add(partition);
            } else {
                kafka.seek(partition, offset);
            }
        }
        // A partition never applied starts at the beginning: the database, not Kafka, says what was applied.
        if (!fresh.isEmpty()) {
            kafka.seekToBeginning(fresh);
        }
    }

    private long lag(KafkaConsumer<String, String> kafka) {
        long total = 0;
        for (TopicPartition partition : kafka.assignment()) {
            total += kafka.currentLag(partition).orElse(0);
        }
        return total;
    }

    private void pause() {
        try {
            new CountDownLatch(1).await(RETRY_PAUSE_MS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private final class SeekToStored implements ConsumerRebalanceListener {
        private final KafkaConsumer<String, String> kafka;

        SeekToStored(KafkaConsumer<String, String> kafka) {
            this.kafka = kafka;
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            seekToStored(kafka, partitions);
        }

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            // Offsets are stored with every batch; nothing to flush.
        }
    }
}
