package id.kinerja.localstack;

import id.kinerja.embedded.DevIssuer;
import id.kinerja.embedded.EmbeddedKafkaServer;
import id.kinerja.embedded.EmbeddedPostgresServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole platform on one machine, as real parts: an embedded PostgreSQL (one database per service), an
 * embedded Kafka broker, a development-only token issuer with demo users, the three services and the portal as
 * child JVMs started from their executable jars. The local
 * stack runs it on fixed ports; end-to-end tests on free ones.
 */
public final class Platform implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Platform.class);
    private static final String PORTAL_CLIENT = "kinerja-portal";
    /**
     * The portal's client secret at the dev issuer: made fresh at every start and handed only to the portal, unless
     * {@code -Dkinerja.portal.secret} fixes it (to restart a portal by hand while working on it).
     */
    private static final String PORTAL_SECRET = System.getProperty("kinerja.portal.secret",
            java.util.UUID.randomUUID().toString());

    /** Where everything listens. */
    public record Ports(int postgres, int kafka, int command, int query, int reporting, int portal, int issuer) {

        public static Ports fixed() {
            return new Ports(Integer.getInteger("kinerja.postgres.port", 15432),
                    Integer.getInteger("kinerja.kafka.port", 19092), 8081, 8082, 8083, 8084,
                    Integer.getInteger("kinerja.issuer.port", 8089));
        }

        public static Ports free() {
            return new Ports(freePort(), freePort(), freePort(), freePort(), freePort(), freePort(), freePort());
        }

        static int freePort() {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private final EmbeddedPostgresServer postgres;
    private final EmbeddedKafkaServer kafka;
    private final DevIssuer issuer;
    private final List<ServiceProcess> services = new ArrayList<>();

    /**
     * How the platform is run beyond its ports: how many instances of command-service and query-service (they
     * share the one PostgreSQL and Kafka; scale-out), whether the portal runs, where PostgreSQL keeps its data and
     * with which server settings, extra JVM options per service (e.g. {@code -XX:StartFlightRecording} to profile
     * one), the partitions of the events topic, and more settings for every service (e.g.
     * {@code --management.otlp.tracing.endpoint=…} to send their traces to a collector).
     */
    public record Options(int commandInstances, int queryInstances, boolean portal, Path postgresData,
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
         * One instance of each service and the portal, a throw-away database with fsync off, 3 partitions: tests,
         * local stack.
         */
        public static Options defaults() {
            return new Options(1, 1, true, null, Map.of(), Map.of(), 3, List.of());
        }

        public Options withInstances(int command, int query) {
            return new Options(command, query, portal, postgresData, postgresSettings, jvmOptions, kafkaPartitions,
                    settings);
        }

        /** Without the portal: the services alone, e.g. for the load generator. */
        public Options withoutPortal() {
            return new Options(commandInstances, queryInstances, false, postgresData, postgresSettings, jvmOptions,
                    kafkaPartitions, settings);
        }

        public Options withPostgres(Path data, Map<String, String> postgres) {
            return new Options(commandInstances, queryInstances, portal, data, postgres, jvmOptions, kafkaPartitions,
                    settings);
        }

        public Options withSettings(List<String> more) {
            return new Options(commandInstances, queryInstances, portal, postgresData, postgresSettings, jvmOptions,
                    kafkaPartitions, more);
        }

        /**
         * Extra JVM options for every instance of a service ({@code command-service}, …); {@code {instance}} in an
         * option stands for the instance's name, e.g. for a file of its own.
         */
        public Options withJvmOptions(String service, List<String> options) {
            Map<String, List<String>> all = new HashMap<>(jvmOptions);
            all.put(service, List.copyOf(options));
            return new Options(commandInstances, queryInstances, portal, postgresData, postgresSettings, all,
                    kafkaPartitions, settings);
        }

        public Options withKafkaPartitions(int partitions) {
            return new Options(commandInstances, queryInstances, portal, postgresData, postgresSettings, jvmOptions,
                    partitions, settings);
        }
    }

    /** A running service instance: its name (e.g. {@code query-service-2}), URL and process id. */
    public record Service(String name, String url, long pid) {
    }

    private Platform(EmbeddedPostgresServer postgres, EmbeddedKafkaServer kafka, DevIssuer issuer) {
        this.postgres = postgres;
        this.kafka = kafka;
        this.issuer = issuer;
    }

    /**
     * Starts the platform and returns once every service reports itself healthy.
     *
     * @param root the project root (the services' jars are in {@code <service>/target})
     * @param logs where the services' logs go
     */
    public static Platform start(Path root, Path logs, Ports ports) throws IOException, InterruptedException {
        return start(root, logs, ports, Options.defaults());
    }

    /**
     * @param settings more settings for every service, e.g. {@code --management.otlp.tracing.endpoint=…} to send
     *                 their traces to a collector
     */
    public static Platform start(Path root, Path logs, Ports ports, List<String> settings)
            throws IOException, InterruptedException {
        return start(root, logs, ports, Options.defaults().withSettings(settings));
    }

    public static Platform start(Path root, Path logs, Ports ports, Options options)
            throws IOException, InterruptedException {
        log.info("starting embedded PostgreSQL on port {} and Kafka on port {}", ports.postgres(), ports.kafka());
        String portal = "http://localhost:" + ports.portal();
        Platform platform = new Platform(
                EmbeddedPostgresServer.start(ports.postgres(), options.postgresData(), options.postgresSettings()),
                EmbeddedKafkaServer.start(ports.kafka()), DevIssuer.start(ports.issuer()).withUsers(DemoUsers.ALL)
                .withClient(new DevIssuer.Client(PORTAL_CLIENT, PORTAL_SECRET, portal + "/login/oauth2/code/kinerja",
                        portal + "/keluar/selesai")));
        try {
            platform.startServices(root, logs, ports, options);
        } catch (IOException | InterruptedException | RuntimeException e) {
            platform.close();
            throw e;
        }
        return platform;
    }

    private void startServices(Path root, Path logs, Ports ports, Options options)
            throws IOException, InterruptedException {
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
            service.awaitHealthy(Duration.ofMinutes(10));
            log.info("{} is up at {}", service.name(), service.url());
        }
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

    public EmbeddedPostgresServer postgres() {
        return postgres;
    }

    public EmbeddedKafkaServer kafka() {
        return kafka;
    }

    /** The development-only token issuer every service trusts here. */
    public DevIssuer issuer() {
        return issuer;
    }

    /** Stops the services (last started first), then the broker and the database. */
    @Override
    public void close() {
        for (int i = services.size() - 1; i >= 0; i--) {
            services.get(i).stop();
        }
        kafka.close();
        postgres.close();
        issuer.close();
    }
}
