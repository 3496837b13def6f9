package id.kinerja.query.consumer;

import id.kinerja.api.EventEnvelope;
import id.kinerja.query.history.History;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Predicate;

/**
 * Applies a polled batch in ONE database transaction: each event id is claimed in {@code processed_event}
 * (a second delivery finds it claimed and is skipped), the projections write their rows, and the next offset of
 * every partition read is stored in {@code consumer_offset} — all committed together or not at all. Kafka's own
 * offset commit afterwards is only for monitoring; after a crash the consumer seeks to the stored offsets.
 * <p>
 * One event that can never be applied must not stop every tenant's projection: when a batch fails for a reason
 * retrying cannot cure ({@link Failures#permanent}), it is applied again event by event, each under a savepoint,
 * and an event whose projection fails is set aside in {@code projection_quarantine} with the reason (claimed, so it
 * is not retried forever; a replay of its tenant tries it again). A failure retrying can cure (the database went
 * away) fails the batch, which is then read again from the stored offsets.
 */
@Component
public class EventApplier {

    private static final Logger log = LoggerFactory.getLogger(EventApplier.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final List<Projection> projections;
    private final ProjectionMetrics metrics;
    private final ProjectionTracing tracing;
    private final History history;

    public EventApplier(JdbcTemplate jdbc, TransactionTemplate transaction, List<Projection> projections,
                        ProjectionMetrics metrics, ProjectionTracing tracing, History history) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.projections = projections;
        this.metrics = metrics;
        this.tracing = tracing;
        this.history = history;
    }

    /** A live batch: takes the projection lock shared and stores the offsets under the consumer group. */
    public int applyLive(List<ConsumerRecord<String, String>> records, String group) {
        return apply(records, new Target(group, envelope -> true, null, (position, applied) -> { }));
    }

    /**
     * A replay batch, written where {@code schema} says (the replay's tables beside the live ones), with
     * {@code position} called inside the batch's transaction with the next offset of every partition it read and the
     * number of events it applied, so the replay's progress commits with its rows.
     */
    public int applyReplay(List<ConsumerRecord<String, String>> records, Predicate<EventEnvelope> filter,
                           String schema, BiConsumer<Map<TopicPartition, Long>, Integer> position) {
        return apply(records, new Target(null, filter, schema, position));
    }

    /** Where a batch goes: the live tables under a consumer group, or a replay's schema. */
    private record Target(String group, Predicate<EventEnvelope> filter, String schema,
                          BiConsumer<Map<TopicPartition, Long>, Integer> position) {
    }

    private int apply(List<ConsumerRecord<String, String>> records, Target target) {
        List<EventEnvelope> applied;
        try {
            applied = transaction.execute(status -> applyBatch(records, target, status, false));
        } catch (RuntimeException e) {
            metrics.failed();
            if (!Failures.permanent(e)) {
                throw e;
            }
            log.warn("batch of {} records failed ({}); applying it event by event", records.size(), e.toString());
            applied = transaction.execute(status -> applyBatch(records, target, status, true));
        }
        // a replayed event's lag is the age of the history being rebuilt, not the live pipeline's: counted, not timed
        boolean live = target.group() != null;
        applied.forEach(envelope -> metrics.applied(live ? envelope.recordedAt() : null));
        return applied.size();
    }

    private List<EventEnvelope> applyBatch(List<ConsumerRecord<String, String>> records, Target target,
                                           TransactionStatus status, boolean eventByEvent) {
        if (target.group() != null) {
            jdbc.queryForList("SELECT pg_advisory_xact_lock_shared(?)", ProjectionLock.KEY);
        }
        if (target.schema() != null) {
            jdbc.execute("SET LOCAL search_path TO " + target.schema() + ", public");
        }
        Map<TopicPartition, Long> next = new HashMap<>();
        List<Read> reads = new ArrayList<>();
        for (ConsumerRecord<String, String> record : records) {
            next.merge(new TopicPartition(record.topic(), record.partition()), record.offset() + 1, Math::max);
            try {
                EventEnvelope envelope = EnvelopeReader.envelope(record.value());
                if (target.filter().test(envelope)) {
                    reads.add(new Read(record, envelope, EnvelopeReader.payload(envelope)));
                }
            } catch (EnvelopeReader.UnreadableEvent e) {
                // Retrying cannot make it readable: skip it loudly rather than stop every tenant's projection.
                log.error("skipping unreadable record {}-{}@{}: {}", record.topic(), record.partition(),
                        record.offset(), e.getMessage());
                metrics.rejected();
            }
        }
        Set<String> claimed = claim(reads);
        List<EventEnvelope> done = new ArrayList<>();
        for (Read read : reads) {
            if (!claimed.remove(read.envelope().eventId())) {
                metrics.duplicate();
                continue;
            }
            if (read.payload().isPresent()) {
                if (eventByEvent) {
                    applyOrQuarantine(read.payload().get(), read.envelope(), read.record(), status);
                } else {
                    project(read.payload().get(), read.envelope(), read.record());
                }
            }
            done.add(read.envelope());
        }
        if (target.group() != null) {
            next.forEach((partition, offset) -> jdbc.update("""
                    INSERT INTO consumer_offset (consumer_group, topic, kafka_partition, next_offset)
                    VALUES (?, ?, ?, ?)
                    ON CONFLICT (consumer_group, topic, kafka_partition)
                    DO UPDATE SET next_offset = GREATEST(consumer_offset.next_offset, EXCLUDED.next_offset)
                    """, target.group(), partition.topic(), partition.partition(), offset));
        }
        target.position().accept(next, done.size());
        return done;
    }

    private void project(Object event, EventEnvelope envelope, ConsumerRecord<String, String> record) {
        tracing.write(record, envelope, () -> projections.forEach(p -> p.apply(event, envelope)));
    }

    private void applyOrQuarantine(Object event, EventEnvelope envelope, ConsumerRecord<String, String> record,
                                   TransactionStatus status) {
        Object savepoint = status.createSavepoint();
        try {
            project(event, envelope, record);
            history.flush(); // this event's rows written now, so a row the database refuses is this event's
            status.releaseSavepoint(savepoint);
        } catch (RuntimeException e) {
            if (!Failures.permanent(e)) {
                throw e;
            }
            history.discard();
            status.rollbackToSavepoint(savepoint);
            String reason = Failures.describe(e);
            log.error("event {} ({}, tenant {}) set aside in projection_quarantine: {}", envelope.eventId(),
                    envelope.payloadType(), envelope.tenant(), reason);
            jdbc.update("""
                    INSERT INTO projection_quarantine (event_id, tenant, global_index, payload_type, recorded_at,
                                                       reason, envelope)
                    VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (event_id) DO NOTHING
                    """, envelope.eventId(), tenantOf(envelope), envelope.globalIndex(), envelope.payloadType(),
                    envelope.recordedAt() == null ? null : History.timestamp(envelope.recordedAt()), reason,
                    record.value().replace("\u0000", "\\u0000"));
            metrics.quarantined();
        }
    }

    /** A record of the batch, read once: its envelope and its payload (empty for an event this build does not know). */
    private record Read(ConsumerRecord<String, String> record, EventEnvelope envelope, Optional<Object> payload) {
    }

    /**
     * Claims the batch's event ids in one statement and returns those this delivery claimed; an id an earlier delivery
     * applied (or that appears twice in the batch) is claimed once. One round trip per batch, not per event: per
     * event, that round trip was what limited a replay's rate.
     */
    private Set<String> claim(List<Read> reads) {
        if (reads.isEmpty()) {
            return new HashSet<>();
        }
        int size = reads.size();
        String[] ids = new String[size];
        String[] tenants = new String[size];
        Long[] indexes = new Long[size];
        String[] types = new String[size];
        String[] times = new String[size];
        for (int i = 0; i < size; i++) {
            EventEnvelope envelope = reads.get(i).envelope();
            ids[i] = envelope.eventId();
            tenants[i] = tenantOf(envelope);
            indexes[i] = envelope.globalIndex();
            types[i] = envelope.payloadType();
            times[i] = envelope.recordedAt().toString();
        }
        return jdbc.execute((ConnectionCallback<Set<String>>) connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO processed_event (event_id, tenant, global_index, payload_type, recorded_at)
                    SELECT * FROM unnest(?::text[], ?::text[], ?::bigint[], ?::text[], ?::text[]::timestamptz[])
                    ON CONFLICT (event_id) DO NOTHING RETURNING event_id""")) {
                insert.setArray(1, connection.createArrayOf("text", ids));
                insert.setArray(2, connection.createArrayOf("text", tenants));
                insert.setArray(3, connection.createArrayOf("bigint", indexes));
                insert.setArray(4, connection.createArrayOf("text", types));
                insert.setArray(5, connection.createArrayOf("text", times));
                Set<String> claimed = new HashSet<>();
                try (ResultSet rows = insert.executeQuery()) {
                    while (rows.next()) {
                        claimed.add(rows.getString(1));
                    }
                }
                return claimed;
            }
        });
    }

    private static String tenantOf(EventEnvelope envelope) {
        return envelope.tenant() == null ? "" : envelope.tenant();
    }
}
