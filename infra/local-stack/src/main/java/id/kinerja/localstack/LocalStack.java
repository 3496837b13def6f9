package id.kinerja.localstack;

import id.kinerja.demo.ImportClient;
import id.kinerja.demo.Scenario;
import id.kinerja.demo.ScenarioRunner;
import id.kinerja.demo.Seeds;
import id.kinerja.embedded.DevIssuer;
import id.kinerja.embedded.DevTokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ./run-local}: the {@link Platform} on fixed ports with the seed documents imported as demo data, in the
 * order the facts arose, and the URLs printed. Ctrl-C stops everything. With arguments it is a command-line
 * tool instead: {@code import <file>}, {@code verify <tenant>}.
 */
public final class LocalStack {

    private static final Logger log = LoggerFactory.getLogger(LocalStack.class);

    private LocalStack() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("import")) {
            System.exit(ImportCommand.run(args));
        }
        if (args.length > 0 && args[0].equals("verify")) {
            System.exit(VerifyCommand.run(args));
        }
        Path root = Path.of(System.getProperty("kinerja.root", ".")).toAbsolutePath().normalize();
        Path logs = Files.createDirectories(root.resolve("infra/local-stack/target/local-stack"));
        Platform platform = Platform.start(root, logs, Platform.Ports.fixed());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log.info("stopping the local stack");
            platform.close();
        }, "local-stack-stop"));
        List<String> moments = new ArrayList<>();
        // The demo data is loaded as the people who made it would: entitled to each file's daerah and OPD.
        DevTokens loader = new DevTokens(platform.issuer(), "pemuat-data-demo");
        if (!Seeds.available().contains("badung-2023")) {
            // Until Badung's seed is transcribed in full, its PK and PK Perubahan come from the request-by-request story.
            Scenario badung = Scenario.load("badung-2023");
            ScenarioRunner runner = new ScenarioRunner(platform.commandUrl(), loader::forRequest);
            runner.run(badung.phase("induk"));
            moments.add("51.03/diskopukmp/pk/2023 signed, before its Perubahan: asOf=" + Instant.now());
            runner.run(badung.phase("perubahan"));
            runner.run(badung.phase("realisasi"));
            log.info("demo data loaded: {}", badung.name());
        }
        ImportClient importer = new ImportClient(platform.commandUrl(), loader::forRequest);
        for (String seed : Seeds.available()) {
            HttpResponse<String> response = importer.send(Seeds.read(seed));
            if (response.statusCode() != 201) {
                throw new IllegalStateException("seed " + seed + " was refused: " + response.body());
            }
            log.info("demo data loaded: {} — {}", seed, response.body());
            moments.add(seed + ": " + response.body());
        }
        printUrls(platform, logs, moments);
        Thread.currentThread().join();
    }

    private static void printUrls(Platform platform, Path logs, List<String> moments) {
        StringBuilder out = new StringBuilder("\n\nKinerja is running. Ctrl-C stops it.\n\n");
        out.append(String.format("  %-18s %s  <- open this in a browser; sign in as a demo user below, password %s%n%n",
                "PORTAL", platform.portalUrl(), DevIssuer.DEV_PASSWORD));
        for (ServiceProcess service : platform.services()) {
            out.append(String.format("  %-18s %s%n", service.name(), service.url()));
            if (!service.name().equals("portal")) {
                out.append(String.format("  %-18s %s/swagger-ui.html%n", "", service.url()));
            }
            out.append(String.format("  %-18s %s/actuator/health, %s/actuator/prometheus%n", "", service.url(),
                    service.url()));
        }
        out.append(String.format("  %-18s %s (user %s, password %s)%n", "PostgreSQL",
                platform.postgres().jdbcUrl("kinerja_events"), platform.postgres().username(),
                platform.postgres().password()));
        out.append(String.format("  %-18s %s (topic %s)%n", "Kafka", platform.kafka().bootstrapServers(),
                "kinerja.events"));
        out.append(String.format("  %-18s %s%n", "logs", logs));
        out.append(String.format("  %-18s %s (DEVELOPMENT ONLY; password %s)%n", "token issuer",
                platform.issuer().tokenUri(), DevIssuer.DEV_PASSWORD));
        out.append(String.format("  %-18s %s%n", "demo users",
                String.join(", ", DemoUsers.ALL.stream().map(DevIssuer.Identity::username).toList())));
        out.append(String.format("%nA token:  curl -s -d grant_type=password -d username=operator.badung -d password=%s "
                + "%s | jq -r .access_token%n", DevIssuer.DEV_PASSWORD, platform.issuer().tokenUri()));
        out.append("\nRecorded moments to ask for with ?asOf= (the demo data is recorded as the stack starts):\n");
        moments.forEach(moment -> out.append("  ").append(moment).append('\n'));
        System.out.println(out);
    }
}
