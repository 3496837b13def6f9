package id.kinerja.localstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kinerja.demo.ImportClient;
import id.kinerja.demo.Scenario;
import id.kinerja.demo.ScenarioRunner;
import id.kinerja.demo.Seeds;
import id.kinerja.embedded.DevIssuer;
import id.kinerja.embedded.DevTokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@code ./run-local}: the {@link Platform} on fixed ports, its data kept in a data directory across runs
 * (default {@code local-data/} in the project; {@code --data=<dir>} chooses another, {@code --fresh} starts from
 * nothing), the seed documents imported as demo data on the first start only, in the order the facts arose, and the
 * URLs printed. Ctrl-C stops everything. With arguments {@code import <file>} or {@code verify <tenant>} it is a
 * command-line tool instead.
 */
public final class LocalStack {

    private static final Logger log = LoggerFactory.getLogger(LocalStack.class);
    /** Marks a directory as Kinerja's data, so {@code --fresh} never deletes anything else. */
    static final String DATA_MARKER = ".kinerja-data";
    /** Written once the demo data are loaded; holds the recorded moments to print at every start. */
    static final String DEMO_LOADED = "demo-data-loaded.txt";

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
        Path data = root.resolve("local-data");
        boolean fresh = false;
        for (String arg : args) {
            if (arg.equals("--fresh")) {
                fresh = true;
            } else if (arg.startsWith("--data=")) {
                data = Path.of(arg.substring("--data=".length())).toAbsolutePath().normalize();
            } else {
                System.err.println("usage: ./run-local [--fresh] [--data=<dir>] | import <file> … | verify <tenant> …");
                System.exit(2);
            }
        }
        prepare(data, fresh);
        Path logs = Files.createDirectories(root.resolve("infra/local-stack/target/local-stack"));
        Platform platform = Platform.start(root, logs, Platform.Ports.fixed(), Platform.Storage.durable(data));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log.info("stopping the local stack");
            platform.close();
        }, "local-stack-stop"));
        Path loaded = data.resolve(DEMO_LOADED);
        List<String> moments;
        if (Files.exists(loaded)) {
            moments = Files.readAllLines(loaded, StandardCharsets.UTF_8);
            log.info("demo data were loaded at the first start; data kept in {}", data);
        } else {
            moments = loadDemoData(platform);
            Files.write(loaded, moments, StandardCharsets.UTF_8);
        }
        printUrls(platform, logs, data, moments);
        Thread.currentThread().join();
    }

    /** Creates the data directory, or with {@code fresh} empties it first — only if it is Kinerja's. */
    private static void prepare(Path data, boolean fresh) throws IOException {
        if (fresh && Files.exists(data)) {
            if (!Files.exists(data.resolve(DATA_MARKER))) {
                throw new IllegalStateException(data + " is not a Kinerja data directory (no " + DATA_MARKER
                        + "); not deleting it");
            }
            log.info("--fresh: deleting {}", data);
            try (var paths = Files.walk(data)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        Files.createDirectories(data);
        Path marker = data.resolve(DATA_MARKER);
        if (!Files.exists(marker)) {
            Files.writeString(marker, "Kinerja local stack data (PostgreSQL, Kafka); ./run-local --fresh deletes it\n");
        }
    }

    /** The seeds as the people who made them would send them; a seed already stored (an interrupted first start) stays. */
    private static List<String> loadDemoData(Platform platform) throws IOException, InterruptedException {
        List<String> moments = new ArrayList<>();
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
            if (response.statusCode() == 409) {
                log.info("demo data {} was stored by an earlier start", seed);
                moments.add(seed + ": stored by an earlier start");
                continue;
            }
            if (response.statusCode() != 201) {
                throw new IllegalStateException("seed " + seed + " was refused: " + response.body());
            }
            log.info("demo data loaded: {}", seed);
            moments.add(moment(seed, response.body()));
            DemoJadwal.forSeed(platform, response.body());
        }
        return moments;
    }

    /** One line per seed: its PK, the recorded moments of its signing and each Perubahan, its national codes. */
    private static String moment(String seed, String report) throws IOException {
        JsonNode json = new ObjectMapper().readTree(report);
        StringBuilder line = new StringBuilder(seed + " (" + json.path("pk").asText() + "):");
        json.path("milestones").forEach(m -> line.append(' ').append(m.path("step").asText()).append(" asOf=")
                .append(m.path("recordedAt").asText()));
        line.append("; nomenklatur: ").append(json.at("/nomenklatur/dipetakan").asInt()).append(" berkode, ")
                .append(json.at("/nomenklatur/tidakDipetakan").size()).append(" tanpa kode");
        return line.toString();
    }

    private static void printUrls(Platform platform, Path logs, Path data, List<String> moments) {
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
        out.append(String.format("  %-18s %s (kept across runs; ./run-local --fresh starts from nothing)%n", "data",
                data));
        out.append(String.format("  %-18s %s%n", "logs", logs));
        out.append(String.format("  %-18s %s (DEVELOPMENT ONLY; password %s)%n", "token issuer",
                platform.issuer().tokenUri(), DevIssuer.DEV_PASSWORD));
        out.append(String.format("  %-18s %s%n", "demo users",
                String.join(", ", DemoUsers.ALL.stream().map(DevIssuer.Identity::username).toList())));
        out.append(String.format("%nA token:  curl -s -d grant_type=password -d username=operator.badung -d password=%s "
                + "%s | jq -r .access_token%n", DevIssuer.DEV_PASSWORD, platform.issuer().tokenUri()));
        out.append("\nRecorded moments to ask for with ?asOf= (the demo data were recorded at the first start):\n");
        moments.forEach(moment -> out.append("  ").append(moment).append('\n'));
        System.out.println(out);
    }
}
