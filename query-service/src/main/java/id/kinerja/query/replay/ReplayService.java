package id.kinerja.query.replay;

import id.kinerja.api.EventEnvelope;
import id.kinerja.query.consumer.EventApplier;
import id.kinerja.query.consumer.KafkaSettings;
import id.kinerja.query.consumer.ProjectionLock;
import id.kinerja.query.web.Conflict;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

/**
 * Rebuilds read models from the start of the topic: one tenant's, or all. It takes the projection lock
 * exclusively for the whole run (live batches wait; see {@link ProjectionLock}), notes the topic's end offsets,
 * deletes the tenant's rows, then streams the topic from offset 0 with its own group-less consumer, applying the
 * tenant's events batch by batch through the same {@link EventApplier} as the live consumer — so the rebuilt rows
 * equal the incremental ones. Memory stays one poll batch. After the lock is released the live consumer goes on
 * from its stored offsets; events the replay already applied are skipped by their ids.
 */
@Service
public class ReplayService implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ReplayService.class);
    private static final Duration POLL = Duration.ofMillis(500);

    private final KafkaSettings settings;
    private final EventApplier applier;
    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final AtomicReference<ReplayStatus> status = new AtomicReference<>(ReplayStatus.idle());
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> new Thread(r, "kinerja-replay"));

    public ReplayService(KafkaSettings settings, EventApplier applier, DataSource dataSource, JdbcTemplate jdbc,
                         TransactionTemplate transaction) {
        this.settings = settings;
        this.applier = applier;
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    public ReplayStatus status() {
        return status.get();
    }

    /** Starts a replay of one tenant (or all when tenant is null) in the background. */
    public synchronized ReplayStatus start(String tenant) {
        if (!settings.enabled()) {
            throw new Conflict("replay butuh Kafka: kinerja.kafka.bootstrap-servers belum diatur");
        }
        if (status.get().running()) {
            throw new Conflict("replay " + (status.get().tenant() == null ? "semua tenant" : status.get().tenant())
                    + " sedang berjalan");
        }
        ReplayStatus started = ReplayStatus.started(tenant);
        status.set(started);
        executor.submit(() -> run(tenant));
        return started;
    }

    private void run(String tenant) {
        try (Connection lockConnection = dataSource.getConnection()) {
            JdbcTemplate lock = new JdbcTemplate(new SingleConnectionDataSource(lockConnection, true));
            lock.queryForList("SELECT pg_advisory_lock(?)", ProjectionLock.KEY);
            try {
                replay(tenant);
            } finally {
                lock.queryForList("SELECT pg_advisory_unlock(?)", ProjectionLock.KEY);
            }
            status.updateAndGet(ReplayStatus::done);
            log.info("replay of {} done: {} events applied", tenant == null ? "all tenants" : tenant,
                    status.get().appliedEvents());
        } catch (Exception e) {
            log.error("replay of {} failed", tenant == null ? "all tenants" : tenant, e);
            status.updateAndGet(s -> s.failed(String.valueOf(e.getMessage())));
        }
    }

    private void replay(String tenant) {
        try (KafkaConsumer<String, String> kafka = new KafkaConsumer<>(
                settings.consumerProperties("query-service-replay"))) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (PartitionInfo info : kafka.partitionsFor(EventEnvelope.TOPIC)) {
                partitions.add(new TopicPartition(info.topic(), info.partition()));
            }
            kafka.assign(partitions);
            Map<TopicPartition, Long> begin = kafka.beginningOffsets(partitions);
            Map<TopicPartition, Long> end = kafka.endOffsets(partitions);
            long total = partitions.stream().mapToLong(p -> end.get(p) - begin.get(p)).sum();
            status.updateAndGet(s -> s.progress(total, 0, 0));
            clear(tenant);
            kafka.seekToBeginning(partitions);
            Predicate<EventEnvelope> mine = tenant == null ? e -> true : e -> Objects.equals(tenant, e.tenant());
            long read = 0;
            long applied = 0;
            while (partitions.stream().anyMatch(p -> kafka.position(p) < end.get(p))) {
                ConsumerRecords<String, String> records = kafka.poll(POLL);
                List<ConsumerRecord<String, String>> batch = new ArrayList<>(records.count());
                for (ConsumerRecord<String, String> record : records) {
                    // Events after the end noted at the start are the live consumer's, not ours.
                    if (record.offset() < end.get(new TopicPartition(record.topic(), record.partition()))) {
                        batch.add(record);
                    }
                }
                applied += applier.applyReplay(batch, mine, null, position -> { });
                read += batch.size();
                long r = read;
                long a = applied;
                status.updateAndGet(s -> s.progress(total, r, a));
            }
        }
    }

    /** Deletes the tenant's rows (or all rows) in one transaction, including which of its events were applied. */
    private void clear(String tenant) {
        transaction.executeWithoutResult(tx -> {
            for (String table : ReadModelTables.ALL) {
                if (tenant == null) {
                    jdbc.update("DELETE FROM " + table);
                } else {
                    jdbc.update("DELETE FROM " + table + " WHERE tenant = ?", tenant);
                }
            }
        });
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
