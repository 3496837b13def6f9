package id.kinerja.query.replay;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The replay's tables beside the live ones: schema {@value #SCHEMA} holds a copy of every read-model table's shape
 * (ids from the same sequences, so rows move across unchanged). A replay batch writes there by putting the schema
 * first on its search path; the switch replaces the tenant's live rows (or all) with the rebuilt ones in one
 * transaction, so a reader sees the old complete rows or the new complete rows, never a half-built tenant.
 */
@Component
class ReplayTables {

    static final String SCHEMA = "kinerja_replay";

    private final JdbcTemplate jdbc;

    ReplayTables(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A fresh, empty schema of replay tables (whatever a failed replay left is dropped). */
    void prepare() {
        jdbc.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
        jdbc.execute("CREATE SCHEMA " + SCHEMA);
        for (String table : ReadModelTables.ALL) {
            jdbc.execute("CREATE TABLE " + SCHEMA + "." + table + " (LIKE public." + table + " INCLUDING ALL)");
        }
    }

    boolean present() {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = ?)", Boolean.class, SCHEMA));
    }

    /** Inside the caller's transaction: the live rows of the tenant (or all) become the rebuilt ones. */
    void switchIn(String tenant) {
        for (String table : ReadModelTables.ALL) {
            if (tenant == null) {
                jdbc.update("DELETE FROM public." + table);
            } else {
                jdbc.update("DELETE FROM public." + table + " WHERE tenant = ?", tenant);
            }
            jdbc.update("INSERT INTO public." + table + " SELECT * FROM " + SCHEMA + "." + table);
        }
    }

    void drop() {
        jdbc.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
    }
}
