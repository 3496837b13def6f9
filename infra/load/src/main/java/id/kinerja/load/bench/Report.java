package id.kinerja.load.bench;

import id.kinerja.load.province.Shape;
import id.kinerja.load.send.LoadCheck;
import id.kinerja.load.send.Phase;
import id.kinerja.load.send.ProvinceLoad;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The figures of a benchmark run, each beside the baseline it is compared with (measured in the same run on the same
 * PostgreSQL) and the ratio, with the goal where the issue sets one — as a Markdown results file.
 */
public final class Report {

    private final Shape shape;
    private final Settings settings;
    private final Machine started;
    private Machine finished;
    private Map<String, String> postgres = Map.of();
    private Baselines.Result baselines;
    private ProvinceLoad.Report load;
    private long busyRetries;
    private LoadCheck.Result check;
    private Storage storage;
    private final List<Ingest.Result> ingest = new ArrayList<>();
    private Visibility.Result visibility;
    private final List<Reads.Result> reads = new ArrayList<>();
    private final List<Replay.Result> replays = new ArrayList<>();
    private Map<String, Map<String, Memory.Peak>> memory = Map.of();
    private Map<String, Map<String, Double>> waits = Map.of();
    private Map<String, List<Statements.Top>> statements = Map.of();
    private Map<String, Map<String, Double>> cpu = Map.of();
    private Clones.Result clones;
    private ProvinceFill.Result fill;
    private String profile = "";

    Report(Shape shape, Settings settings, Machine started) {
        this.shape = shape;
        this.settings = settings;
        this.started = started;
    }

    void postgres(Map<String, String> settings) {
        this.postgres = settings;
    }

    void baselines(Baselines.Result result) {
        this.baselines = result;
    }

    void load(ProvinceLoad.Report result, long busyRetries) {
        this.load = result;
        this.busyRetries = busyRetries;
    }

    void check(LoadCheck.Result result) {
        this.check = result;
    }

    void storage(Storage measured) {
        this.storage = measured;
    }

    void ingest(Ingest.Result result) {
        ingest.add(result);
    }

    void visibility(Visibility.Result result) {
        this.visibility = result;
    }

    void read(Reads.Result result) {
        reads.add(result);
    }

    void replay(Replay.Result result) {
        replays.add(result);
    }

    void memory(Map<String, Map<String, Memory.Peak>> peaks) {
        this.memory = peaks;
    }

    void waits(Map<String, Map<String, Double>> shares) {
        this.waits = shares;
    }

    void fill(ProvinceFill.Result result) {
        this.fill = result;
    }

    void clones(Clones.Result result) {
        this.clones = result;
    }

    void cpu(Map<String, Map<String, Double>> coresByStage) {
        this.cpu = coresByStage;
    }

    void statements(Map<String, List<Statements.Top>> byStage) {
        this.statements = byStage;
    }

    void profile(String markdown) {
        this.profile = markdown;
    }

    void finished(Machine machine) {
        this.finished = machine;
    }

    /** What did not arrive, was refused or failed — nothing for a sound run. Speed is never a problem here. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (load.errors() > 0) {
            problems.add(load.errors() + " load requests refused");
        }
        if (!check.whole(load.expectedEvents())) {
            problems.add("load not whole: stored " + check.stored() + ", published " + check.published() + ", applied "
                    + check.applied() + " of "
                    + load.expectedEvents() + "; " + check.mismatches());
        }
        ingest.stream().filter(i -> i.refused() > 0 || i.accepted() == 0)
                .forEach(i -> problems.add("ingest: " + i.accepted() + " accepted, " + i.refused() + " refused"));
        if (visibility.seen() != visibility.accepted() || visibility.accepted() != visibility.sent()) {
            problems.add("visibility: sent " + visibility.sent() + ", accepted " + visibility.accepted() + ", seen "
                    + visibility.seen());
        }
        reads.stream().filter(r -> r.failed() > 0).forEach(r -> problems.add(r.what() + ": " + r.failed() + " failed"));
        replays.stream().filter(r -> !r.state().equals("DONE"))
                .forEach(r -> problems.add("replay " + r.target() + ": " + r.state()));
        return problems;
    }

    public long storedEvents() {
        return check.stored();
    }

    public List<Replay.Result> replays() {
        return replays;
    }

    String baselinesLine() {
        return String.format(Locale.ROOT, "  raw INSERT+COMMIT (16 clients, 400-byte rows): %,.0f tps (p50 %.2f ms, p99 %.2f ms);"
                        + " ordered read: %,.0f rows/s; point read p50 %.2f ms, p95 %.2f ms",
                baselines.insertCommitsPerSecond(), baselines.insertP50Millis(), baselines.insertP99Millis(),
                baselines.orderedRowsPerSecond(), baselines.pointReadP50Millis(), baselines.pointReadP95Millis());
    }

    String checkLine() {
        return String.format(Locale.ROOT, "  stored %,d events, published %,d records, query-service applied %,d (caught up "
                        + "%.1f s after the load); read back: %s", check.stored(), check.published(), check.applied(),
                check.catchUp().toMillis() / 1000.0,
                check.mismatches().isEmpty() ? "as drawn" : check.mismatches());
    }

    public String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("# Kinerja scale benchmark\n\n");
        md.append("Measured ").append(started.at()).append(" – ").append(finished == null ? "?" : finished.at())
                .append(" by `./load-province benchmark ").append(settings.flags()).append("` (infra/load)")
                .append(settings.profile() ? ", every service recording with Java Flight Recorder (its `profile` "
                        + "settings cost a few per cent) and PostgreSQL counting statements (`pg_stat_statements`). "
                        : ". ").append("Every figure is printed beside a "
                        + "baseline measured in the same run on the same PostgreSQL with plain JDBC, and the ratio; "
                        + "the machine is shared, so absolute figures move with its load — the ratios less so.\n\n");
        md.append("| | |\n|---|---|\n");
        md.append(row("machine", started.processors() + " processors; load averages (1, 5, 15 min) at start "
                + started.loadAverages() + ", at end " + (finished == null ? "?" : finished.loadAverages())));
        md.append(row("PostgreSQL", postgres.toString().replaceAll("[{}]", "")));
        md.append(row("province", shape.toString()));
        md.append(row("platform", settings.commandInstances() + " command-service, " + settings.queryInstances()
                + " query-service, 1 reporting-service; -Xmx1g each"));
        md.append(row("events", String.format(Locale.ROOT, "%,d stored by the load, %,d records published to Kafka, "
                + "%,d applied by query-service", check.stored(), check.published(), check.applied())));
        md.append(row("on disk after the load", String.format(Locale.ROOT, "event store %,d MiB (%,d bytes per event), "
                        + "read models %,d MiB (%,d bytes per event), events topic %,d MiB (%,d bytes per record)",
                storage.eventStoreBytes() >> 20, storage.perEvent(storage.eventStoreBytes()),
                storage.readModelBytes() >> 20, storage.perEvent(storage.readModelBytes()), storage.topicBytes() >> 20,
                storage.perEvent(storage.topicBytes()))));
        if (fill != null) {
            md.append(row("province filled (`--fill-opd`)", String.format(Locale.ROOT, "after the visibility stage, "
                            + "all %d kabupaten/kota of the province given %d PKs each in the read models: %,d PKs "
                            + "copied from the loaded kabupaten's, %,d rows in %.0f s (not in the event store or the "
                            + "topic)", fill.kabupatenKota(), fill.opd(), fill.pksCopied(), fill.rows(),
                    fill.seconds())));
        }
        if (clones != null) {
            md.append(row("read models enlarged (`--copies`)", String.format(Locale.ROOT, "after the ingest and "
                            + "visibility stages, every read-model row of the loaded daerah copied %d times under other "
                            + "tenant codes, in SQL: %,d rows in %.0f s; read models then %,d MiB, as many rows as "
                            + "%,d events would leave (the event store and the topic are not copied)", clones.times(),
                    clones.rows(), clones.seconds(), clones.readModelBytes() >> 20,
                    check.stored() * (clones.times() + 1))));
        }
        md.append("\n## Baselines (raw PostgreSQL, same server, same run)\n\n").append(baselinesLine().trim())
                .append("\n\n## Figures\n\n");
        md.append("| figure | measured | baseline | ratio | goal |\n|---|---|---|---|---|\n");
        double tps = baselines.insertCommitsPerSecond();
        double loadSeconds = load.took().toMillis() / 1000.0;
        md.append(row(String.format(Locale.ROOT, "load of the province-year, %d clients", settings.loadClients()),
                String.format(Locale.ROOT, "%,d events by %,d requests in %.0f s: %,.0f requests/s, %,.0f events/s; "
                                + "monthly work p50 %.1f ms, p99 %.1f ms; %d refused, %d resent after 503",
                        load.events(), load.requests(), loadSeconds, load.requests() / loadSeconds,
                        load.events() / loadSeconds, monthly(50), monthly(99), load.errors(), busyRetries),
                insertBaseline(), ratio(load.requests() / loadSeconds, tps), ""));
        md.append(row("read models caught up after the load", String.format(Locale.ROOT, "%.1f s", check.catchUp().toMillis() / 1000.0),
                "", "", ""));
        for (Ingest.Result i : ingest) {
            md.append(row(String.format(Locale.ROOT, "command ingest, %d clients, %s", i.clients(), i.burst() == 1
                            ? "every command on a PK drawn at random" : i.burst() + " commands per PK in a row"),
                    String.format(Locale.ROOT, "%,.0f commands/s, p50 %.1f ms, p99 %.1f ms (%,d accepted, %d refused)",
                            i.commandsPerSecond(), i.p50Millis(), i.p99Millis(), i.accepted(), i.refused()),
                    insertBaseline(), ratio(i.commandsPerSecond(), tps),
                    goal(i.commandsPerSecond() >= 2000 && i.p99Millis() < 50, "≥ 2,000/s (≥ 0.15×), p99 < 50 ms")));
        }
        md.append(row("accepted → visible in query-service",
                String.format(Locale.ROOT, "at %,.0f commands/s sent: p50 %.1f ms, p99 %.1f ms, max %.1f ms (%,d of %,d seen)",
                        visibility.sentPerSecond(), visibility.p50Millis(), visibility.p99Millis(),
                        visibility.maxMillis(), visibility.seen(), visibility.accepted()),
                String.format(Locale.ROOT, "INSERT+COMMIT p99 %.2f ms", baselines.insertP99Millis()),
                ratio(visibility.p99Millis(), baselines.insertP99Millis()),
                goal(visibility.p99Millis() < 200 && visibility.sentPerSecond() >= 0.95 * settings.visibleRate(),
                        "p99 < 200 ms at " + settings.visibleRate() + "/s")));
        md.append(row("… of which recorded → acknowledged by Kafka, recorded → applied by query-service",
                String.format(Locale.ROOT, "p50 %s / %s, p99 %s / %s (the services' own histograms over the stage, "
                                + "%,.0f / %,.0f events; bucket bounds)",
                        bound(visibility.published().quantileMillis(0.5)), bound(visibility.applied().quantileMillis(0.5)),
                        bound(visibility.published().quantileMillis(0.99)), bound(visibility.applied().quantileMillis(0.99)),
                        visibility.published().count(), visibility.applied().count()), "", "", ""));
        for (Replay.Result r : replays) {
            md.append(row("replay of " + r.target(), String.format(Locale.ROOT,
                            "%,d events applied in %.1f s: %,.0f events/s (%,d topic records read: %,.0f records/s)",
                            r.eventsApplied(), r.took().toMillis() / 1000.0, r.eventsPerSecond(), r.recordsRead(),
                            r.recordsPerSecond()),
                    String.format(Locale.ROOT, "ordered read %,.0f rows/s", baselines.orderedRowsPerSecond()),
                    ratio(r.eventsPerSecond(), baselines.orderedRowsPerSecond()),
                    goal(r.eventsPerSecond() >= 100_000, "≥ 100,000 events/s (≥ 0.35×)")));
        }
        for (Reads.Result r : reads) {
            long readModelEvents = check.stored() * (clones == null ? 1 : clones.times() + 1);
            String goal = r.what().startsWith("as-of") ? goal(r.p95Millis() < 20 && readModelEvents >= 10_000_000,
                    "p95 < 20 ms with ≥ 10 M events")
                    : r.what().startsWith("roll-up") ? goal(r.p95Millis() < 200, "p95 < 200 ms")
                    : r.what().contains("PK PDF") ? goal(r.p95Millis() < 250, "p95 < 250 ms") : "";
            md.append(row(r.what(), String.format(Locale.ROOT,
                            "p50 %.1f ms, p95 %.1f ms (%d requests after %d not timed, %d failed, %,d bytes each)%s",
                            r.p50Millis(), r.p95Millis(), r.requests(), r.warmup(), r.failed(), r.meanBytes(),
                            r.detail().isEmpty() ? "" : "; " + r.detail()),
                    String.format(Locale.ROOT, "point read p95 %.2f ms", baselines.pointReadP95Millis()),
                    ratio(r.p95Millis(), baselines.pointReadP95Millis()), goal));
        }
        md.append("\n## Load, phase by phase\n\n| phase | requests | requests/s | p50 ms | p99 ms | refused |\n|---|---|---|---|---|---|\n");
        for (Phase.Result p : load.phases()) {
            md.append(String.format(Locale.ROOT, "| %s | %,d | %,.0f | %.1f | %.1f | %d |%n", p.name(), p.requests(),
                    p.requestsPerSecond(), p.latencies().percentileMillis(50), p.latencies().percentileMillis(99),
                    p.errors()));
        }
        md.append("\n## Memory (peak per stage: resident set / Java heap in use, MiB)\n\n");
        List<String> services = memory.values().stream().flatMap(m -> m.keySet().stream()).distinct().toList();
        md.append("| stage | ").append(String.join(" | ", services)).append(" |\n|---|")
                .append("---|".repeat(services.size())).append('\n');
        memory.forEach((stage, peaks) -> {
            md.append("| ").append(stage);
            for (String service : services) {
                Memory.Peak peak = peaks.get(service);
                md.append(" | ").append(peak == null ? "" : peak.residentMiB() + " / " + peak.heapMiB());
            }
            md.append(" |\n");
        });
        if (!cpu.isEmpty()) {
            List<String> processes = List.copyOf(cpu.values().iterator().next().keySet());
            md.append("\n## CPU per stage (cores kept busy on average: CPU time from /proc over the stage's length; "
                    + "the machine has ").append(started.processors()).append(")\n\n| stage | ")
                    .append(String.join(" | ", processes)).append(" | all |\n|---|")
                    .append("---|".repeat(processes.size() + 1)).append('\n');
            cpu.forEach((stage, cores) -> {
                md.append("| ").append(stage);
                processes.forEach(p -> md.append(String.format(Locale.ROOT, " | %.2f", cores.getOrDefault(p, 0.0))));
                md.append(String.format(Locale.ROOT, " | %.2f |%n",
                        cores.values().stream().mapToDouble(Double::doubleValue).sum()));
            });
        }
        md.append("\n## PostgreSQL sessions of the platform (share of busy samples every 50 ms, top five)\n\n")
                .append("`CPU`: running; `Lock:advisory`: waiting for the event chain's per-daerah lock; `IO:WalSync`: "
                        + "flushing the WAL at commit; `idle in transaction`: a transaction open while its service "
                        + "works between statements.\n\n| stage | sessions |\n|---|---|\n");
        waits.forEach((stage, shares) -> md.append("| ").append(stage).append(" | ").append(String.join(", ",
                shares.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(5)
                        .map(e -> String.format(Locale.ROOT, "%s %.0f %%", e.getKey(), e.getValue())).toList()))
                .append(" |\n"));
        if (!statements.isEmpty()) {
            md.append("\n## PostgreSQL statements per stage (`pg_stat_statements`, `--profile`, top six by total "
                    + "execution time)\n\n| stage | database | calls | total ms | mean ms | rows | statement |\n"
                    + "|---|---|---|---|---|---|---|\n");
            statements.forEach((stage, top) -> top.forEach(t -> md.append(String.format(Locale.ROOT,
                    "| %s | %s | %,d | %,.0f | %.3f | %,d | `%s` |%n", stage, t.database(), t.calls(), t.totalMillis(),
                    t.calls() == 0 ? 0 : t.totalMillis() / t.calls(), t.rows(), statement(t.query())))));
        }
        if (!profile.isEmpty()) {
            md.append("\n## Where the time goes (Java Flight Recorder, `--profile`)\n\nShares of the "
                    + "`jdk.ExecutionSample` events (every 10–20 ms per running thread) taken during the stage.\n\n")
                    .append(profile);
        }
        return md.toString();
    }

    private double monthly(double percentile) {
        id.kinerja.load.send.Latencies all = new id.kinerja.load.send.Latencies();
        load.phases().stream().filter(p -> p.name().matches("\\d{4} [A-Z]{3}")).forEach(p -> all.addAll(p.latencies()));
        return all.percentileMillis(percentile);
    }

    private String insertBaseline() {
        return String.format(Locale.ROOT, "INSERT+COMMIT %,.0f tps", baselines.insertCommitsPerSecond());
    }

    /** A statement on one table row: whitespace folded, cut at 160 characters, no pipes or backticks. */
    private static String statement(String query) {
        String one = query.replaceAll("\\s+", " ").replace('|', '¦').replace('`', '\'').trim();
        return one.length() > 160 ? one.substring(0, 157) + "…" : one;
    }

    private static String bound(double millis) {
        return Double.isNaN(millis) ? "–" : String.format(Locale.ROOT, "≤ %.0f ms", millis);
    }

    private static String ratio(double figure, double baseline) {
        return baseline <= 0 || Double.isNaN(figure) ? "" : String.format(Locale.ROOT, "%.3f×", figure / baseline);
    }

    private static String goal(boolean met, String goal) {
        return (met ? "met: " : "not met: ") + goal;
    }

    private static String row(String... cells) {
        return "| " + String.join(" | ", cells) + " |\n";
    }
}
