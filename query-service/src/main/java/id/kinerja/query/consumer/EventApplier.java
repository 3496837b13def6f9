package id.kinerja.query.consumer;

import id.kinerja.api.EventEnvelope;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Applies a polled batch in ONE database transaction: each event id is claimed in {@code processed_event}
 * (a second delivery finds it claimed and is skipped), the projections write their rows, and the next offset of
 * every partition read is stored in {@code consumer_offset} — all committed together or not at all. Kafka's own
 * offset commit afterwards is only for monitoring; after a crash the consumer seeks to the stored offsets.
 */
@Component
public class EventApplier {

    private static final Logger log = LoggerFactory.getLogger(EventApplier.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final List<Projection> projections;
    private final ProjectionMetrics metrics;
    private final ProjectionTracing tracing;

    public EventApplier(JdbcTemplate jdbc, TransactionTemplate transaction, List<Projection> projections,
                        ProjectionMetrics metrics, ProjectionTracing tracing) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.projections = projections;
        this.metrics = metrics;
        this.tracing = tracing;
    }

    /** A live batch: takes the projection lock shared and stores the offsets under the consumer group. */
    public int applyLive(List<ConsumerRecord<String, String>> records, String group) {
        return apply(records, group, envelope -> true);
    }

    /** A replay batch: the replay holds the projection lock itself and keeps its position in memory. */
    public int applyReplay(List<ConsumerRecord<String, String>> records, Predicate<EventEnvelope> filter) {
        return apply(records, null, filter);
    }

    private int apply(List<ConsumerRecord<String, String>> records, String group, Predicate<EventEnvelope> filter) {
        try {
            return applyInTransaction(records, group, filter);
        } catch (RuntimeException e) {
            metrics.failed();
            throw e;
        }
    }

    private int applyInTransaction(List<ConsumerRecord<String, String>> records, String group,
                                   Predicate<EventEnvelope> filter) {
        List<EventEnvelope> applied = transaction.execute(status -> {
            if (group != null) {
                jdbc.queryForList("SELECT pg_advisory_xact_lock_shared(?)", ProjectionLock.KEY);
            }
            List<EventEnvelope> done = new ArrayList<>();
            Map<TopicPartition, Long> next = new HashMap<>();
            for (ConsumerRecord<String, String> record : records) {
                next.merge(new TopicPartition(record.topic(), record.partition()), record.offset() + 1, Math::max);
                EventEnvelope envelope;
                Optional<Object> payload;
                try {
                    envelope = EnvelopeReader.envelope(record.value());
                    payload = EnvelopeReader.payload(envelope);
                } catch (EnvelopeReader.UnreadableEvent e) {
                    // Retrying cannot make it readable: skip it loudly rather than stop every tenant's projection.
                    log.error("skipping unreadable record {}-{}@{}: {}", record.topic(), record.partition(),
                            record.offset(), e.getMessage());
                    metrics.rejected();
                    continue;
                }
                if (!filter.test(envelope)) {
                    continue;
                }
                if (!claim(envelope)) {
                    metrics.duplicate();
                    continue;
                }
                EventEnvelope claimed = envelope;
                payload.ifPresent(event -> tracing.write(record, claimed,
                        () -> projections.forEach(p -> p.apply(event, claimed))));
                done.add(envelope);
            }
            if (group != null) {
                next.forEach((partition, offset) -> jdbc.update("""
                        INSERT INTO consumer_offset (consumer_group, topic, kafka_partition, next_offset)
                        VALUES (?, ?, ?, ?)
                        ON CONFLICT (consumer_group, topic, kafka_partition)
                        DO UPDATE SET next_offset = GREATEST(consumer_offset.next_offset, EXCLUDED.next_offset)
                        """, group, partition.topic(), partition.partition(), offset));
            }
            return done;
        });
        applied.forEach(envelope -> metrics.applied(envelope.recordedAt()));
        return applied.size();
    }

    /** Claims the event id; false when an earlier delivery already applied it. */
    private boolean claim(EventEnvelope envelope) {
        return jdbc.update("""
                INSERT INTO processed_event (event_id, tenant, global_index, payload_type, recorded_at)
                VALUES (?, ?, ?, ?, ?) ON CONFLICT (event_id) DO NOTHING
                """, envelope.eventId(), envelope.tenant() == null ? "" : envelope.tenant(), envelope.globalIndex(),
                envelope.payloadType(), id.kinerja.query.history.History.timestamp(envelope.recordedAt())) == 1;
    }
}
