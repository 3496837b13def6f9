package id.kinerja.load.bench;

import id.kinerja.load.send.CommandApi;
import id.kinerja.load.send.Latencies;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Command ingest: N clients send corrections as fast as they are answered, for a while. Either as people at a
 * reporting deadline work — each on one perangkat daerah's PK for a stretch of commands ({@code burst} in a row)
 * before the next — or with every command on a PK drawn at random ({@code burst} 1), which defeats any cache.
 */
final class Ingest {

    /** What was measured. */
    record Result(int clients, int burst, long accepted, long refused, double commandsPerSecond, double p50Millis,
                  double p99Millis) {
    }

    private final Workload workload;
    private final CommandApi api;

    Ingest(Workload workload, CommandApi api) {
        this.workload = workload;
        this.api = api;
    }

    Result run(int clients, int burst, Duration duration) throws Exception {
        Latencies latencies = new Latencies();
        AtomicLong accepted = new AtomicLong();
        AtomicLong refused = new AtomicLong();
        long start = System.nanoTime();
        long deadline = start + duration.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            SplittableRandom random = new SplittableRandom(1000L * burst + c);
            running.add(pool.submit(() -> {
                while (System.nanoTime() < deadline) {
                    Workload.Pk pk = workload.randomPk(random);
                    for (int i = 0; i < burst && System.nanoTime() < deadline; i++) {
                        CommandApi.Outcome outcome = api.send(workload.correction(pk, random, "Koreksi SP2D"));
                        latencies.record(outcome.micros());
                        if (outcome.ok()) {
                            accepted.incrementAndGet();
                        } else if (refused.incrementAndGet() <= 3) {
                            System.out.println("  refused: " + outcome.status() + " " + outcome.body());
                        }
                    }
                }
                return null;
            }));
        }
        for (Future<?> future : running) {
            future.get();
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Result(clients, burst, accepted.get(), refused.get(), accepted.get() / seconds,
                latencies.percentileMillis(50), latencies.percentileMillis(99));
    }
}
