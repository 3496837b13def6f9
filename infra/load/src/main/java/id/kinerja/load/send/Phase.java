package id.kinerja.load.send;

import id.kinerja.load.province.Request;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * One step of the load — say, every perangkat daerah's March — run by a number of concurrent clients: each unit of
 * work (one perangkat daerah's requests of that step) is sent by one client, request after request, as one person
 * would; units run side by side. Progress is printed every few seconds; refused requests are counted and the first
 * ones printed.
 */
public final class Phase {

    private static final int ERRORS_SHOWN = 10;

    /** What a phase did. */
    public record Result(String name, long requests, long events, long errors, Duration took, Latencies latencies) {
        public double requestsPerSecond() {
            return requests * 1000.0 / Math.max(1, took.toMillis());
        }
    }

    private final String name;
    private final List<Supplier<List<Request>>> units;
    private final CommandApi api;
    private final PrintStream out;
    private final Progress progress;
    private final Latencies latencies = new Latencies();
    private final Latencies interval = new Latencies();
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong events = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();
    private final AtomicInteger unitsDone = new AtomicInteger();
    private volatile long printed = -1;

    /** Events sent so far against all the load will send, for the progress line. */
    public interface Progress {
        void events(long added);

        String overall();
    }

    public Phase(String name, List<Supplier<List<Request>>> units, CommandApi api, PrintStream out, Progress progress) {
        this.name = name;
        this.units = units;
        this.api = api;
        this.out = out;
        this.progress = progress;
    }

    public Result run(int clients) {
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(clients, units.size())));
        ScheduledExecutorService printer = Executors.newSingleThreadScheduledExecutor();
        printer.scheduleAtFixedRate(() -> print(start), 5, 5, TimeUnit.SECONDS);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (Supplier<List<Request>> unit : units) {
                running.add(pool.submit(() -> send(unit.get())));
            }
            for (Future<?> future : running) {
                future.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("phase " + name + " failed", e);
        } finally {
            printer.shutdownNow();
            pool.shutdownNow();
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        if (requests.get() > printed) { // not yet in the last progress line
            print(start);
        }
        return new Result(name, requests.get(), events.get(), errors.get(), took, latencies);
    }

    private void send(List<Request> requests) {
        for (Request request : requests) {
            CommandApi.Outcome outcome = api.send(request);
            latencies.record(outcome.micros());
            interval.record(outcome.micros());
            this.requests.incrementAndGet();
            if (outcome.ok()) {
                events.addAndGet(request.events());
                progress.events(request.events());
            } else if (errors.incrementAndGet() <= ERRORS_SHOWN) {
                out.printf("  refused: %s %s → %d %s%n", request.method(), request.path(), outcome.status(),
                        outcome.body().length() > 400 ? outcome.body().substring(0, 400) + "…" : outcome.body());
            }
        }
        unitsDone.incrementAndGet();
    }

    private synchronized void print(long start) {
        printed = requests.get();
        Latencies recent = interval.drain();
        double seconds = (System.nanoTime() - start) / 1e9;
        out.printf("  %-18s %6d/%d units  %,10d requests  %,8.0f req/s  recent p50 %6.1f ms p99 %7.1f ms  %s  errors %d%n",
                name, unitsDone.get(), units.size(), requests.get(), requests.get() / Math.max(seconds, 0.001),
                recent.percentileMillis(50), recent.percentileMillis(99), progress.overall(), errors.get());
    }
}
