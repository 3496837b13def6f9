package id.kinerja.query.support;

import id.kinerja.query.replay.ReadModelTables;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Every row of every read-model table (of one tenant, or all), without surrogate ids, in a stable order. */
public final class ReadModelRows {

    private ReadModelRows() {
    }

    public static Map<String, List<String>> of(JdbcTemplate jdbc, String tenant) {
        return of(jdbc, "public", tenant);
    }

    public static Map<String, List<String>> of(JdbcTemplate jdbc, String schema, String tenant) {
        Map<String, List<String>> rows = new TreeMap<>();
        for (String table : ReadModelTables.ALL) {
            if (table.equals("ringkasan_pk")) {
                continue; // the roll-up's summaries: what was composed so far, not rebuilt (a replay clears them)
            }
            // When an event was set aside is when it was processed, and a PK's seq when its moment was written: not
            // part of what was rebuilt.
            String sql = "SELECT (to_jsonb(t) - 'id' - 'quarantined_at' - 'seq')::text AS r FROM " + schema + "." + table
                    + " t" + (tenant == null ? "" : " WHERE tenant = ?") + " ORDER BY 1";
            rows.put(table, tenant == null ? jdbc.queryForList(sql, String.class)
                    : jdbc.queryForList(sql, String.class, tenant));
        }
        return rows;
    }
}
