package id.kinerja.load.bench;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
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
            Map<String, List<String>> tables = CopiedTables.having(c, Set.of("tenant"));
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
}
