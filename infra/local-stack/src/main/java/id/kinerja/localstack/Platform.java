package id.kinerja.localstack;

import id.kinerja.embedded.DevIssuer;
import id.kinerja.embedded.EmbeddedPostgresServer;
import id.kinerja.embedded.KafkaServerProcess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole platform on one machine, as real parts: an embedded PostgreSQL (one database per service), a Kafka
 * broker, a development-only token issuer with demo users, the three services and the portal as child JVMs started
 * from their executable jars. The local stack runs it on fixed ports with its data kept ({@link Storage#durable});
 * end-to-end tests on free ones with throw-away data. Services and the broker can be killed and started again (the
 * fault suite does).
 */
public final class Platform implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Platform.class);
    /** Generous: on a crowded machine four JVMs starting at once take minutes. */
    private static final Duration STARTUP = Duration.ofMinutes(10);
    private static final String PORTAL_CLIENT = "kinerja-portal";
    /**
     * The portal's client secret at the dev issuer: made fresh at every start and handed only to the portal, unless
     * {@code -Dkinerja.portal.secret} fixes it (to restart a portal by hand while working on it).
     */
    private static final String PORTAL_SECRET = System.getProperty("kinerja.portal.secret",
            java.util.UUID.randomUUID().toString());

    /** Where everything listens. */
    public record Ports(int postgres, int kafka, int command, int query, int reporting, int portal, int issuer) {

        /** Kafka's controller listens on the port after the broker's. */
        public static Ports fixed() {
            return new Ports(Integer.getInteger("kinerja.postgres.port", 15432),
                    Integer.getInteger("kinerja.kafka.port", 19092), 8081, 8082, 8083, 8084,
                    Integer.getInteger("kinerja.issuer.port", 8089));
        }

        public static Ports free() {
            return new Ports(freePort(), freeKafkaPort(), freePort(), freePort(), freePort(), freePort(), freePort());
        }

        /** A free port whose next one is free too (the broker's controller). */
        private static int freeKafkaPort() {
            for (int attempt = 0; attempt < 20; attempt++) {
                int port = freePort();
                try (ServerSocket next = new ServerSocket(port + 1)) {
                    return port;
                } catch (IOException taken) {
                    // try another
                }
            }
            throw new IllegalStateException("no two free ports in a row for Kafka");
        }

        static int freePort() {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * Where PostgreSQL and Kafka keep their data. Durable (the local stack): in {@code directory}, kept across
     * restarts, every commit and record on disk before it is acknowledged. Temporary (tests): in a fresh directory,
     * fast settings, deleted at the end.
     */
    public record Storage(Path directory, boolean durable) {

        public static Storage durable(Path directory) {
            return new Storage(directory, true);
        }

        public static Storage temporary() {
            try {
                return new Storage(Files.createTempDirectory("kinerja-platform"), false);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * How the platform is run beyond its ports: how many instances of command-service and query-service (they
     * share the one PostgreSQL and Kafka; scale-out), whether the portal runs, where PostgreSQL and Kafka keep their
     * data ({@link Storage}; null: temporary) and PostgreSQL's server settings beyond it, extra JVM options per
     * service (e.g. {@code -XX:StartFlightRecording} to profile one), the partitions of the events topic, and more
     * settings for every service (e.g. {@code --management.otlp.tracing.endpoint=…} to send their traces to a
     * collector).
     */
    public record Options(int commandInstances, int queryInstances, boolean portal, Storage storage,
                          Map<String, String> postgresSettings, Map<String, List<String>> jvmOptions,
                          int kafkaPartitions, List<String> settings) {

        public Options {
            if (commandInstances < 1 || queryInstances < 1) {
                throw new IllegalArgumentException("at least one command-service and one query-service");
            }
            postgresSettings = Map.copyOf(postgresSettings);
            jvmOptions = Map.copyOf(jvmOptions);
            settings = List.copyOf(settings);
        }

        /**
         * One instance of each service and the portal, throw-away data with fast settings, 3 partitions: tests, the
         * load generator.
         */
        public static Options defaults() {
            return new Options(1, 1, true, null, Map.of(), Map.of(), 3, List.of());
        }

        public Options withStorage(Storage kept) {
            return new Options(commandInstances, queryInstances, portal, kept, postgresSettings, jvmOptions,
                    kafkaPartitions, settings);
        }

        public Options withInstances(int command, int query) {
            return new Options(command, query, portal, storage, postgresSettings, jvmOptions, kafkaPartitions,
                    settings);
        }

        /** Without the portal: the services alone, e.g. for the load generator. */
        public Options withoutPortal() {
            return new Options(commandInstances, queryInstances, false, storage, postgresSettings, jvmOptions,
                    kafkaPartitions, settings);
        }

        /** PostgreSQL server settings over those of the storage, e.g. a benchmark's durable commits. */
        public Options withPostgresSettings(Map<String, String> postgres) {
            return new Options(commandInstances, queryInstances, portal, storage, postgres, jvmOptions,
                    kafkaPartitions, settings);
        }

        public Options withSettings(List<String> more) {
            return new Options(commandInstances, queryInstances, portal, storage, postgresSettings, jvmOptions,
                    kafkaPartitions, more);
        }

        /**
         * Extra JVM options for every instance of a service ({@code command-service}, …); {@code {instance}} in an
         * option stands for the instance's name, e.g. for a file of its own.
         */
        public Options withJvmOptions(String service, List<String> options) {
            Map<String, List<String>> all = new HashMap<>(jvmOptions);
            all.put(service, List.copyOf(options));
            return new Options(commandInstances, queryInstances, portal, storage, postgresSettings, all,
                    kafkaPartitions, settings);
        }

        public Options withKafkaPartitions(int partitions) {
            return new Options(commandInstances, queryInstances, portal, storage, postgresSettings, jvmOptions,
                    partitions, settings);
        }
    }

    /** A running service instance: its name (e.g. {@code query-service-2}), URL and process id. */
    public record Service(String name, String url, long pid) {
    }

    private final EmbeddedPostgresServer postgres;
    private final KafkaServerProcess kafka;
    private final DevIssuer issuer;
    private final Storage storage;
    private final List<ServiceProcess> services = new ArrayList<>();
    private Path root;
    private Path logs;
    private Path berkas;

    private Platform(EmbeddedPostgresServer postgres, KafkaServerProcess kafka, DevIssuer issuer, Storage storage) {
        this.postgres = postgres;
        this.kafka = kafka;
        this.issuer = issuer;
        this.storage = storage;
    }

    /**
     * Starts the platform and returns once every service reports itself healthy.
     *
     * @param root the project root (the services' jars are in {@code <service>/target})
     * @param logs where the services' logs go
     */
    public static Platform start(Path root, Path logs, Ports ports, Storage storage)
            throws IOException, InterruptedException {
        return start(root, logs, ports, Options.defaults().withStorage(storage));
    }

    /**
     * @param settings more settings for every service, e.g. {@code --management.otlp.tracing.endpoint=…} to send
     *                 their traces to a collector
     */
    public static Platform start(Path root, Path logs, Ports ports, Storage storage, List<String> settings)
            throws IOException, InterruptedException {
        return start(root, logs, ports, Options.defaults().withStorage(storage).withSettings(settings));
    }

    public static Platform start(Path root, Path logs, Ports ports, Options options)
            throws IOException, InterruptedException {
        Storage storage = options.storage() != null ? options.storage() : Storage.temporary();
        log.info("starting embedded PostgreSQL on port {} and Kafka on port {} ({} data in {})", ports.postgres(),
                ports.kafka(), storage.durable() ? "durable" : "temporary", storage.directory());
        Path leftovers = storage.directory().resolve("processes");
        Leftovers.stop(leftovers);
        EmbeddedPostgresServer postgres = storage.durable()
                ? EmbeddedPostgresServer.start(ports.postgres(), storage.directory().resolve("postgres"), true,
                        options.postgresSettings())
                : EmbeddedPostgresServer.start(ports.postgres(), null, false, options.postgresSettings());
        KafkaServerProcess kafka;
        try {
            kafka = KafkaServerProcess.start(storage.directory().resolve("kafka"), ports.kafka(), storage.durable(),
                    logs.resolve("kafka.log"));
        } catch (RuntimeException e) {
            postgres.close();
            throw e;
        }
        String portal = "http://localhost:" + ports.portal();
        Platform platform = new Platform(postgres, kafka, DevIssuer.start(ports.issuer()).withUsers(DemoUsers.ALL)
                .withClient(new DevIssuer.Client(PORTAL_CLIENT, PORTAL_SECRET, portal + "/login/oauth2/code/kinerja",
                        portal + "/keluar/selesai")), storage);
        try {
            platform.startServices(root, logs, ports, options);
        } catch (IOException | InterruptedException | RuntimeException e) {
            platform.close();
            throw e;
        }
        platform.recordProcesses();
        return platform;
    }

    private void startServices(Path root, Path logs, Ports ports, Options options)
            throws IOException, InterruptedException {
        this.root = root;
        this.logs = logs;
        String eventStore = postgres.createDatabaseNamed("kinerja_events");
        String readModels = postgres.createDatabaseNamed("kinerja_query");
        String kafkaServers = "--kinerja.kafka.bootstrap-servers=" + kafka.bootstrapServers();
        List<String> every = new ArrayList<>(List.of("--kinerja.security.issuer=" + issuer.issuer(),
                "--kinerja.security.jwk-set-uri=" + issuer.jwkSetUri()));
        every.addAll(options.settings());
        List<String> command = new ArrayList<>(database("spring.datasource", eventStore));
        // One broker: 3 partitions are plenty here; see infra/kafka/README.md for production.
        command.addAll(List.of(kafkaServers, "--kinerja.kafka.topic.partitions=" + options.kafkaPartitions()));
        command.addAll(every);
        // Bukti dukung files in a directory kept with the data (the services' tests use PostgreSQL).
        berkas = Files.createDirectories(storage.directory().resolve("berkas").toAbsolutePath());
        command.addAll(List.of("--kinerja.berkas.penyimpanan=direktori", "--kinerja.berkas.direktori=" + berkas));
        List<String> query = new ArrayList<>(database("spring.datasource", readModels));
        query.add(kafkaServers);
        query.addAll(every);
        for (int i = 1; i <= options.commandInstances(); i++) {
            add("command-service", i, i == 1 ? ports.command() : Ports.freePort(), command, options);
        }
        for (int i = 1; i <= options.queryInstances(); i++) {
            add("query-service", i, i == 1 ? ports.query() : Ports.freePort(), query, options);
        }
        // The auditor mode of reporting folds the raw events: it reads the event store, read-only.
        List<String> reporting = new ArrayList<>(database("kinerja.eventstore", eventStore));
        reporting.add("--kinerja.query.url=http://localhost:" + ports.query());
        // Documents carry a QR code to their public verification — the portal's Periksa dokumen page, which a phone
        // opens in a browser (the service's own endpoint without the portal) — and PDFs a PAdES signature with a
        // development key.
        reporting.add("--kinerja.verifikasi.url=" + (options.portal() ? "http://localhost:" + ports.portal()
                + "/periksa-dokumen" : "http://localhost:" + ports.reporting() + "/api/verifikasi/dokumen"));
        reporting.add("--kinerja.tte.pengembangan=true");
        reporting.addAll(every);
        add("reporting-service", 1, ports.reporting(), reporting, options);
        if (options.portal()) {
            // The portal signs users in at the issuer and calls the services with their tokens.
            add("portal", 1, ports.portal(), List.of("--kinerja.portal.issuer=" + issuer.issuer(),
                    "--spring.security.oauth2.client.registration.kinerja.client-id=" + PORTAL_CLIENT,
                    "--spring.security.oauth2.client.registration.kinerja.client-secret=" + PORTAL_SECRET,
                    "--kinerja.portal.command-url=http://localhost:" + ports.command(),
                    "--kinerja.portal.query-url=http://localhost:" + ports.query(),
                    "--kinerja.portal.reporting-url=http://localhost:" + ports.reporting()), options);
        }
        for (ServiceProcess service : services) {
            service.start(root, logs);
            log.info("starting {} (log: {})", service.name(), service.log());
        }
        for (ServiceProcess service : services) {
            service.awaitHealthy(STARTUP);
            log.info("{} is up at {}", service.name(), service.url());
        }
    }

    /** Where command-service keeps bukti dukung files, content-addressed. */
    public Path berkas() {
        return berkas;
    }

    private void add(String module, int instance, int port, List<String> arguments, Options options) {
        String name = instance == 1 ? module : module + "-" + instance;
        services.add(new ServiceProcess(module, name, port, arguments, options.jvmOptions().getOrDefault(module,
                List.of())));
    }

    private List<String> database(String prefix, String url) {
        return List.of("--" + prefix + ".url=" + url, "--" + prefix + ".username=" + postgres.username(),
                "--" + prefix + ".password=" + postgres.password());
    }

    public String commandUrl() {
        return commandUrls().get(0);
    }

    public String queryUrl() {
        return queryUrls().get(0);
    }

    public String reportingUrl() {
        return urlsOf("reporting-service").get(0);
    }

    /** The web application, where people sign in. */
    public String portalUrl() {
        return urlsOf("portal").get(0);
    }

    /** Every command-service instance, the first one first. */
    public List<String> commandUrls() {
        return urlsOf("command-service");
    }

    /** Every query-service instance, the first one first. */
    public List<String> queryUrls() {
        return urlsOf("query-service");
    }

    /** Every running instance, for probes such as memory use. */
    public List<Service> runningServices() {
        return services.stream().map(s -> new Service(s.name(), s.url(), s.pid())).toList();
    }

    private List<String> urlsOf(String module) {
        return services.stream().filter(s -> s.module().equals(module)).map(ServiceProcess::url).toList();
    }

    List<ServiceProcess> services() {
        return services;
    }

    /** The broker's and the services' process ids, so that a next start can stop them if this launcher dies. */
    private void recordProcesses() {
        List<Long> pids = new ArrayList<>();
        pids.add(kafka.pid());
        services.forEach(service -> pids.add(service.pid()));
        Leftovers.record(storage.directory().resolve("processes"), pids);
    }

    /** SIGKILL of a service ({@code command-service}, {@code query-service}, {@code reporting-service}). */
    public void kill(String service) {
        service(service).kill();
    }

    /** Starts a killed service again and returns once it reports itself healthy. */
    public void restart(String service) throws IOException, InterruptedException {
        ServiceProcess process = service(service);
        process.start(root, logs);
        process.awaitHealthy(STARTUP);
        recordProcesses();
    }

    private ServiceProcess service(String name) {
        return services.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no service " + name));
    }

    public EmbeddedPostgresServer postgres() {
        return postgres;
    }

    public KafkaServerProcess kafka() {
        return kafka;
    }

    /** SIGKILL of the Kafka broker. */
    public void killKafka() {
        kafka.kill();
    }

    /** Starts the killed broker again on its data; returns once it accepts connections. */
    public void restartKafka() {
        kafka.restart();
        recordProcesses();
    }

    /** The development-only token issuer every service trusts here. */
    public DevIssuer issuer() {
        return issuer;
    }

    /** Stops the services (last started first), then the broker and the database; temporary data are deleted. */
    @Override
    public void close() {
        if (storage.durable()) {
            for (int i = services.size() - 1; i >= 0; i--) {
                services.get(i).stop();
            }
            kafka.close();
        } else {
            // Throw-away data need no orderly shutdown, but each JVM gets a moment to exit (a Flight Recorder
            // recording is written then): all are asked at once, and those still running after 10 s are killed, so a
            // test JVM's exit is not cut short (surefire kills a fork that takes over 30 s, orphaning the broker).
            services.forEach(ServiceProcess::askToStop);
            Instant deadline = Instant.now().plusSeconds(10);
            services.forEach(service -> service.stoppedBy(deadline));
            kafka.kill();
        }
        postgres.close();
        issuer.close();
        if (!storage.durable()) {
            deleteTree(storage.directory());
        }
    }

    private static void deleteTree(Path directory) {
        if (!Files.exists(directory)) {
            return; // closed before (the shutdown hook after an orderly close)
        }
        try (var paths = Files.walk(directory)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            log.warn("could not delete {}", directory, e);
        }
    }
}
