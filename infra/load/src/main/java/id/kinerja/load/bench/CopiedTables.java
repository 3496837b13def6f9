package id.kinerja.load.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The read-model tables the benchmark copies rows of in SQL ({@link Clones}, {@link ProvinceFill}). */
final class CopiedTables {

    /** Registers and work queues, not read models: copying them would add daerah to recaps or send notifications. */
    private static final Set<String> NOT_COPIED = Set.of("pemda", "notifikasi_keluar", "replay_run",
            "projection_quarantine");

    private CopiedTables() {
    }

    /**
     * Every public read-model table having all these columns, and its columns without generated ids. A PK's
     * {@code pk_versi.seq} is copied: it names the PK's facts at a moment, and a copy's facts are its source's, so
     * the roll-up's summaries stored under the source's names ({@code ringkasan_pk}) serve the copy too.
     */
    static Map<String, List<String>> having(Connection c, Set<String> columns) throws SQLException {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        String required = String.join(", ", columns.stream().map(column -> "'" + column + "'").toList());
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                SELECT table_name, column_name FROM information_schema.columns
                WHERE table_schema = 'public' AND is_generated = 'NEVER' AND is_identity = 'NO'
                  AND (coalesce(column_default, '') NOT LIKE 'nextval(%%' OR column_name = 'seq')
                  AND table_name IN (SELECT table_name FROM information_schema.columns
                                     WHERE table_schema = 'public' AND column_name IN (%s)
                                     GROUP BY table_name HAVING count(*) = %d)
                  AND table_name IN (SELECT table_name FROM information_schema.tables
                                     WHERE table_schema = 'public' AND table_type = 'BASE TABLE')
                ORDER BY table_name, ordinal_position""".formatted(required, columns.size()))) {
            while (rs.next()) {
                if (!NOT_COPIED.contains(rs.getString(1))) {
                    tables.computeIfAbsent(rs.getString(1), t -> new ArrayList<>()).add(rs.getString(2));
                }
            }
        }
        return tables;
    }
}
