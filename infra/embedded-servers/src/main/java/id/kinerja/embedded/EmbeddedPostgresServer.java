package id.kinerja.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * A real PostgreSQL server, unpacked from a Maven artifact and started as a child process, so a machine with
 * only a JDK runs the platform and its tests. Tests share one server per JVM and get a fresh database each.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static EmbeddedPostgresServer shared;

    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** A fast, throw-away server for tests: no fsync, commits not waited for; data in a temporary directory. */
    public static EmbeddedPostgresServer start(int port) {
        return start(port, null, false);
    }

    /**
     * Starts a server on the given port (0 for any free port). With a data directory its data are kept there across
     * restarts (created on first use); durable, every commit is on disk before it is acknowledged (fsync and
     * synchronous_commit on, PostgreSQL's defaults) — for data that must survive a power cut. Not durable, both are
     * off: fast, for tests.
     */
    public static EmbeddedPostgresServer start(int port, Path dataDirectory, boolean durable) {
        return start(port, dataDirectory, durable, Map.of());
    }

    /** As {@link #start(int, Path, boolean)}, with server settings that override those (a benchmark's, say). */
    public static EmbeddedPostgresServer start(int port, Path dataDirectory, boolean durable,
                                               Map<String, String> settings) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setServerConfig("max_connections", "300")
                    .setServerConfig("fsync", durable ? "on" : "off")
                    .setServerConfig("synchronous_commit", durable ? "on" : "off")
                    .setServerConfig("full_page_writes", durable ? "on" : "off");
            settings.forEach(builder::setServerConfig);
            if (port > 0) {
                builder.setPort(port);
            }
            if (dataDirectory != null) {
                stopLeftover(dataDirectory);
                builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
            }
            return new EmbeddedPostgresServer(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("could not start embedded PostgreSQL", e);
        }
    }

    /**
     * A server left running on this data directory by a launcher that was killed (its postmaster outlives it) is
     * shut down first — fast shutdown (SIGINT): open transactions roll back, committed data stay.
     */
    private static void stopLeftover(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        String firstLine = Files.readAllLines(pidFile).stream().findFirst().orElse("").trim();
        if (!firstLine.matches("\\d+")) {
            return;
        }
        ProcessHandle.of(Long.parseLong(firstLine)).filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(false))
                .ifPresent(postmaster -> {
                    try {
                        new ProcessBuilder("kill", "-INT", Long.toString(postmaster.pid())).start().waitFor();
                        postmaster.onExit().get(60, java.util.concurrent.TimeUnit.SECONDS);
                    } catch (Exception e) {
                        throw new IllegalStateException("PostgreSQL left running on " + dataDirectory
                                + " (pid " + postmaster.pid() + ") did not stop", e);
                    }
                });
    }

    /** The one server of this JVM, started on first use and stopped when the JVM exits. */
    public static synchronized EmbeddedPostgresServer shared() {
        if (shared == null) {
            shared = start(0);
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close, "embedded-postgres-stop"));
        }
        return shared;
    }

    /** Creates an empty database with a unique name derived from the prefix and returns its JDBC URL. */
    public String createDatabase(String prefix) {
        String name = (prefix.toLowerCase().replaceAll("[^a-z0-9]", "_") + "_" + COUNTER.incrementAndGet());
        if (name.length() > 63) {
            name = "db_" + COUNTER.incrementAndGet();
        }
        return createDatabaseNamed(name);
    }

    /** Creates the named database if it does not exist yet and returns its JDBC URL. */
    public String createDatabaseNamed(String name) {
        if (!DATABASE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a plain database name: " + name);
        }
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            var exists = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'");
            if (!exists.next()) {
                statement.execute("CREATE DATABASE " + name);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + name, e);
        }
        return jdbcUrl(name);
    }

    public String jdbcUrl(String database) {
        return postgres.getJdbcUrl("postgres", database);
    }

    public int port() {
        return postgres.getPort();
    }

    public String username() {
        return "postgres";
    }

    public String password() {
        return "postgres";
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
