package id.kinerja.load.bench;

import id.kinerja.load.province.SyntheticProvince;
import id.kinerja.load.send.CommandApi;
import id.kinerja.load.send.LoadCheck;
import id.kinerja.load.send.ProvinceLoad;
import id.kinerja.load.send.ReadApi;
import id.kinerja.load.send.Users;
import id.kinerja.localstack.Platform;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The scale benchmark: starts the platform, measures its PostgreSQL raw (the baselines), loads the synthetic
 * province through command-service, checks it arrived whole, then measures command ingest, accepted → visible lag,
 * as-of reads, the province roll-up, documents and replay — printing every figure beside its baseline with the ratio,
 * and writing them to a results file. It asserts nothing about speed; {@link Report#problems()} lists what did not
 * arrive or was refused, for the smoke test to check.
 */
public final class ScaleBenchmark {

    private final SyntheticProvince province;
    private final Settings settings;
    private final PrintStream out;
    private Memory memory;
    private Waits waits;
    private Statements statements;
    private Cpu cpu;
    private final Map<String, Instant> stages = new LinkedHashMap<>();

    ScaleBenchmark(SyntheticProvince province, Settings settings, PrintStream out) {
        this.province = province;
        this.settings = settings;
        this.out = out;
    }

    public static Report run(SyntheticProvince province, Settings settings, Path root, PrintStream out)
            throws Exception {
        return new ScaleBenchmark(province, settings, out).run(root);
    }

    Report run(Path root) throws Exception {
        Report report = new Report(province.shape(), settings, Machine.now());
        Path logs = Files.createDirectories(root.resolve("infra/load/target/platform-logs"));
        try (Platform platform = Platform.start(root, logs, Platform.Ports.free(), options(root));
             Memory memory = new Memory(platform.runningServices());
             Waits waits = new Waits(platform.postgres().jdbcUrl("postgres"), platform.postgres().username(),
                     platform.postgres().password())) {
            Runtime.getRuntime().addShutdownHook(new Thread(platform::close, "platform-stop"));
            this.memory = memory;
            this.waits = waits;
            String user = platform.postgres().username();
            String password = platform.postgres().password();
            if (settings.profile()) {
                statements = new Statements(platform.postgres().jdbcUrl("postgres"), user, password);
            }
            List<Cpu.Process> processes = new ArrayList<>();
            platform.runningServices().forEach(s -> processes.add(Cpu.of(s.name(), s.pid())));
            processes.add(Cpu.postgres(platform.postgres().port()));
            processes.add(Cpu.of("Kafka", platform.kafka().pid()));
            processes.add(Cpu.of("load generator", ProcessHandle.current().pid()));
            cpu = new Cpu(processes);
            report.postgres(Machine.postgres(platform.postgres().jdbcUrl("postgres"), user, password));

            stage("baselines");
            out.println("Baselines: raw PostgreSQL, same server, same run …");
            report.baselines(new Baselines(platform.postgres().createDatabaseNamed("kinerja_baseline"), user, password)
                    .measure(16, settings.baselineFor(), settings.baselineRows()));
            out.println(report.baselinesLine());

            Users users = new Users(platform.issuer());
            CommandApi commands = new CommandApi(platform.commandUrls(), users,
                    platform.commandUrls().size() > 1 ? CommandApi.Routing.ROUND_ROBIN : CommandApi.Routing.BY_AGGREGATE);
            stage("load");
            Instant loadStart = Instant.now();
            ProvinceLoad.Report load = new ProvinceLoad(province, commands, settings.loadClients(), out,
                    settings.monthPause()).run();
            Instant loadEnd = Instant.now();
            report.load(load, commands.busyRetries());
            stage("catch-up");
            LoadCheck.Result check = LoadCheck.of(platform, users)
                    .check(province, Duration.ofMinutes(60), Math.max(1, province.opds().size() / 40));
            report.check(check);
            out.println(report.checkLine());
            report.storage(Storage.measure(platform.postgres().jdbcUrl("postgres"), user, password,
                    platform.kafka().bootstrapServers(), check.stored()));

            Workload workload = new Workload(province);
            Ingest ingest = new Ingest(workload, commands);
            stage("ingest");
            out.println("Command ingest …");
            report.ingest(ingest.run(settings.ingestClients(), settings.burst(), settings.ingestFor()));
            report.ingest(ingest.run(settings.ingestClients(), 1, settings.ingestFor()));
            stage("visible");
            out.println("Accepted → visible at " + settings.visibleRate() + " commands/s …");
            report.visibility(new Visibility(workload, commands, platform.postgres().jdbcUrl("kinerja_query"), user,
                    password, platform.commandUrls(), platform.queryUrls())
                    .run(settings.visibleRate(), settings.visibleFor()));

            int year = province.shape().years().get(province.shape().years().size() - 1);
            int rolledUp = province.daerah().size() - (province.shape().provinceOpds() ? 1 : 0);
            int opdEach = province.shape().opd();
            if (settings.fillOpd() > 0) {
                stage("fill");
                out.println("Filling the province to every kabupaten/kota × " + settings.fillOpd() + " OPD …");
                ProvinceFill.Result fill = new ProvinceFill(platform.postgres().jdbcUrl("kinerja_query"), user,
                        password, out).fill(province.shape().provinsi(), year, settings.fillOpd());
                report.fill(fill);
                rolledUp = fill.kabupatenKota();
                opdEach = fill.opd();
            }
            if (settings.copies() > 0) {
                stage("copies");
                out.println("Copying the read models " + settings.copies() + " times …");
                report.clones(new Clones(platform.postgres().jdbcUrl("kinerja_query"), user, password, out)
                        .copy(settings.copies()));
            }
            ReadApi read = new ReadApi(users, province.shape().provinsi());
            Reads reads = new Reads(read, workload, load.monthsStarted(), loadEnd, settings.warmup());
            String query = platform.queryUrl();
            stage("as-of");
            out.println("As-of reads …");
            report.read(reads.asOf("as-of: PK", query, settings.asOfReads(), 1, (pk, at) -> pk + "?asOf=" + at));
            report.read(reads.asOf("as-of: capaian", query, settings.asOfReads(), 2,
                    (pk, at) -> pk + "/capaian?period=TAHUN&asOf=" + at));
            report.read(reads.asOf("as-of: anggaran", query, settings.asOfReads(), 3,
                    (pk, at) -> pk + "/anggaran?sampai=DES&asOf=" + at));
            stage("roll-up");
            out.println("Province roll-up …");
            String rekap = query + "/api/provinsi/" + province.shape().provinsi() + "/rekap/" + year;
            String rollUp = "roll-up " + rolledUp + " kabupaten/kota × " + opdEach + " OPD";
            // first, while this instance has kept no summary: every month-close moment reads all its PKs' summaries
            report.read(reads.atMoments(rollUp
                    + ", as of each month's close, never asked (PK summaries composed ahead)", rekap, load.monthsClosed()));
            report.read(reads.repeated(rollUp + ", now and mid-load (PK summaries kept)", settings.rollups(),
                    List.of(rekap, rekap + "?asOf=" + loadStart.plus(Duration.between(loadStart, loadEnd).dividedBy(2)))));
            report.read(reads.atNewMoments(rollUp + ", a new moment of the load each time", rekap,
                    settings.rollups(), 7));
            stage("documents");
            out.println("Documents …");
            String reporting = platform.reportingUrl();
            report.read(document(reads, "document: PK PDF", reporting, 4, "perjanjian-kinerja", "pdf"));
            report.read(document(reads, "document: LKjIP PDF", reporting, 5, "lkjip", "pdf"));
            report.read(document(reads, "document: Capaian XLSX", reporting, 6, "capaian-rencana-aksi", "xlsx"));

            Replay replay = new Replay(read, query);
            String kabupaten = province.daerah().stream().filter(d -> !d.isProvinsi()).findFirst()
                    .orElse(province.daerah().get(0)).code();
            stage("replay");
            out.println("Replay …");
            report.replay(replay.run(kabupaten));
            report.replay(replay.run(null));
            report.memory(memory.peaks());
            report.waits(waits.shares());
            stage("end");
            report.cpu(cpu.cores());
            if (statements != null) {
                report.statements(statements.byStage());
                statements.close();
            }
        }
        if (settings.profile()) {
            report.profile(profiles(root));
        }
        report.finished(Machine.now());
        out.println(report.markdown());
        Files.createDirectories(settings.results().getParent());
        Files.writeString(settings.results(), report.markdown());
        out.println("written to " + settings.results());
        return report;
    }

    /** A document of random PKs, timed, with where reporting-service's time went ({@link DokumenSplit}). */
    private Reads.Result document(Reads reads, String what, String reporting, long seed, String jenis, String format) {
        return reads.documents(what, reporting, settings.documents(), seed, "/dokumen/" + jenis + "?format=" + format,
                new DokumenSplit(reporting, jenis));
    }

    /**
     * Where each service's CPU went in the stage that loads it most — command-service while ingesting,
     * query-service keeping up at a steady rate, rolling up and replaying, reporting-service rendering documents — from the
     * recordings the services wrote as they stopped.
     */
    private String profiles(Path root) throws IOException {
        StringBuilder md = new StringBuilder();
        for (String[] look : List.of(new String[] {"command-service", "ingest"},
                new String[] {"query-service", "visible"}, new String[] {"query-service", "roll-up"},
                new String[] {"query-service", "replay"},
                new String[] {"reporting-service", "documents"})) {
            Path recording = root.resolve("infra/load/target/jfr/" + look[0] + ".jfr");
            if (Files.exists(recording)) {
                try {
                    md.append(Profile.of(recording, stages.get(look[1]), next(look[1]))
                            .markdown(look[0] + ", stage " + look[1], 15));
                } catch (IOException unreadable) { // the figures above are worth keeping without it
                    md.append("\n").append(look[0]).append(": recording not readable (").append(unreadable.getMessage())
                            .append(")\n");
                }
            }
        }
        return md.toString();
    }

    private Instant next(String stage) {
        List<String> names = List.copyOf(stages.keySet());
        return stages.get(names.get(names.indexOf(stage) + 1));
    }

    private void stage(String name) {
        stages.put(name, Instant.now());
        out.println("[stage " + name + " from " + Instant.now() + "]");
        memory.stage(name);
        waits.stage(name);
        if (statements != null) {
            statements.stage(name);
        }
        if (cpu != null) {
            cpu.stage(name);
        }
    }

    private Platform.Options options(Path root) throws IOException {
        Platform.Options options = Platform.Options.defaults().withoutPortal()
                .withInstances(settings.commandInstances(), settings.queryInstances());
        Map<String, String> postgres = new HashMap<>();
        if (settings.durable()) {
            // what a deployment runs with: every commit on disk before it is acknowledged
            postgres.putAll(Map.of("fsync", "on", "synchronous_commit", "on", "shared_buffers", "512MB",
                    "max_wal_size", "4GB", "checkpoint_timeout", "15min"));
        }
        if (settings.profile()) {
            postgres.put("shared_preload_libraries", Statements.LIBRARY);
        }
        options = options.withPostgresSettings(postgres);
        // the year passes in minutes here, so does the quiet after which a PK's roll-up summary is composed ahead
        options = options.withSettings(List.of("--kinerja.rekap.dahulu-tenang=PT2S"));
        List<String> jvm = new ArrayList<>(List.of("-Xmx1g"));
        if (settings.profile()) {
            Path recordings = Files.createDirectories(root.resolve("infra/load/target/jfr"));
            jvm.addAll(List.of("-XX:FlightRecorderOptions:stackdepth=256", "-XX:StartFlightRecording=settings=profile,"
                    + "dumponexit=true,filename=" + recordings.resolve("{instance}.jfr")));
        }
        for (String service : List.of("command-service", "query-service", "reporting-service")) {
            options = options.withJvmOptions(service, jvm);
        }
        return options;
    }
}
