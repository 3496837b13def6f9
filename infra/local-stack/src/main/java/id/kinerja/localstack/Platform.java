package id.kinerja.localstack;

import id.kinerja.embedded.DevIssuer;
import id.kinerja.embedded.EmbeddedKafkaServer;
import id.kinerja.embedded.EmbeddedPostgresServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

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

        private static int freePort() {
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
    private Path berkas;

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
        return start(root, logs, ports, List.of());
    }

    /**
     * @param settings more settings for every service, e.g. {@code --management.otlp.tracing.endpoint=…} to send
     *                 their traces to a collector
     */
    public static Platform start(Path root, Path logs, Ports ports, List<String> settings)
            throws IOException, InterruptedException {
        log.info("starting embedded PostgreSQL on port {} and Kafka on port {}", ports.postgres(), ports.kafka());
        String portal = "http://localhost:" + ports.portal();
        Platform platform = new Platform(EmbeddedPostgresServer.start(ports.postgres(), null),
                EmbeddedKafkaServer.start(ports.kafka()), DevIssuer.start(ports.issuer()).withUsers(DemoUsers.ALL)
                .withClient(new DevIssuer.Client(PORTAL_CLIENT, PORTAL_SECRET, portal + "/login/oauth2/code/kinerja",
                        portal + "/keluar/selesai")));
        try {
            platform.startServices(root, logs, ports, settings);
        } catch (IOException | InterruptedException | RuntimeException e) {
            platform.close();
            throw e;
        }
        return platform;
    }

    private void startServices(Path root, Path logs, Ports ports, List<String> settings)
            throws IOException, InterruptedException {
        String eventStore = postgres.createDatabaseNamed("kinerja_events");
        String readModels = postgres.createDatabaseNamed("kinerja_query");
        String kafkaServers = "--kinerja.kafka.bootstrap-servers=" + kafka.bootstrapServers();
        List<String> command = new ArrayList<>(database("spring.datasource", eventStore));
        // One broker: 3 partitions are plenty here; see infra/kafka/README.md for production.
        command.addAll(List.of(kafkaServers, "--kinerja.kafka.topic.partitions=3"));
        // Bukti dukung files in a directory beside the logs (the services' tests use PostgreSQL).
        berkas = emptied(logs.resolve("berkas").toAbsolutePath());
        command.addAll(List.of("--kinerja.berkas.penyimpanan=direktori", "--kinerja.berkas.direktori=" + berkas));
        List<String> query = new ArrayList<>(database("spring.datasource", readModels));
        query.add(kafkaServers);
        // The auditor mode of reporting folds the raw events: it reads the event store, read-only.
        List<String> reporting = new ArrayList<>(database("kinerja.eventstore", eventStore));
        reporting.add("--kinerja.query.url=http://localhost:" + ports.query());
        for (List<String> service : List.of(command, query, reporting)) {
            service.addAll(List.of("--kinerja.security.issuer=" + issuer.issuer(),
                    "--kinerja.security.jwk-set-uri=" + issuer.jwkSetUri()));
            service.addAll(settings);
        }
        // The portal signs users in at the issuer and calls the services with their tokens.
        List<String> portal = new ArrayList<>(List.of("--kinerja.portal.issuer=" + issuer.issuer(),
                "--spring.security.oauth2.client.registration.kinerja.client-id=" + PORTAL_CLIENT,
                "--spring.security.oauth2.client.registration.kinerja.client-secret=" + PORTAL_SECRET,
                "--kinerja.portal.command-url=http://localhost:" + ports.command(),
                "--kinerja.portal.query-url=http://localhost:" + ports.query(),
                "--kinerja.portal.reporting-url=http://localhost:" + ports.reporting()));
        services.add(new ServiceProcess("command-service", ports.command(), command));
        services.add(new ServiceProcess("query-service", ports.query(), query));
        services.add(new ServiceProcess("reporting-service", ports.reporting(), reporting));
        services.add(new ServiceProcess("portal", ports.portal(), portal));
        for (ServiceProcess service : services) {
            service.start(root, logs);
            log.info("starting {} (log: {})", service.name(), service.log());
        }
        for (ServiceProcess service : services) {
            service.awaitHealthy(Duration.ofMinutes(10));
            log.info("{} is up at {}", service.name(), service.url());
        }
    }

    /** The database starts empty on every start, so the files its events name do too. */
    private static Path emptied(Path directory) throws IOException {
        if (Files.exists(directory)) {
            try (Stream<Path> paths = Files.walk(directory)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        return Files.createDirectories(directory);
    }

    /** Where command-service keeps bukti dukung files, content-addressed. */
    public Path berkas() {
        return berkas;
    }

    private List<String> database(String prefix, String url) {
        return List.of("--" + prefix + ".url=" + url, "--" + prefix + ".username=" + postgres.username(),
                "--" + prefix + ".password=" + postgres.password());
    }

    public String commandUrl() {
        return services.get(0).url();
    }

    public String queryUrl() {
        return services.get(1).url();
    }

    public String reportingUrl() {
        return services.get(2).url();
    }

    /** The web application, where people sign in. */
    public String portalUrl() {
        return services.get(3).url();
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
