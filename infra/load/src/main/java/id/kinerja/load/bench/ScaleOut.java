package id.kinerja.load.bench;

import id.kinerja.load.province.SyntheticProvince;
import id.kinerja.load.send.CommandApi;
import id.kinerja.load.send.LoadCheck;
import id.kinerja.load.send.ProvinceLoad;
import id.kinerja.load.send.Users;
import id.kinerja.localstack.Platform;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One instance of command-service and query-service against two of each, on one PostgreSQL and one Kafka: the same
 * province loaded into each platform (checked whole: every event stored once, published, applied once), then the same
 * command ingest — with two instances both as an ingress hashing the PK's path would route (by aggregate) and with
 * commands in turn to either instance, so both write the same aggregates. Prints commands/s side by side.
 */
public final class ScaleOut {

    /** One ingest: the load's check, the ingest, and the event counts before and after it (caught up). */
    private record Row(String platform, String routing, LoadCheck.Result check, long expected, Ingest.Result ingest,
                       LoadCheck.Result before, LoadCheck.Result after, Baselines.Result baseline) {

        /** Each accepted correction is one event: stored once, published, applied once. */
        boolean whole() {
            long stored = after.stored() - before.stored();
            return stored == ingest.accepted() && after.applied() == after.stored()
                    && after.published() >= after.stored();
        }
    }

    private ScaleOut() {
    }

    public static String run(SyntheticProvince province, Settings settings, Path root, PrintStream out)
            throws Exception {
        List<Row> rows = new ArrayList<>();
        Machine started = Machine.now();
        for (int instances = 1; instances <= 2; instances++) {
            Path logs = Files.createDirectories(root.resolve("infra/load/target/platform-logs"));
            Platform.Options options = Platform.Options.defaults().withoutPortal().withInstances(instances, instances)
                    .withJvmOptions("command-service", List.of("-Xmx1g")).withJvmOptions("query-service", List.of("-Xmx1g"));
            try (Platform platform = Platform.start(root, logs, Platform.Ports.free(), options)) {
                Users users = new Users(platform.issuer());
                List<CommandApi.Routing> routings = instances == 1 ? List.of(CommandApi.Routing.BY_AGGREGATE)
                        : List.of(CommandApi.Routing.BY_AGGREGATE, CommandApi.Routing.ROUND_ROBIN);
                CommandApi loading = new CommandApi(platform.commandUrls(), users, routings.get(routings.size() - 1));
                new ProvinceLoad(province, loading, settings.loadClients(), out).run();
                LoadCheck checks = LoadCheck.of(platform, users);
                // the raw PostgreSQL just before each ingest: the shared machine's load moves between them
                Baselines baselines = new Baselines(platform.postgres().createDatabaseNamed("kinerja_baseline"),
                        platform.postgres().username(), platform.postgres().password());
                LoadCheck.Result check = checks.check(province, Duration.ofMinutes(30), 1);
                Workload workload = new Workload(province);
                for (CommandApi.Routing routing : routings) {
                    CommandApi commands = new CommandApi(platform.commandUrls(), users, routing);
                    Baselines.Result baseline = baselines.measure(16, settings.baselineFor(), settings.baselineRows());
                    LoadCheck.Result before = checks.caughtUp(Duration.ofMinutes(10));
                    Ingest.Result ingest = new Ingest(workload, commands)
                            .run(settings.ingestClients(), settings.burst(), settings.ingestFor());
                    LoadCheck.Result after = checks.caughtUp(Duration.ofMinutes(10));
                    rows.add(new Row(instances + " command-service + " + instances + " query-service",
                            instances == 1 ? "—" : routing == CommandApi.Routing.BY_AGGREGATE ? "by aggregate" : "in turn",
                            check, province.expectedEvents(), ingest, before, after, baseline));
                    out.printf("%s, %s: %,.0f commands/s; %,d accepted, %,d events stored, applied %,d of %,d%n",
                            rows.get(rows.size() - 1).platform(), rows.get(rows.size() - 1).routing(),
                            ingest.commandsPerSecond(), ingest.accepted(), after.stored() - before.stored(),
                            after.applied(), after.stored());
                }
            }
        }
        StringBuilder md = new StringBuilder("# Kinerja scale-out: one instance against two\n\n");
        md.append(String.format(Locale.ROOT, "Measured %s – %s by `./load-province scale-out`; %d processors, load "
                        + "averages at start %s, at end %s. One PostgreSQL (the local platform's, fsync off — unlike the "
                        + "benchmark's; its raw rate is measured beside each ingest), one Kafka broker; %s.%n%n",
                started.at(), Machine.now().at(), started.processors(), started.loadAverages(),
                Machine.now().loadAverages(), province.shape()));
        md.append("| platform | routing | load: stored / published / applied of expected | ingest, ")
                .append(settings.ingestClients()).append(" clients, ").append(settings.burst())
                .append(" commands per PK in a row | raw INSERT+COMMIT, 16 clients, just before | ratio "
                        + "| ingest: accepted → events stored / applied after it |\n")
                .append("|---|---|---|---|---|---|---|\n");
        for (Row row : rows) {
            md.append(String.format(Locale.ROOT, "| %s | %s | %,d / %,d / %,d of %,d%s | %,.0f commands/s, p50 %.1f ms, "
                            + "p99 %.1f ms, %d refused | %,.0f tps (p99 %.1f ms) | %.3f× | %,d → %,d stored; %,d of %,d "
                            + "applied%s |%n", row.platform(),
                    row.routing(), row.check().stored(), row.check().published(), row.check().applied(),
                    row.expected(), row.check().whole(row.expected()) ? "" : " **not whole**",
                    row.ingest().commandsPerSecond(), row.ingest().p50Millis(), row.ingest().p99Millis(),
                    row.ingest().refused(), row.baseline().insertCommitsPerSecond(), row.baseline().insertP99Millis(),
                    row.ingest().commandsPerSecond() / row.baseline().insertCommitsPerSecond(), row.ingest().accepted(), row.after().stored() - row.before().stored(),
                    row.after().applied(), row.after().stored(), row.whole() ? "" : " **not whole**"));
        }
        out.println(md);
        Path results = settings.results().resolveSibling("scale-out.md");
        Files.createDirectories(results.getParent());
        Files.writeString(results, md);
        out.println("written to " + results);
        return md.toString();
    }
}
