package id.kinerja.load.bench;

import id.kinerja.load.send.Latencies;
import id.kinerja.load.send.ReadApi;

import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * Timed reads: as-of queries of a PK, its capaian and its anggaran at random recorded moments of the load, the
 * province's roll-up, and documents rendered by reporting-service — each a number of requests one after another, so
 * the times are those of one request on a loaded platform. Each series starts with {@code warmup} requests of the same
 * kind that are sent but not timed: the services' JIT compiles a kind of read's code on its first requests (measured:
 * 3.3 s of compilation in query-service during 13 s of as-of reads), and a series of 20 documents timed from cold
 * had its p95 decided by them — a service in use has long compiled them.
 */
final class Reads {

    /** What was measured for one kind of read. */
    record Result(String what, int requests, int warmup, int failed, double p50Millis, double p95Millis,
                  long meanBytes, String detail) {
    }

    private final ReadApi read;
    private final Workload workload;
    private final Instant from;
    private final Instant to;
    private final int warmup;

    /** Reads at moments between {@code from} and {@code to}: when the loaded year was being recorded. */
    Reads(ReadApi read, Workload workload, Instant from, Instant to, int warmup) {
        this.read = read;
        this.workload = workload;
        this.from = from;
        this.to = to;
        this.warmup = warmup;
    }

    /** {@code path} gives the request for a PK's path and a recorded moment. */
    Result asOf(String what, String baseUrl, int requests, long seed, PathAt path) {
        SplittableRandom random = new SplittableRandom(seed);
        return time(what, requests, i -> {
            Workload.Pk pk = workload.randomPk(random);
            Instant moment = from.plusMillis(random.nextLong(Math.max(1, to.toEpochMilli() - from.toEpochMilli())));
            return baseUrl + path.at(pk.path(), moment);
        });
    }

    /**
     * A request as of a different recorded moment of the load each time, none sent before: e.g. the roll-up when
     * nothing of it was kept. Not warmed up: a warm-up would be the same work as the timed requests.
     */
    Result atNewMoments(String what, String url, int requests, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        return time(what, requests, 0, i -> url + "?asOf="
                + from.plusMillis(random.nextLong(Math.max(1, to.toEpochMilli() - from.toEpochMilli()))), Split.NONE);
    }

    /** A request as of each of these moments, once each and not warmed up: e.g. the roll-up at every month's close. */
    Result atMoments(String what, String url, List<Instant> moments) {
        return time(what, moments.size(), 0, i -> url + "?asOf=" + moments.get(i), Split.NONE);
    }

    /** The same request each time, e.g. the roll-up as of now. */
    Result repeated(String what, int requests, List<String> urls) {
        return time(what, requests, i -> urls.get(i % urls.size()));
    }

    /**
     * Documents of PKs drawn at random: {@code document} gives the path under the PK's path; {@code split} is told
     * when the timed requests start and end, and says where their time went.
     */
    Result documents(String what, String reportingUrl, int requests, long seed, String document, Split split) {
        SplittableRandom random = new SplittableRandom(seed);
        return time(what, requests, i -> reportingUrl + workload.randomPk(random).path() + document, split);
    }

    private Result time(String what, int requests, Function<Integer, String> url) {
        return time(what, requests, url, Split.NONE);
    }

    private Result time(String what, int requests, Function<Integer, String> url, Split split) {
        return time(what, requests, warmup, url, split);
    }

    private Result time(String what, int requests, int warmup, Function<Integer, String> url, Split split) {
        Latencies latencies = new Latencies();
        int failed = 0;
        long bytes = 0;
        for (int i = 0; i < warmup; i++) {
            read.get(url.apply(i));
        }
        split.start();
        for (int i = warmup; i < warmup + requests; i++) {
            ReadApi.Answer answer = read.get(url.apply(i));
            if (answer.status() != 200) {
                failed++;
                if (failed <= 3) {
                    System.out.printf("  %s: %d %s%n", what, answer.status(),
                            answer.text().substring(0, Math.min(300, answer.text().length())));
                }
                continue;
            }
            latencies.record(answer.micros());
            bytes += answer.body().length;
        }
        return new Result(what, requests, warmup, failed, latencies.percentileMillis(50), latencies.percentileMillis(95),
                latencies.count() == 0 ? 0 : bytes / latencies.count(), split.end());
    }

    /** Where a series' time went, by what the services themselves measured between its start and its end. */
    interface Split {

        Split NONE = new Split() {
            @Override
            public void start() {
            }

            @Override
            public String end() {
                return "";
            }
        };

        void start();

        String end();
    }

    /** The path of an as-of read of a PK. */
    interface PathAt {
        String at(String pkPath, Instant moment);
    }
}
