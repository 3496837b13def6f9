package id.kinerja.localstack;

import id.kinerja.demo.Scenario;
import id.kinerja.demo.ScenarioRunner;
import id.kinerja.embedded.EmbeddedPostgresServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The whole platform on one machine: an embedded PostgreSQL, the services as child JVMs, the demo data loaded
 * through the command API, the URLs printed. Ctrl-C stops everything. Run it with {@code ./run-local}.
 */
public final class LocalStack {

    private static final Logger log = LoggerFactory.getLogger(LocalStack.class);
    private static final List<String> DEMO_SCENARIOS = List.of("badung-2023");

    private LocalStack() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("import")) {
            System.exit(ImportCommand.run(args));
        }
        Path root = Path.of(System.getProperty("kinerja.root", ".")).toAbsolutePath().normalize();
        Path work = Files.createDirectories(root.resolve("infra/local-stack/target/local-stack"));
        int postgresPort = Integer.getInteger("kinerja.postgres.port", 15432);

        log.info("starting embedded PostgreSQL on port {}", postgresPort);
        EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(postgresPort, null);
        String eventStore = postgres.createDatabaseNamed("kinerja_events");
        String readModels = postgres.createDatabaseNamed("kinerja_query");
        List<ServiceProcess> services = List.of(
                new ServiceProcess("command-service", 8081, database(eventStore, postgres)),
                new ServiceProcess("query-service", 8082, database(readModels, postgres)),
                new ServiceProcess("reporting-service", 8083, List.of()));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log.info("stopping the local stack");
            for (int i = services.size() - 1; i >= 0; i--) {
                services.get(i).stop();
            }
            postgres.close();
        }, "local-stack-stop"));

        for (ServiceProcess service : services) {
            service.start(root, work);
            log.info("starting {} (log: {})", service.name(), service.log());
        }
        for (ServiceProcess service : services) {
            service.awaitHealthy(Duration.ofMinutes(3));
            log.info("{} is up at {}", service.name(), service.url());
        }
        ScenarioRunner demo = new ScenarioRunner(services.get(0).url(), "demo-loader");
        for (String name : DEMO_SCENARIOS) {
            Scenario scenario = Scenario.load(name);
            demo.run(scenario.steps());
            log.info("demo data loaded: {} ({} steps)", scenario.name(), scenario.steps().size());
        }
        printUrls(services, postgres, work);
        Thread.currentThread().join();
    }

    private static List<String> database(String url, EmbeddedPostgresServer postgres) {
        return List.of("--spring.datasource.url=" + url, "--spring.datasource.username=" + postgres.username(),
                "--spring.datasource.password=" + postgres.password());
    }

    private static void printUrls(List<ServiceProcess> services, EmbeddedPostgresServer postgres, Path work) {
        StringBuilder out = new StringBuilder("\n\nKinerja is running. Ctrl-C stops it.\n\n");
        for (ServiceProcess service : services) {
            out.append(String.format("  %-18s %s%n", service.name(), service.url()));
            out.append(String.format("  %-18s %s/swagger-ui.html%n", "", service.url()));
            out.append(String.format("  %-18s %s/actuator/health, %s/actuator/prometheus%n", "", service.url(),
                    service.url()));
        }
        out.append(String.format("  %-18s %s (user %s, password %s)%n", "PostgreSQL",
                postgres.jdbcUrl("kinerja_events"), postgres.username(), postgres.password()));
        out.append(String.format("  %-18s %s%n", "logs", work));
        System.out.println(out);
    }
}
