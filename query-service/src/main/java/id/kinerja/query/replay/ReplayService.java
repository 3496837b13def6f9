package id.kinerja.query.replay;

import id.kinerja.api.EventEnvelope;
import id.kinerja.query.consumer.EventApplier;
import id.kinerja.query.consumer.KafkaSettings;
import id.kinerja.query.consumer.OffsetStore;
import id.kinerja.query.consumer.ProjectionLock;
import id.kinerja.web.Konflik;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Rebuilds read models from the start of the topic — one tenant's, or all — beside the live tables, so live queries
 * keep seeing complete rows until the rebuilt ones replace them in one transaction ({@link ReplayTables}):
 * <ol>
 * <li>BUILDING: note the topic's end offsets, then stream the topic from offset 0 with a group-less consumer into
 * the replay's tables through the same {@link EventApplier} as the live consumer, batch by batch; each batch's
 * transaction also stores the replay's position ({@link ReplayRuns}). Memory stays one poll batch.</li>
 * <li>SWITCHING: take the projection lock exclusively (live batches wait, see {@link ProjectionLock}), apply what the
 * live consumer applied after the noted ends, and swap the rows in.</li>
 * </ol>
 * A restart resumes a RUNNING replay from its stored position ({@link #resume}); with several instances, the one
 * holding the replay lock runs it. After the switch the live consumer goes on from its stored offsets; events the
 * replay already applied are skipped by their ids.
 */
@Service
public class ReplayService implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ReplayService.class);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration LOCK_RETRY = Duration.ofMillis(100);
    /** "KinReply" in ASCII: held by the instance running a replay, for as long as it runs. */
    private static final long RUNNER_LOCK = 0x4B696E5265706C79L;

    private final KafkaSettings settings;
    private final EventApplier applier;
    private final OffsetStore offsets;
    private final ReplayRuns runs;
    private final ReplayTables tables;
    private final DataSource dataSource;
    private final TransactionTemplate transaction;
    private final int batchSize;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> new Thread(r, "kinerja-replay"));
    private volatile boolean stopping;

    public ReplayService(KafkaSettings settings, EventApplier applier, OffsetStore offsets, ReplayRuns runs,
                         ReplayTables tables, DataSource dataSource, TransactionTemplate transaction,
                         @Value("${kinerja.replay.batch-size:500}") int batchSize) {
        this.settings = settings;
        this.applier = applier;
        this.offsets = offsets;
        this.runs = runs;
        this.tables = tables;
        this.dataSource = dataSource;
        this.transaction = transaction;
        this.batchSize = batchSize;
    }

    public ReplayStatus status() {
        return runs.status();
    }

    /** Starts a replay of one tenant (or all when tenant is null) in the background. */
    public synchronized ReplayStatus start(String tenant) {
        if (!settings.enabled()) {
            throw new Konflik("replay butuh Kafka: kinerja.kafka.bootstrap-servers belum diatur");
        }
        long id = runs.begin(tenant).orElseThrow(() -> new Konflik("replay " + runs.running()
                .map(r -> r.tenant() == null ? "semua tenant" : r.tenant()).orElse("lain") + " sedang berjalan"));
        executor.submit(() -> run(id));
        return runs.status();
    }

    /** A replay a stopped service left RUNNING goes on where its last batch ended. */
    @EventListener(ApplicationReadyEvent.class)
    public void resume() {
        if (settings.enabled()) {
            runs.running().ifPresent(run -> {
                log.info("resuming replay {} of {} ({})", run.id(), run.tenant() == null ? "all tenants" : run.tenant(),
                        run.phase());
                executor.submit(() -> run(run.id()));
            });
        }
    }

    private void run(long id) {
        try (Connection runner = dataSource.getConnection()) {
            JdbcTemplate runnerLock = new JdbcTemplate(new SingleConnectionDataSource(runner, true));
            if (!Boolean.TRUE.equals(runnerLock.queryForObject("SELECT pg_try_advisory_lock(?)", Boolean.class,
                    RUNNER_LOCK))) {
                log.info("replay {} runs on another instance", id);
                return;
            }
            try {
                replay(id);
            } finally {
                runnerLock.queryForList("SELECT pg_advisory_unlock(?)", RUNNER_LOCK);
            }
        } catch (Exception e) {
            if (stopping) {
                log.info("replay {} interrupted by shutdown; it resumes at the next start", id);
                return;
            }
            log.error("replay {} failed", id, e);
            runs.failed(id, String.valueOf(e.getMessage()));
            tables.drop();
        }
    }

    private void replay(long id) throws SQLException, InterruptedException {
        ReplayRuns.Run run = runs.running().filter(r -> r.id() == id).orElse(null);
        if (run == null) {
            return;
        }
        try (KafkaConsumer<String, String> kafka = new KafkaConsumer<>(consumerProperties())) {
            List<TopicPartition> partitions = partitions(kafka);
            kafka.assign(partitions);
            if (run.phase() == null || !tables.present()) {
                tables.prepare();
                Map<TopicPartition, Long> ends = kafka.endOffsets(partitions);
                Map<TopicPartition, Long> begins = kafka.beginningOffsets(partitions);
                runs.building(id, ends, partitions.stream().mapToLong(p -> ends.get(p) - begins.get(p)).sum());
                runs.progress(id, Map.of(), 0, 0);
                run = new ReplayRuns.Run(id, run.tenant(), ReplayStatus.BUILDING, ends, Map.of(), 0, 0);
            }
            Progress progress = new Progress(run);
            stream(kafka, progress, run.ends());
            switchIn(kafka, progress);
            log.info("replay {} of {} done: {} events applied", id, run.tenant() == null ? "all tenants"
                    : run.tenant(), progress.applied);
        }
    }

    /** Streams the topic from the replay's positions up to the given offsets into the replay's tables. */
    private void stream(KafkaConsumer<String, String> kafka, Progress progress, Map<TopicPartition, Long> until) {
        Predicate<EventEnvelope> mine = progress.tenant == null ? e -> true
                : e -> Objects.equals(progress.tenant, e.tenant());
        for (TopicPartition partition : kafka.assignment()) {
            Long position = progress.positions.get(partition);
            if (position == null) {
                kafka.seekToBeginning(List.of(partition));
            } else {
                kafka.seek(partition, position);
            }
        }
        while (!stopping && kafka.assignment().stream().anyMatch(p -> kafka.position(p) < until.getOrDefault(p, 0L))) {
            List<ConsumerRecord<String, String>> batch = new ArrayList<>();
            for (ConsumerRecord<String, String> record : kafka.poll(POLL)) {
                if (record.offset() < until.getOrDefault(new TopicPartition(record.topic(), record.partition()), 0L)) {
                    batch.add(record);
                }
            }
            if (!batch.isEmpty()) {
                applier.applyReplay(batch, mine, ReplayTables.SCHEMA, (next, applied) -> {
                    progress.advance(next, batch.size(), applied);
                    runs.progress(progress.id, progress.positions, progress.read, progress.applied);
                });
            }
        }
        if (stopping) {
            throw new IllegalStateException("stopping");
        }
    }

    /**
     * With live batches held off: what the live consumer applied beyond the noted ends goes into the replay's tables
     * too, then the rebuilt rows replace the live ones and the replay is done, in one transaction.
     */
    private void switchIn(KafkaConsumer<String, String> kafka, Progress progress)
            throws SQLException, InterruptedException {
        runs.switching(progress.id);
        try (Connection lock = dataSource.getConnection()) {
            JdbcTemplate exclusive = new JdbcTemplate(new SingleConnectionDataSource(lock, true));
            awaitExclusive(exclusive);
            try {
                Map<TopicPartition, Long> live = offsets.stored(settings.groupId(), kafka.assignment());
                Map<TopicPartition, Long> until = new HashMap<>(progress.ends);
                live.forEach((partition, offset) -> until.merge(partition, offset, Math::max));
                stream(kafka, progress, until);
                transaction.executeWithoutResult(tx -> {
                    tables.switchIn(progress.tenant);
                    runs.done(progress.id);
                    tables.drop();
                });
            } finally {
                exclusive.queryForList("SELECT pg_advisory_unlock(?)", ProjectionLock.KEY);
            }
        }
    }

    /** Waits for the exclusive projection lock — the live batches in flight finish first — unless shutting down. */
    private void awaitExclusive(JdbcTemplate connection) throws InterruptedException {
        while (!Boolean.TRUE.equals(connection.queryForObject("SELECT pg_try_advisory_lock(?)", Boolean.class,
                ProjectionLock.KEY))) {
            if (stopping) {
                throw new IllegalStateException("stopping");
            }
            Thread.sleep(LOCK_RETRY.toMillis());
        }
    }

    private List<TopicPartition> partitions(KafkaConsumer<String, String> kafka) {
        List<TopicPartition> partitions = new ArrayList<>();
        for (PartitionInfo info : kafka.partitionsFor(EventEnvelope.TOPIC)) {
            partitions.add(new TopicPartition(info.topic(), info.partition()));
        }
        return partitions;
    }

    private Map<String, Object> consumerProperties() {
        Map<String, Object> properties = settings.consumerProperties("query-service-replay");
        properties.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, batchSize);
        return properties;
    }

    /** Where the replay stands: its noted ends, its position per partition and its counts. */
    private static final class Progress {
        private final long id;
        private final String tenant;
        private final Map<TopicPartition, Long> ends;
        private final Map<TopicPartition, Long> positions;
        private long read;
        private long applied;

        Progress(ReplayRuns.Run run) {
            id = run.id();
            tenant = run.tenant();
            ends = run.ends();
            positions = new HashMap<>(run.positions());
            read = run.read();
            applied = run.applied();
        }

        void advance(Map<TopicPartition, Long> next, int records, int events) {
            next.forEach((partition, offset) -> positions.merge(partition, offset, Math::max));
            read += records;
            applied += events;
        }
    }

    /** A replay in progress stops between batches and stays RUNNING, to be resumed at the next start. */
    @Override
    public void destroy() throws InterruptedException {
        stopping = true;
        executor.shutdown();
        if (!executor.awaitTermination(30, TimeUnit.SECONDS)) {
            executor.shutdownNow();
        }
    }
}
