package id.kinerja.load.bench;

import id.kinerja.load.province.Request;
import id.kinerja.load.send.CommandApi;
import id.kinerja.load.send.Latencies;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Accepted → visible: corrections are sent at a steady rate (an open loop: one every 1/rate seconds, whatever the
 * answers take), each with a reason of its own; a watcher reads query-service's read model every few milliseconds and
 * notes when each correction appears in it — the moment a query-service read would return it. The lag is that moment
 * minus the moment command-service answered 204.
 */
final class Visibility {

    /**
     * What was measured; {@code published} and {@code applied}: the services' own histograms over the same run, from
     * the event's recorded time to Kafka's acknowledgement and to query-service's applying it.
     */
    record Result(int rate, long sent, long accepted, long seen, double sentPerSecond, double p50Millis,
                  double p99Millis, double maxMillis, LagHistogram.Buckets published, LagHistogram.Buckets applied) {
    }

    private static final long POLL_MICROS = 5_000;
    /** Every this many polls, one looks back over the last 10,000 ids for rows committed out of id order. */
    private static final int LOOK_BACK_EVERY = 200;

    private final Workload workload;
    private final CommandApi api;
    private final String readModels;
    private final String user;
    private final String password;
    private final LagHistogram published;
    private final LagHistogram applied;

    Visibility(Workload workload, CommandApi api, String readModels, String user, String password,
               List<String> commandUrls, List<String> queryUrls) {
        this.workload = workload;
        this.api = api;
        this.readModels = readModels;
        this.user = user;
        this.password = password;
        this.published = new LagHistogram("kinerja_publisher_latency_seconds", commandUrls);
        this.applied = new LagHistogram("kinerja_query_projection_latency_seconds", queryUrls);
    }

    Result run(int rate, Duration duration) throws Exception {
        String run = "lihat-" + System.currentTimeMillis() + "-";
        Map<String, Long> acceptedAt = new ConcurrentHashMap<>();
        Map<String, Long> visibleAt = new ConcurrentHashMap<>();
        AtomicLong sent = new AtomicLong();
        AtomicLong refused = new AtomicLong();
        LagHistogram.Buckets publishedBefore = published.read();
        LagHistogram.Buckets appliedBefore = applied.read();
        SplittableRandom random = new SplittableRandom(7);
        ExecutorService senders = Executors.newFixedThreadPool(64);
        ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
        long total = rate * duration.toSeconds();
        Thread watcher = new Thread(() -> watch(run, visibleAt), "visibility-watcher");
        watcher.start();
        long start = System.nanoTime();
        clock.scheduleAtFixedRate(() -> {
            if (sent.get() >= total) {
                return;
            }
            String reason = run + sent.incrementAndGet();
            Request correction;
            synchronized (random) {
                correction = workload.correction(workload.randomPk(random), random, reason);
            }
            senders.submit(() -> {
                CommandApi.Outcome outcome = api.send(correction);
                if (outcome.ok()) {
                    acceptedAt.put(reason, System.nanoTime());
                } else if (refused.incrementAndGet() <= 3) {
                    System.out.println("  refused: " + outcome.status() + " " + outcome.body());
                }
            });
        }, 0, 1_000_000_000L / rate, TimeUnit.NANOSECONDS);
        while (sent.get() < total) {
            LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
        }
        double sendSeconds = (System.nanoTime() - start) / 1e9;
        clock.shutdown();
        senders.shutdown();
        senders.awaitTermination(5, TimeUnit.MINUTES);
        long patience = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (!visibleAt.keySet().containsAll(acceptedAt.keySet()) && System.nanoTime() < patience) {
            LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
        }
        watcher.interrupt();
        watcher.join();
        Latencies lag = new Latencies();
        acceptedAt.forEach((reason, accepted) -> {
            Long visible = visibleAt.get(reason);
            if (visible != null) {
                lag.record(Math.max(0, visible - accepted) / 1000);
            }
        });
        return new Result(rate, sent.get(), acceptedAt.size(), lag.count(), sent.get() / sendSeconds,
                lag.percentileMillis(50), lag.percentileMillis(99), lag.percentileMillis(100),
                published.read().minus(publishedBefore), applied.read().minus(appliedBefore));
    }

    /** Polls the read model for the run's corrections until interrupted, noting when each first appears. */
    private void watch(String run, Map<String, Long> visibleAt) {
        String sql = "SELECT id, correction_reason FROM realisasi_anggaran WHERE id > ? AND correction_reason LIKE ?";
        try (Connection c = DriverManager.getConnection(readModels, user, password);
             PreparedStatement poll = c.prepareStatement(sql)) {
            long seenUpTo = 0;
            for (long polls = 0; !Thread.currentThread().isInterrupted(); polls++) {
                long now = System.nanoTime();
                // Rows committed out of id order (two query-service instances) are caught by looking back now and
                // then, not at every poll: each look-back reads thousands of rows, and PostgreSQL spent more time on
                // them than on the pipeline being measured (26 s of 60 in one run, pg_stat_statements).
                poll.setLong(1, polls % LOOK_BACK_EVERY == 0 ? Math.max(0, seenUpTo - 10_000) : seenUpTo);
                poll.setString(2, run + "%");
                try (ResultSet rs = poll.executeQuery()) {
                    while (rs.next()) {
                        seenUpTo = Math.max(seenUpTo, rs.getLong(1));
                        visibleAt.putIfAbsent(rs.getString(2), now);
                    }
                }
                LockSupport.parkNanos(POLL_MICROS * 1000);
            }
        } catch (Exception e) {
            throw new IllegalStateException("watching the read model failed", e);
        }
    }
}
