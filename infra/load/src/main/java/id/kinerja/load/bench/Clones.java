package id.kinerja.load.bench;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Read models as large as many provinces' would be, without hours of commands: every row of the loaded daerah copied
 * {@code times} times under other tenant codes ({@code c7-35.01}), straight in SQL. The as-of reads, the roll-up and
 * the documents that follow still ask for the loaded daerah: they then find their rows among {@code times + 1} as
 * many, in indexes {@code times + 1} as large, most of it no longer in PostgreSQL's buffers — what a national
 * database would make of them. The copies are not daerah of the province (the {@code pemda} register is not copied),
 * so no recap counts them; nothing is copied into the event store or the topic.
 */
final class Clones {

    /** What was copied. */
    record Result(int times, long rows, long readModelBytes, double seconds) {
    }

    /** Registers and work queues, not read models: copying them would add daerah to recaps or send notifications. */
    static final Set<String> NOT_COPIED = Set.of("pemda", "notifikasi_keluar", "replay_run",
            "projection_quarantine");

    /** Columns copied with the copy's prefix: the tenant, and event ids that are unique on their own. */
    private static final Set<String> UNIQUE_PER_ROW = Set.of("tenant", "event_id");

    private final String url;
    private final String user;
    private final String password;
    private final PrintStream out;

    Clones(String url, String user, String password, PrintStream out) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.out = out;
    }

    Result copy(int times) throws SQLException {
        long start = System.nanoTime();
        long rows = 0;
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            Map<String, List<String>> tables = tables(c);
            for (int n = 1; n <= times; n++) {
                for (Map.Entry<String, List<String>> table : tables.entrySet()) {
                    String columns = String.join(", ", table.getValue());
                    String prefix = "'c" + n + "-' || ";
                    String values = String.join(", ", table.getValue().stream()
                            .map(column -> UNIQUE_PER_ROW.contains(column) ? prefix + column : column).toList());
                    try (Statement s = c.createStatement()) {
                        rows += s.executeUpdate("INSERT INTO " + table.getKey() + " (" + columns + ") SELECT "
                                + values + " FROM " + table.getKey() + " WHERE tenant NOT LIKE 'c%-%'");
                    }
                }
                out.printf("  read models copied %d of %d times: %,d rows%n", n, times, rows);
            }
            try (Statement s = c.createStatement()) {
                s.execute("VACUUM ANALYZE");
            }
            long bytes;
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT pg_database_size(current_database())")) {
                rs.next();
                bytes = rs.getLong(1);
            }
            return new Result(times, rows, bytes, (System.nanoTime() - start) / 1e9);
        }
    }

    /** Every public table with a tenant column, and its columns without generated ids. */
    private static Map<String, List<String>> tables(Connection c) throws SQLException {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                SELECT table_name, column_name FROM information_schema.columns
                WHERE table_schema = 'public' AND is_generated = 'NEVER' AND is_identity = 'NO'
                  AND coalesce(column_default, '') NOT LIKE 'nextval(%'
                  AND table_name IN (SELECT table_name FROM information_schema.columns
                                     WHERE table_schema = 'public' AND column_name = 'tenant')
                  AND table_name IN (SELECT table_name FROM information_schema.tables
                                     WHERE table_schema = 'public' AND table_type = 'BASE TABLE')
                ORDER BY table_name, ordinal_position""")) {
            while (rs.next()) {
                if (!NOT_COPIED.contains(rs.getString(1))) {
                    tables.computeIfAbsent(rs.getString(1), t -> new ArrayList<>()).add(rs.getString(2));
                }
            }
        }
        return tables;
    }
}
