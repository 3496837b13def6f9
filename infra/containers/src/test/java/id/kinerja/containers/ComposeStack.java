package id.kinerja.containers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;

/**
 * infra/compose/docker-compose.yml brought up with docker-compose as an operator would — the passwords of its .env
 * given in the environment, the published ports moved to free ones so that it can run beside anything — and taken
 * down with its volumes.
 */
final class ComposeStack implements Deployment, AutoCloseable {

    private static final Path FILE = ContainerPlatform.ROOT.resolve("infra/compose/docker-compose.yml");

    private final String project = "kinerja-uji-" + ProcessHandle.current().pid();
    private final Map<String, String> environment = new HashMap<>(ContainerPlatform.DB_PASSWORDS);
    private final Map<String, Integer> ports = new HashMap<>();
    private Keycloak keycloak;
    private boolean down;

    ComposeStack() {
        environment.put("KEYCLOAK_ADMIN_PASSWORD", Keycloak.ADMIN_PASSWORD);
        environment.put("KINERJA_VERSION", Images.VERSION);
        environment.put("KAFKA_VERSION", System.getProperty("kafka.version"));
        environment.put("KEYCLOAK_VERSION", System.getProperty("keycloak.version"));
        for (String port : List.of("COMMAND", "QUERY", "REPORTING", "PORTAL", "KEYCLOAK", "PROMETHEUS")) {
            ports.put(port, freePort());
            environment.put("KINERJA_" + port + "_PORT", String.valueOf(ports.get(port)));
        }
    }

    /** docker-compose up -d, then waits until every service answers ready. */
    ComposeStack up() {
        Runtime.getRuntime().addShutdownHook(new Thread(this::close, "compose-down"));
        compose(Duration.ofMinutes(10), "up", "-d");
        keycloak = new Keycloak(url("KEYCLOAK"));
        for (String service : List.of(commandUrl(), queryUrl(), reportingUrl())) {
            await().atMost(Duration.ofMinutes(6)).pollInterval(Duration.ofSeconds(2)).ignoreExceptions().until(() ->
                    Http.get(service + "/actuator/health/readiness", null).status() == 200);
        }
        return this;
    }

    /** Runs docker-compose with the stack's project, file and environment; fails unless it exits 0. */
    String compose(Duration timeout, String... arguments) {
        List<String> command = new ArrayList<>(List.of("docker-compose", "-p", project, "-f", FILE.toString()));
        command.addAll(List.of(arguments));
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().putAll(environment);
            Process process = builder.start();
            process.getOutputStream().close();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String commandUrl() {
        return url("COMMAND");
    }

    @Override
    public String queryUrl() {
        return url("QUERY");
    }

    @Override
    public String reportingUrl() {
        return url("REPORTING");
    }

    String prometheusUrl() {
        return url("PROMETHEUS");
    }

    @Override
    public Keycloak keycloak() {
        return keycloak;
    }

    private String url(String port) {
        return "http://localhost:" + ports.get(port);
    }

    /** docker-compose down -v: containers, network and volumes gone. */
    @Override
    public synchronized void close() {
        if (!down) {
            down = true;
            compose(Duration.ofMinutes(3), "down", "-v", "--remove-orphans");
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
