package id.kinerja.load.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which statements PostgreSQL spent a stage's time on, from {@code pg_stat_statements} (loaded when the benchmark
 * profiles): read and reset at every change of stage, so each stage's list holds only its own statements.
 */
final class Statements implements AutoCloseable {

    /** One normalised statement's share of a stage. */
    record Top(String database, String query, long calls, double totalMillis, long rows) {
    }

    static final String LIBRARY = "pg_stat_statements";
    private static final int TOP = 6;
    private static final String READ = """
            SELECT d.datname, s.query, s.calls, s.total_exec_time, s.rows
            FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid
            WHERE d.datname IN ('kinerja_events', 'kinerja_query')
            ORDER BY s.total_exec_time DESC LIMIT ?""";

    private final Connection connection;
    private final Map<String, List<Top>> byStage = new LinkedHashMap<>();
    private String stage = "start";

    Statements(String url, String user, String password) throws SQLException {
        this.connection = DriverManager.getConnection(url, user, password);
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE EXTENSION IF NOT EXISTS " + LIBRARY);
            s.execute("SELECT pg_stat_statements_reset()");
        }
    }

    /** Closes the stage that ran until now and starts counting for {@code next}. */
    synchronized void stage(String next) {
        List<Top> top = new ArrayList<>();
        try (PreparedStatement read = connection.prepareStatement(READ)) {
            read.setInt(1, TOP);
            try (ResultSet rs = read.executeQuery()) {
                while (rs.next()) {
                    top.add(new Top(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getDouble(4), rs.getLong(5)));
                }
            }
            try (Statement reset = connection.createStatement()) {
                reset.execute("SELECT pg_stat_statements_reset()");
            }
        } catch (SQLException e) {
            top.add(new Top("", "pg_stat_statements not read: " + e.getMessage(), 0, 0, 0));
        }
        byStage.put(stage, top);
        stage = next;
    }

    /** Stage → its most expensive statements, by total execution time. */
    synchronized Map<String, List<Top>> byStage() {
        return byStage;
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
