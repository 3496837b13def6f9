package id.kinerja.embedded;

import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;

/**
 * A real Kafka broker (one KRaft node, broker and controller) run from the Kafka jars on this JVM's classpath as a
 * child process with its log in a data directory: it survives a restart of its own (the local stack's data are kept
 * across runs) and can be killed like any server (the fault suite kills it with SIGKILL and starts it again). The
 * directory is formatted once with a cluster id kept beside it. Durable, every record is flushed to disk before it
 * is acknowledged; fast (tests), the operating system decides.
 */
public final class KafkaServerProcess implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(KafkaServerProcess.class);
    private static final String BOOT_LAUNCHER = "org.springframework.boot.loader.launch.PropertiesLauncher";

    private final Path directory;
    private final int port;
    private final Path properties;
    private final Path logFile;
    private Process process;

    private KafkaServerProcess(Path directory, int port, Path properties, Path logFile) {
        this.directory = directory;
        this.port = port;
        this.properties = properties;
        this.logFile = logFile;
    }

    /**
     * Formats {@code directory} unless it holds a broker's data already, starts the broker on {@code port} (its
     * controller on the next port) and returns once it accepts connections.
     */
    public static KafkaServerProcess start(Path directory, int port, boolean durable, Path logFile) {
        try {
            Files.createDirectories(directory);
            Path logs = directory.resolve("log");
            Path properties = directory.resolve("server.properties");
            Files.writeString(properties, settings(logs, port, durable));
            Path logback = directory.resolve("logback.xml");
            Files.writeString(logback, LOGBACK);
            format(directory, properties);
            KafkaServerProcess server = new KafkaServerProcess(directory, port, properties, logFile);
            server.launch();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start Kafka in " + directory, e);
        }
    }

    public String bootstrapServers() {
        return "localhost:" + port;
    }

    /** Starts the broker again on the same data, e.g. after {@link #kill()}. */
    public void restart() {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException("Kafka is still running");
        }
        launch();
    }

    /** SIGKILL: no shutdown, no flush, as a crash or an operator's {@code kill -9} would. */
    public void kill() {
        if (process != null) {
            process.destroyForcibly();
            waitFor(Duration.ofSeconds(30));
        }
    }

    public long pid() {
        return process.pid();
    }

    public boolean alive() {
        return process != null && process.isAlive();
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!waitFor(Duration.ofSeconds(30))) {
                process.destroyForcibly();
                waitFor(Duration.ofSeconds(10));
            }
        }
    }

    private void launch() {
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx512m",
                "-Dlogback.configurationFile=" + directory.resolve("logback.xml")));
        command.addAll(mainClass("kafka.Kafka"));
        command.add(properties.toString());
        try {
            Files.createDirectories(logFile.getParent());
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile())).start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start Kafka", e);
        }
        awaitListening(Duration.ofMinutes(2));
        log.info("Kafka broker up on {} (data in {}, log {})", bootstrapServers(), directory, logFile);
    }

    private void awaitListening(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Kafka stopped during start-up; see " + logFile);
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("localhost", port), 500);
                return;
            } catch (IOException notYet) {
                waitFor(Duration.ofMillis(250));
            }
        }
        throw new IllegalStateException("Kafka did not listen on " + port + " within " + timeout + "; see " + logFile);
    }

    private boolean waitFor(Duration duration) {
        try {
            return process.waitFor(duration.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Formats the log directory with the cluster id kept beside it; an already formatted directory is left as is. */
    private static void format(Path directory, Path properties) throws IOException {
        Path idFile = directory.resolve("cluster.id");
        if (!Files.exists(idFile)) {
            Files.writeString(idFile, Uuid.randomUuid().toString());
        }
        String clusterId = Files.readString(idFile).trim();
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        int exit = StorageTool.execute(new String[]{"format", "-t", clusterId, "-c", properties.toString(),
                "--ignore-formatted"}, new PrintStream(output, true, StandardCharsets.UTF_8));
        if (exit != 0) {
            throw new IllegalStateException("could not format Kafka's log directory: " + output);
        }
    }

    private static String settings(Path logs, int port, boolean durable) {
        int controller = port + 1;
        String settings = """
                process.roles=broker,controller
                node.id=1
                controller.quorum.voters=1@localhost:%d
                listeners=PLAINTEXT://localhost:%d,CONTROLLER://localhost:%d
                advertised.listeners=PLAINTEXT://localhost:%d
                controller.listener.names=CONTROLLER
                inter.broker.listener.name=PLAINTEXT
                listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
                log.dirs=%s
                auto.create.topics.enable=false
                unclean.leader.election.enable=false
                offsets.topic.replication.factor=1
                transaction.state.log.replication.factor=1
                transaction.state.log.min.isr=1
                group.initial.rebalance.delay.ms=0
                """.formatted(controller, port, controller, port, logs.toString().replace('\\', '/'));
        // One broker has no replica to fall back on: durable, a record is on disk before it is acknowledged.
        return durable ? settings + "log.flush.interval.messages=1\n" : settings;
    }

    /** The JVM arguments that run a main class from this JVM's classpath, also from a Spring Boot executable jar. */
    private static List<String> mainClass(String main) {
        String classpath = System.getProperty("java.class.path");
        if (!classpath.contains(File.pathSeparator) && classpath.endsWith(".jar") && bootJar(classpath)) {
            return List.of("-cp", classpath, "-Dloader.main=" + main, BOOT_LAUNCHER);
        }
        return List.of("-cp", classpath, main);
    }

    private static boolean bootJar(String jar) {
        try (JarFile file = new JarFile(jar)) {
            return file.getEntry("BOOT-INF/lib/") != null;
        } catch (IOException e) {
            return false;
        }
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static final String LOGBACK = """
            <configuration>
              <appender name="OUT" class="ch.qos.logback.core.ConsoleAppender">
                <encoder><pattern>%d{ISO8601} %-5level [%thread] %logger{36} - %msg%n</pattern></encoder>
              </appender>
              <logger name="kafka" level="WARN"/>
              <logger name="org.apache.kafka" level="WARN"/>
              <logger name="state.change.logger" level="WARN"/>
              <root level="INFO"><appender-ref ref="OUT"/></root>
            </configuration>
            """;
}
