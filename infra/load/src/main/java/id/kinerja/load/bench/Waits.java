package id.kinerja.load.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * PostgreSQL's side of the profile: what the platform's sessions are doing, sampled from {@code pg_stat_activity}
 * every 50 ms — running on CPU, or waiting, and for what (a lock such as the event chain's advisory lock, a WAL
 * flush, a client that has not sent its next statement yet). Per stage, the share of samples of each state.
 */
final class Waits implements AutoCloseable {

    private static final String SAMPLE = """
            SELECT CASE WHEN state = 'active' THEN coalesce(wait_event_type || ':' || wait_event, 'CPU')
                        WHEN state LIKE 'idle in transaction%' THEN state || ' after "' || left(query, 60) || '"'
                        ELSE coalesce(state, backend_type) END, count(*)
            FROM pg_stat_activity
            WHERE datname IN ('kinerja_events', 'kinerja_query') AND pid <> pg_backend_pid()
            GROUP BY 1""";

    private final Connection connection;
    private final Map<String, Map<String, Long>> samples = new LinkedHashMap<>();
    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "pg-wait-sampler");
        thread.setDaemon(true);
        return thread;
    });
    private volatile String stage = "start";

    Waits(String url, String user, String password) throws SQLException {
        this.connection = DriverManager.getConnection(url, user, password);
        sampler.scheduleAtFixedRate(this::sample, 0, 50, TimeUnit.MILLISECONDS);
    }

    void stage(String name) {
        stage = name;
    }

    /** Stage → session state or wait → share of sampled sessions, in percent; idle sessions are left out. */
    synchronized Map<String, Map<String, Double>> shares() {
        Map<String, Map<String, Double>> shares = new LinkedHashMap<>();
        samples.forEach((stage, counts) -> {
            long busy = counts.entrySet().stream().filter(e -> !e.getKey().equals("idle"))
                    .mapToLong(Map.Entry::getValue).sum();
            Map<String, Double> share = new TreeMap<>();
            counts.forEach((what, n) -> {
                if (!what.equals("idle") && busy > 0) {
                    share.put(what, n * 100.0 / busy);
                }
            });
            shares.put(stage, share);
        });
        return shares;
    }

    private void sample() {
        String current = stage;
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(SAMPLE)) {
            synchronized (this) {
                Map<String, Long> counts = samples.computeIfAbsent(current, k -> new TreeMap<>());
                while (rs.next()) {
                    // a null key would end the sampling: a failed scheduled run is never run again
                    counts.merge(String.valueOf(rs.getString(1)), rs.getLong(2), Long::sum);
                }
            }
        } catch (SQLException e) {
            // the server is going away with the platform
        }
    }

    @Override
    public void close() throws SQLException {
        sampler.shutdownNow();
        connection.close();
    }
}
