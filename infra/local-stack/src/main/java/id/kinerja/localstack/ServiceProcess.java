package id.kinerja.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** One service of the platform, run from its executable jar as a child JVM with its log in a file. */
final class ServiceProcess {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String module;
    private final String name;
    private final int port;
    private final List<String> arguments;
    private final List<String> jvmOptions;
    private Process process;
    private Path log;

    /**
     * @param module     the service's module, whose target directory holds the executable jar
     * @param name       this instance's name, for its log file
     * @param jvmOptions extra options for the JVM, before {@code -jar}; {@code {instance}} stands for the instance's name
     */
    ServiceProcess(String module, String name, int port, List<String> arguments, List<String> jvmOptions) {
        this.module = module;
        this.name = name;
        this.port = port;
        this.arguments = List.copyOf(arguments);
        this.jvmOptions = List.copyOf(jvmOptions);
    }

    String module() {
        return module;
    }

    String name() {
        return name;
    }

    long pid() {
        return process == null ? -1 : process.pid();
    }

    String url() {
        return "http://localhost:" + port;
    }

    Path log() {
        return log;
    }

    void start(Path projectRoot, Path logDirectory) throws IOException {
        Path jar = executableJar(projectRoot.resolve(module).resolve("target"));
        log = logDirectory.resolve(name + ".log");
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx512m"));
        jvmOptions.forEach(option -> command.add(option.replace("{instance}", name)));
        command.addAll(List.of("-jar", jar.toString(), "--server.port=" + port));
        command.addAll(arguments);
        // A restarted service appends to its log: what happened before a kill stays readable.
        process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(process == null
                ? ProcessBuilder.Redirect.to(log.toFile()) : ProcessBuilder.Redirect.appendTo(log.toFile())).start();
    }

    /** SIGKILL, as a crash or an operator's {@code kill -9} would: no shutdown hooks, nothing flushed. */
    void kill() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            try {
                process.waitFor(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** SIGTERM without waiting: several services can be asked at once, then {@link #stoppedBy} each. */
    void askToStop() {
        if (process != null && process.isAlive()) {
            process.destroy();
        }
    }

    /** Waits for an asked service to end until {@code deadline}; SIGKILL if it has not by then. */
    void stoppedBy(Instant deadline) {
        if (process == null) {
            return;
        }
        try {
            if (!process.waitFor(Math.max(0, Duration.between(Instant.now(), deadline).toMillis()),
                    TimeUnit.MILLISECONDS)) {
                kill();
            }
        } catch (InterruptedException e) {
            kill();
            Thread.currentThread().interrupt();
        }
    }

    /** Waits until the service reports itself healthy; fails early when the process dies. */
    void awaitHealthy(Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        HttpRequest health = HttpRequest.newBuilder(URI.create(url() + "/actuator/health")).GET().build();
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                // the log is overwritten by the next platform's start: its end goes into the failure itself
                throw new IllegalStateException(name + " stopped during start-up (exit " + process.exitValue()
                        + "); the end of " + log + ":\n" + logTail(40));
            }
            try {
                if (HTTP.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            process.waitFor(500, TimeUnit.MILLISECONDS);
        }
        throw new IllegalStateException(name + " did not become healthy within " + timeout + "; see " + log);
    }

    void stop() {
        askToStop();
        stoppedBy(Instant.now().plusSeconds(20));
    }

    private String logTail(int lines) {
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(log not readable: " + e.getMessage() + ")";
        }
    }

    private static Path executableJar(Path target) throws IOException {
        if (Files.isDirectory(target)) {
            try (var files = Files.list(target)) {
                var jar = files.filter(f -> f.getFileName().toString().endsWith("-exec.jar")).findFirst();
                if (jar.isPresent()) {
                    return jar.get();
                }
            }
        }
        throw new IllegalStateException("no executable jar in " + target + "; build first: ./mvnw -DskipTests package");
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
