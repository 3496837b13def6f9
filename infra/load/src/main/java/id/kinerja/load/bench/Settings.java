package id.kinerja.load.bench;

import id.kinerja.load.Flags;

import java.nio.file.Path;
import java.time.Duration;

/** How long and how hard each benchmark runs, from flags; the defaults are those of the committed results. */
public record Settings(int loadClients, int ingestClients, int burst, Duration ingestFor, int visibleRate, Duration visibleFor,
                int asOfReads, int rollups, int documents, int warmup, Duration baselineFor, long baselineRows, boolean durable,
                int commandInstances, int queryInstances, boolean profile, int fillOpd, int copies, Duration monthPause,
                Path results, String flags) {

    public static Settings from(Flags flags, Path root) {
        return new Settings(flags.integer("clients", 16), flags.integer("ingest-clients", 32),
                flags.integer("burst", 20), Duration.ofSeconds(flags.integer("ingest-seconds", 60)),
                flags.integer("visible-rate", 500), Duration.ofSeconds(flags.integer("visible-seconds", 60)),
                flags.integer("reads", 200), flags.integer("rollups", 10), flags.integer("documents", 60),
                flags.integer("warmup", 20),
                Duration.ofSeconds(flags.integer("baseline-seconds", 20)), flags.number("baseline-rows", 1_000_000),
                flags.bool("durable", true), flags.integer("command-instances", 1),
                flags.integer("query-instances", 1), flags.bool("profile", false), flags.integer("fill-opd", 0), flags.integer("copies", 0),
                Duration.ofSeconds(flags.integer("month-pause-seconds", 12)),
                root.resolve(flags.string("results", "infra/load/results/latest.md")), flags.given());
    }

    /** The smoke test's: every benchmark, seconds each; the province filled to every kabupaten/kota × 3 OPD. */
    public static Settings smoke(Path results) {
        return new Settings(4, 4, 5, Duration.ofSeconds(5), 20, Duration.ofSeconds(5), 10, 2, 2, 1,
                Duration.ofSeconds(3), 20_000, false, 2, 2, false, 3, 0, Duration.ZERO, results, "(smoke test)");
    }
}
