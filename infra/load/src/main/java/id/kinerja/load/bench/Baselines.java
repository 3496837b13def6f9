package id.kinerja.load.bench;

import id.kinerja.load.send.Latencies;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The raw speed of the PostgreSQL the platform runs on, measured in the same run with plain JDBC in a database of its
 * own, so every figure of the platform can be put beside what the hardware gives at best:
 * <ul>
 *   <li>single-row INSERT + COMMIT of ~400-byte rows by 16 clients — what one stored event costs at least;</li>
 *   <li>ordered read of such rows by primary key, streamed — what a replay reads at best;</li>
 *   <li>a single-row read by primary key — the shortest possible query.</li>
 * </ul>
 */
public final class Baselines {

    /** What was measured. */
    public record Result(double insertCommitsPerSecond, double insertP50Millis, double insertP99Millis,
                         double orderedRowsPerSecond, long orderedRows, double pointReadP50Millis,
                         double pointReadP95Millis) {
    }

    private static final int ROW_BYTES = 400;

    private final String url;
    private final String user;
    private final String password;

    /** @param url a database of its own on the platform's PostgreSQL */
    public Baselines(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    public Result measure(int clients, Duration insertFor, long orderedRows) throws Exception {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS raw_insert");
            s.execute("CREATE TABLE raw_insert (id bigserial PRIMARY KEY, payload bytea NOT NULL)");
            s.execute("DROP TABLE IF EXISTS raw_read");
            s.execute("CREATE TABLE raw_read (id bigint PRIMARY KEY, payload bytea NOT NULL)");
            // ~400 bytes: 13 md5 hex strings
            s.execute("INSERT INTO raw_read SELECT g, convert_to(repeat(md5(g::text), 13), 'UTF8')"
                    + " FROM generate_series(1, " + orderedRows + ") g");
            s.execute("VACUUM ANALYZE raw_read");
        }
        Latencies inserts = new Latencies();
        long committed = insertCommit(clients, insertFor, inserts);
        double tps = committed / (insertFor.toMillis() / 1000.0);
        double rowsPerSecond = orderedRead(orderedRows);
        Latencies pointReads = pointReads(orderedRows, 2000);
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("DROP TABLE raw_insert");
            s.execute("DROP TABLE raw_read");
        }
        return new Result(tps, inserts.percentileMillis(50), inserts.percentileMillis(99), rowsPerSecond, orderedRows,
                pointReads.percentileMillis(50), pointReads.percentileMillis(95));
    }

    private long insertCommit(int clients, Duration duration, Latencies latencies) throws Exception {
        AtomicLong committed = new AtomicLong();
        long deadline = System.nanoTime() + duration.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            int client = i;
            running.add(pool.submit(() -> {
                byte[] row = new byte[ROW_BYTES];
                new SplittableRandom(client).nextBytes(row);
                try (Connection c = connect();
                     PreparedStatement insert = c.prepareStatement("INSERT INTO raw_insert (payload) VALUES (?)")) {
                    c.setAutoCommit(true); // every row its own transaction and commit
                    while (System.nanoTime() < deadline) {
                        long start = System.nanoTime();
                        insert.setBytes(1, row);
                        insert.executeUpdate();
                        latencies.record((System.nanoTime() - start) / 1000);
                        committed.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> future : running) {
            future.get();
        }
        pool.shutdown();
        return committed.get();
    }

    private double orderedRead(long rows) throws SQLException {
        try (Connection c = connect()) {
            c.setAutoCommit(false); // a cursor: rows stream in batches instead of the whole result at once
            try (PreparedStatement read = c.prepareStatement("SELECT id, payload FROM raw_read ORDER BY id")) {
                read.setFetchSize(5000);
                long start = System.nanoTime();
                long seen = 0;
                long bytes = 0;
                try (ResultSet rs = read.executeQuery()) {
                    while (rs.next()) {
                        seen++;
                        bytes += rs.getBytes(2).length + rs.getLong(1) % 2;
                    }
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                if (seen != rows || bytes == 0) {
                    throw new IllegalStateException("read " + seen + " of " + rows + " rows");
                }
                c.commit();
                return seen / seconds;
            }
        }
    }

    private Latencies pointReads(long rows, int reads) throws SQLException {
        Latencies latencies = new Latencies();
        SplittableRandom random = new SplittableRandom(42);
        try (Connection c = connect();
             PreparedStatement read = c.prepareStatement("SELECT payload FROM raw_read WHERE id = ?")) {
            for (int i = 0; i < reads; i++) {
                long start = System.nanoTime();
                read.setLong(1, random.nextLong(1, rows + 1));
                try (ResultSet rs = read.executeQuery()) {
                    rs.next();
                    rs.getBytes(1);
                }
                latencies.record((System.nanoTime() - start) / 1000);
            }
        }
        return latencies;
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }
}
