package id.kinerja.query.provinsi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kinerja.query.history.History;
import id.kinerja.queryapi.provinsi.RingkasanPk;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The PK summaries stored in PostgreSQL under their names ({@code ringkasan_pk}, V13), as JSON: what one instance
 * composed, every instance reads, also after a restart. Reads run in the caller's transaction (a roll-up's, under its
 * row-level security); a name is written once and never changed.
 */
@Component
class RingkasanTabel {

    /** Names looked up per statement: five parameters each, well under PostgreSQL's 65,535. */
    private static final int NAMES_PER_READ = 1_000;

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    RingkasanTabel(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The stored summaries among these names. */
    Map<RingkasanTersimpan.Nama, RingkasanPk> read(Collection<RingkasanTersimpan.Nama> names) {
        Map<RingkasanTersimpan.Nama, RingkasanPk> found = new HashMap<>();
        select("r.ringkasan", names, (name, rs) -> found.put(name, parse(rs.getString("ringkasan"))));
        return found;
    }

    /** Which of these names have a stored summary (the summaries themselves not read). */
    Set<RingkasanTersimpan.Nama> stored(Collection<RingkasanTersimpan.Nama> names) {
        Set<RingkasanTersimpan.Nama> found = new HashSet<>();
        select("1", names, (name, rs) -> found.add(name));
        return found;
    }

    private interface Found {
        void row(RingkasanTersimpan.Nama name, ResultSet rs) throws SQLException;
    }

    private void select(String column, Collection<RingkasanTersimpan.Nama> names, Found found) {
        List<RingkasanTersimpan.Nama> asked = List.copyOf(names);
        for (int from = 0; from < asked.size(); from += NAMES_PER_READ) {
            List<RingkasanTersimpan.Nama> part = asked.subList(from, Math.min(asked.size(), from + NAMES_PER_READ));
            List<Object> params = new ArrayList<>();
            part.forEach(n -> params.addAll(List.of(n.tenant(), n.year(), n.opd(), History.timestamp(n.versi()),
                    n.seq())));
            jdbc.query("SELECT r.tenant, r.opd, r.year, r.recorded_at, r.seq, " + column + " FROM ringkasan_pk r"
                    + " WHERE (r.tenant, r.year, r.opd, r.recorded_at, r.seq) IN ("
                    + String.join(", ", part.stream().map(n -> "(?, ?, ?, ?, ?)").toList()) + ")", rs -> {
                found.row(new RingkasanTersimpan.Nama(rs.getString("tenant"), rs.getString("opd"), rs.getInt("year"),
                        rs.getTimestamp("recorded_at").toInstant(), rs.getLong("seq")), rs);
            }, params.toArray());
        }
    }

    /** Stores summaries not stored yet (another instance may have stored the same name: the first one stays). */
    void write(Map<RingkasanTersimpan.Nama, RingkasanPk> summaries) {
        if (summaries.isEmpty()) {
            return;
        }
        List<Object[]> rows = new ArrayList<>();
        summaries.forEach((n, summary) -> rows.add(new Object[] {n.tenant(), n.opd(), n.year(),
                History.timestamp(n.versi()), n.seq(), text(summary)}));
        jdbc.batchUpdate("INSERT INTO ringkasan_pk (tenant, opd, year, recorded_at, seq, ringkasan)"
                + " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING", rows);
    }

    private String text(RingkasanPk summary) {
        try {
            return json.writeValueAsString(summary);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a PK summary that cannot be written as JSON", e);
        }
    }

    private RingkasanPk parse(String text) {
        try {
            return json.readValue(text, RingkasanPk.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored PK summary that cannot be read: " + e.getOriginalMessage(), e);
        }
    }
}
