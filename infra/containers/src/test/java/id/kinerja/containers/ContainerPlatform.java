package id.kinerja.containers;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.Network;
import org.testcontainers.containers.output.Slf4jLogConsumer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.lifecycle.Startables;
import org.testcontainers.utility.MountableFile;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Kinerja as a deployment runs it, from the images of infra/images: PostgreSQL with one least-privilege role per
 * service (infra/compose/postgres/init.sh), a three-broker Kafka cluster, Keycloak with the kinerja realm of
 * infra/compose/keycloak, and the three services configured only through their environment. Started once per test
 * JVM and shared by the test classes (each uses its own data); stopped when the JVM ends — there is no Ryuk to do it.
 */
final class ContainerPlatform implements Deployment {

    private static final Logger log = LoggerFactory.getLogger(ContainerPlatform.class);
    private static ContainerPlatform running;

    static final Path ROOT = Path.of(System.getProperty("kinerja.root", "../..")).toAbsolutePath().normalize();
    static final Map<String, String> DB_PASSWORDS = Map.of("POSTGRES_PASSWORD", "super-uji",
            "KINERJA_COMMAND_DB_PASSWORD", "perintah-uji", "KINERJA_QUERY_DB_PASSWORD", "baca-uji",
            "KINERJA_REPORTING_DB_PASSWORD", "laporan-uji", "KEYCLOAK_DB_PASSWORD", "keycloak-uji");
    private static final String ISSUER = "http://keycloak:8080/realms/" + Keycloak.REALM;
    /** small heaps and a quick JIT: six JVMs share two cores here */
    private static final String JVM = "-Xmx384m -XX:TieredStopAtLevel=1 -XX:+ExitOnOutOfMemoryError";

    private final Network network = Network.newNetwork();
    private final GenericContainer<?> postgres;
    private final KafkaCluster kafka;
    private final GenericContainer<?> keycloak;
    private final GenericContainer<?> command;
    private final GenericContainer<?> query;
    private final GenericContainer<?> reporting;
    private final List<GenericContainer<?>> all = new ArrayList<>();
    private Keycloak identity;

    private ContainerPlatform() {
        postgres = new GenericContainer<>(Images.POSTGRES).withNetwork(network).withNetworkAliases("postgres")
                .withEnv(DB_PASSWORDS)
                .withCopyFileToContainer(MountableFile.forHostPath(ROOT.resolve("infra/compose/postgres/init.sh"),
                        0755), "/docker-entrypoint-initdb.d/init.sh")
                .waitingFor(Wait.forHealthcheck().withStartupTimeout(Duration.ofMinutes(2)));
        kafka = new KafkaCluster(network);
        keycloak = new GenericContainer<>(Images.KEYCLOAK).withNetwork(network).withNetworkAliases("keycloak")
                .withEnv("KC_DB_URL", "jdbc:postgresql://postgres:5432/keycloak")
                .withEnv("KC_DB_USERNAME", "keycloak")
                .withEnv("KC_DB_PASSWORD", DB_PASSWORDS.get("KEYCLOAK_DB_PASSWORD"))
                // tokens name the issuer the services know, however this JVM reached Keycloak
                .withEnv("KC_HOSTNAME", "http://keycloak:8080")
                .withEnv("KC_HTTP_ENABLED", "true")
                .withEnv("KC_CACHE", "local") // one node: no cluster discovery
                .withEnv("KC_BOOTSTRAP_ADMIN_USERNAME", Keycloak.ADMIN)
                .withEnv("KC_BOOTSTRAP_ADMIN_PASSWORD", Keycloak.ADMIN_PASSWORD)
                .withEnv("JAVA_OPTS_KC_HEAP", "-Xms128m -Xmx512m")
                .withCommand("start", "--optimized", "--import-realm")
                .withCopyFileToContainer(MountableFile.forHostPath(
                        ROOT.resolve("infra/compose/keycloak/kinerja-realm.json")),
                        "/opt/keycloak/data/import/kinerja-realm.json")
                .withExposedPorts(8080, 9000)
                .waitingFor(Wait.forHttp("/health/ready").forPort(9000).withStartupTimeout(Duration.ofMinutes(6)))
                .dependsOn(postgres);
        command = service("command-service", 8081)
                .withEnv("SPRING_DATASOURCE_URL", "jdbc:postgresql://postgres:5432/kinerja_events")
                .withEnv("SPRING_DATASOURCE_USERNAME", "kinerja_command")
                .withEnv("SPRING_DATASOURCE_PASSWORD", DB_PASSWORDS.get("KINERJA_COMMAND_DB_PASSWORD"))
                .withEnv("KINERJA_KAFKA_TOPIC_REPLICATION_FACTOR", String.valueOf(KafkaCluster.SIZE))
                .withEnv("KINERJA_KAFKA_TOPIC_PARTITIONS", "6");
        query = service("query-service", 8082)
                .withEnv("SPRING_DATASOURCE_URL", "jdbc:postgresql://postgres:5432/kinerja_query")
                .withEnv("SPRING_DATASOURCE_USERNAME", "kinerja_query")
                .withEnv("SPRING_DATASOURCE_PASSWORD", DB_PASSWORDS.get("KINERJA_QUERY_DB_PASSWORD"));
        reporting = service("reporting-service", 8083)
                .withEnv("KINERJA_EVENTSTORE_URL", "jdbc:postgresql://postgres:5432/kinerja_events")
                .withEnv("KINERJA_EVENTSTORE_USERNAME", "kinerja_laporan")
                .withEnv("KINERJA_EVENTSTORE_PASSWORD", DB_PASSWORDS.get("KINERJA_REPORTING_DB_PASSWORD"))
                .withEnv("KINERJA_QUERY_URL", "http://query-service:8082");
        all.add(postgres);
        all.addAll(kafka.brokers());
        all.addAll(List.of(keycloak, command, query, reporting));
    }

    private GenericContainer<?> service(String name, int port) {
        return new GenericContainer<>(Images.service(name)).withNetwork(network).withNetworkAliases(name)
                .withEnv("JAVA_TOOL_OPTIONS", JVM)
                .withEnv("KINERJA_SECURITY_ISSUER", ISSUER)
                .withEnv("KINERJA_SECURITY_JWK_SET_URI", ISSUER + "/protocol/openid-connect/certs")
                .withEnv("KINERJA_KAFKA_BOOTSTRAP_SERVERS", kafka.internalBootstrapServers())
                .withExposedPorts(port)
                .withLogConsumer(new Slf4jLogConsumer(LoggerFactory.getLogger(name)).withSeparateOutputStreams())
                .waitingFor(Wait.forHttp("/actuator/health/readiness").forPort(port)
                        .withStartupTimeout(Duration.ofMinutes(5)));
    }

    static synchronized ContainerPlatform get() {
        if (running == null) {
            DockerEngine.useItsApiVersion();
            ContainerPlatform platform = new ContainerPlatform();
            Runtime.getRuntime().addShutdownHook(new Thread(platform::stop, "containers-stop"));
            long start = System.nanoTime();
            // Keycloak needs only PostgreSQL; the services need all three, and start side by side.
            Startables.deepStart(platform.postgres).join();
            List<GenericContainer<?>> infrastructure = new ArrayList<>(platform.kafka.brokers());
            infrastructure.add(platform.keycloak);
            Startables.deepStart(infrastructure).join();
            Startables.deepStart(platform.command, platform.query, platform.reporting).join();
            log.info("platform of {} containers up in {} s", platform.all.size(),
                    Duration.ofNanos(System.nanoTime() - start).toSeconds());
            platform.identity = new Keycloak("http://localhost:" + platform.keycloak.getMappedPort(8080));
            running = platform;
        }
        return running;
    }

    @Override
    public String commandUrl() {
        return url(command, 8081);
    }

    @Override
    public String queryUrl() {
        return url(query, 8082);
    }

    @Override
    public String reportingUrl() {
        return url(reporting, 8083);
    }

    @Override
    public Keycloak keycloak() {
        return identity;
    }

    KafkaCluster kafka() {
        return kafka;
    }

    private static String url(GenericContainer<?> service, int port) {
        return "http://localhost:" + service.getMappedPort(port);
    }

    /** Stops the platform if it runs, e.g. before the Compose stack takes the machine. */
    static synchronized void stopIfRunning() {
        if (running != null) {
            running.stop();
            running = null;
        }
    }

    private void stop() {
        for (int i = all.size() - 1; i >= 0; i--) {
            all.get(i).stop();
        }
        network.close();
    }
}
