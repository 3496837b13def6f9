package id.kinerja.query.history;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The moments at which a batch opened or closed rows of each PK, written to {@code pk_versi} (V12__pk_versi.sql) with
 * the rows: a row of a table kept by tenant, OPD and year, or an indicator a PK owns ({@code owner = pk/<year>}). A
 * moment earlier than rows already stored for the PK gives those rows the batch's newest seq, so what was kept under
 * their (recorded_at, seq) is not taken for the PK's facts any more.
 */
final class PkVersiBatch {

    private record Pk(String tenant, String opd, int year) {
    }

    private final Map<Pk, TreeSet<OffsetDateTime>> moments = new LinkedHashMap<>();

    /** Notes a change at {@code at} of a row with these key columns or values, if the row belongs to a PK. */
    void changed(Map<String, Object> columns, OffsetDateTime at) {
        if (!(columns.get("tenant") instanceof String tenant) || !(columns.get("opd") instanceof String opd)) {
            return;
        }
        Integer year = columns.get("year") instanceof Number n ? Integer.valueOf(n.intValue())
                : columns.get("owner") instanceof String owner && owner.matches("pk/\\d+")
                ? Integer.valueOf(owner.substring(3)) : null;
        if (year != null) {
            moments.computeIfAbsent(new Pk(tenant, opd, year), pk -> new TreeSet<>()).add(at);
        }
    }

    void write(JdbcTemplate jdbc) {
        if (moments.isEmpty()) {
            return;
        }
        List<Pk> pks = List.copyOf(moments.keySet());
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            lock(connection, pks);
            Inserted inserted = insert(connection);
            if (inserted.beforeLaterMoments()) {
                supersede(connection, pks, inserted.lowest(), inserted.highest());
            }
            return null;
        });
        moments.clear();
    }

    /**
     * Another instance may be writing the same PK's moments from another partition (the Renstra's or the reporting
     * cycle's rows): waiting for it lets {@link #supersede} see its rows. Locked in one order, so two batches never
     * wait for each other.
     */
    private void lock(Connection connection, List<Pk> pks) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("""
                SELECT count(pg_advisory_xact_lock(hashtext('pk_versi'), hashtext(k)))
                FROM (SELECT k FROM unnest(?::text[]) k ORDER BY k) ordered""")) {
            s.setArray(1, connection.createArrayOf("text",
                    pks.stream().map(pk -> pk.tenant() + "/" + pk.opd() + "/" + pk.year()).toArray()));
            s.executeQuery().close();
        }
    }

    /** The seqs the batch's moments were given, and whether one is earlier than a moment stored before for its PK. */
    private record Inserted(long lowest, long highest, boolean beforeLaterMoments) {
    }

    /**
     * Inserts every moment (a moment already stored takes a new seq). Whether a stored moment of the PK is later is
     * asked of the table as it was before this insert: one index step per moment, where an update looking for such
     * rows in every batch cost 1.6 ms a batch (infra/load, stage visible).
     */
    private Inserted insert(Connection connection) throws SQLException {
        List<String> tenants = new ArrayList<>();
        List<String> opds = new ArrayList<>();
        List<Integer> years = new ArrayList<>();
        List<String> times = new ArrayList<>();
        moments.forEach((pk, at) -> at.forEach(moment -> {
            tenants.add(pk.tenant());
            opds.add(pk.opd());
            years.add(pk.year());
            times.add(moment.toString());
        }));
        try (PreparedStatement s = connection.prepareStatement("""
                WITH given AS (
                    INSERT INTO pk_versi (tenant, opd, year, recorded_at)
                    SELECT * FROM unnest(?::text[], ?::text[], ?::int[], ?::text[]::timestamptz[])
                    ON CONFLICT (tenant, year, opd, recorded_at) DO UPDATE SET seq = EXCLUDED.seq
                    RETURNING tenant, opd, year, recorded_at, seq)
                SELECT min(g.seq), max(g.seq), coalesce(bool_or(EXISTS (SELECT 1 FROM pk_versi v
                           WHERE v.tenant = g.tenant AND v.year = g.year AND v.opd = g.opd
                             AND v.recorded_at > g.recorded_at)), false)
                FROM given g""")) {
            s.setArray(1, connection.createArrayOf("text", tenants.toArray()));
            s.setArray(2, connection.createArrayOf("text", opds.toArray()));
            s.setArray(3, connection.createArrayOf("integer", years.toArray()));
            s.setArray(4, connection.createArrayOf("text", times.toArray()));
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return new Inserted(rs.getLong(1), rs.getLong(2), rs.getBoolean(3));
            }
        }
    }

    /** Rows stored before this batch at moments after its earliest one for their PK take its highest seq. */
    private void supersede(Connection connection, List<Pk> pks, long lowest, long highest) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("""
                UPDATE pk_versi v SET seq = ?
                FROM unnest(?::text[], ?::text[], ?::int[], ?::text[]::timestamptz[]) AS b(tenant, opd, year, since)
                WHERE v.tenant = b.tenant AND v.year = b.year AND v.opd = b.opd AND v.recorded_at > b.since
                  AND v.seq < ?""")) {
            s.setLong(1, highest);
            s.setArray(2, connection.createArrayOf("text", pks.stream().map(Pk::tenant).toArray()));
            s.setArray(3, connection.createArrayOf("text", pks.stream().map(Pk::opd).toArray()));
            s.setArray(4, connection.createArrayOf("integer", pks.stream().map(Pk::year).toArray()));
            s.setArray(5, connection.createArrayOf("text",
                    pks.stream().map(pk -> moments.get(pk).first().toString()).toArray()));
            s.setLong(6, lowest);
            s.executeUpdate();
        }
    }
}
