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
 * the times are those of one request on a loaded platform.
 */
final class Reads {

    /** What was measured for one kind of read. */
    record Result(String what, int requests, int failed, double p50Millis, double p95Millis, long meanBytes) {
    }

    private final ReadApi read;
    private final Workload workload;
    private final Instant from;
    private final Instant to;

    /** Reads at moments between {@code from} and {@code to}: when the loaded year was being recorded. */
    Reads(ReadApi read, Workload workload, Instant from, Instant to) {
        this.read = read;
        this.workload = workload;
        this.from = from;
        this.to = to;
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

    /** The same request each time, e.g. the roll-up as of now. */
    Result repeated(String what, int requests, List<String> urls) {
        return time(what, requests, i -> urls.get(i % urls.size()));
    }

    /** Documents of PKs drawn at random: {@code document} gives the path under the PK's path. */
    Result documents(String what, String reportingUrl, int requests, long seed, String document) {
        SplittableRandom random = new SplittableRandom(seed);
        return time(what, requests, i -> reportingUrl + workload.randomPk(random).path() + document);
    }

    private Result time(String what, int requests, Function<Integer, String> url) {
        Latencies latencies = new Latencies();
        int failed = 0;
        long bytes = 0;
        for (int i = 0; i < requests; i++) {
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
        return new Result(what, requests, failed, latencies.percentileMillis(50), latencies.percentileMillis(95),
                latencies.count() == 0 ? 0 : bytes / latencies.count());
    }

    /** The path of an as-of read of a PK. */
    interface PathAt {
        String at(String pkPath, Instant moment);
    }
}
