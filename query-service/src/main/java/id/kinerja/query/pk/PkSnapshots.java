package id.kinerja.query.pk;

import com.fasterxml.jackson.core.JsonProcessingException;
import id.kinerja.api.common.Signatory;
import id.kinerja.query.consumer.EnvelopeReader;
import id.kinerja.query.history.NilaiColumns;
import id.kinerja.query.history.PkRows;
import id.kinerja.query.history.Saat;
import id.kinerja.query.pemda.Tenants;
import id.kinerja.queryapi.pk.PkSnapshot;
import id.kinerja.queryapi.pk.Revisi;
import id.kinerja.web.TidakDitemukan;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Loads a {@link PkSnapshot} at a moment: a handful of indexed range queries, no replay. Every query is filtered by
 * tenant first; a tenant or OPD unknown at that time is a 404.
 */
@Component
public class PkSnapshots {

    private final NamedParameterJdbcTemplate jdbc;
    private final Tenants tenants;

    public PkSnapshots(NamedParameterJdbcTemplate jdbc, Tenants tenants) {
        this.jdbc = jdbc;
        this.tenants = tenants;
    }

    public PkSnapshot require(String tenant, String opd, int year, Instant asOf) {
        tenants.require(tenant, asOf);
        return load(tenant, opd, year, Saat.asOf(asOf));
    }

    /**
     * The moment a PK stood under a revision, as of {@code asOf}: that moment itself for the revision in force (or
     * none asked), else just before the next revision was recorded; 404 for a revision not signed by then.
     */
    public Saat underRevision(String tenant, String opd, int year, Instant asOf, Integer revisi) {
        PkSnapshot current = require(tenant, opd, year, asOf);
        if (revisi == null || (current.inForce() != null && revisi == current.inForce().revision())) {
            return Saat.asOf(asOf);
        }
        return revisions(tenant, opd, year, asOf).stream().filter(r -> r.revision() == revisi + 1).findFirst()
                .map(next -> Saat.justBefore(next.recordedAt()))
                .orElseThrow(() -> new TidakDitemukan("revisi " + revisi + " dari PK " + tenant + "/" + opd + "/pk/" + year
                        + " tidak ada per " + asOf));
    }

    /** The revisions signed at a moment: 0 = PK induk, n = PK Perubahan n. */
    public List<Revisi> revisions(String tenant, String opd, int year, Saat saat) {
        return revisions(PkRows.pk(tenant, opd, year, saat)).getOrDefault(new PkRows.Key(tenant, opd), List.of());
    }

    public List<Revisi> revisions(String tenant, String opd, int year, Instant asOf) {
        return revisions(tenant, opd, year, Saat.asOf(asOf));
    }

    /** The PK at a moment; 404 when the OPD or the PK did not exist then. */
    public PkSnapshot load(String tenant, String opd, int year, Saat saat) {
        PkRows.Key key = new PkRows.Key(tenant, opd);
        PkSnapshot pk = read(PkRows.pk(tenant, opd, year, saat), year, Map.of(key,
                tenants.requireOpd(tenant, opd, saat.at()))).get(key);
        if (pk == null) {
            throw new TidakDitemukan("Perjanjian Kinerja " + tenant + "/" + opd + "/pk/" + year + " tidak ada per "
                    + saat.at());
        }
        return pk;
    }

    /**
     * Every PK the rows name (e.g. of the year of some daerah) at their moment, by daerah and perangkat daerah: what
     * {@link #load} gives for each, read with one query per table for all of them.
     */
    public Map<PkRows.Key, PkSnapshot> loadAll(PkRows rows, int year) {
        Saat saat = rows.saat();
        Map<PkRows.Key, String> opdNames = new HashMap<>();
        jdbc.query("SELECT x.tenant, x.opd, x.name FROM perangkat_daerah x WHERE " + rows.tenantCondition() + " AND "
                + saat.on("x"), rows.params(), rs -> {
            opdNames.put(PkRows.Key.of(rs), rs.getString("name"));
        });
        return read(rows, year, opdNames);
    }

    private Map<PkRows.Key, PkSnapshot> read(PkRows rows, int year, Map<PkRows.Key, String> opdNames) {
        MapSqlParameterSource params = rows.params();
        Map<PkRows.Key, String> renstra = new TreeMap<>(Comparator.comparing(PkRows.Key::tenant)
                .thenComparing(PkRows.Key::opd));
        jdbc.query("SELECT x.tenant, x.opd, x.renstra_period FROM perjanjian_kinerja x WHERE " + rows.where(), params,
                rs -> {
                    renstra.put(PkRows.Key.of(rs), rs.getString("renstra_period"));
                });
        if (renstra.isEmpty()) {
            return Map.of();
        }
        Map<PkRows.Key, List<Revisi>> revisions = revisions(rows);
        Map<PkRows.Key, List<PkSnapshot.Node>> nodes = new HashMap<>();
        jdbc.query("SELECT x.tenant, x.opd, x.level, x.code, x.parent_code, x.name, x.revision, x.nomenklatur FROM "
                + "pk_node x WHERE " + rows.where(), params, rs -> {
            nodes.computeIfAbsent(PkRows.Key.of(rs), k -> new ArrayList<>()).add(new PkSnapshot.Node(
                    rs.getString("level"), rs.getString("code"), rs.getString("parent_code"), rs.getString("name"),
                    rs.getInt("revision"), rs.getString("nomenklatur")));
        });
        Map<PkRows.Key, List<PkSnapshot.Indikator>> indicators = new HashMap<>();
        jdbc.query("SELECT x.tenant, x.opd, x.level, x.node_code, x.code, x.name, x.unit, x.polarity, x.combination,"
                + " x.scale, x.formula, x.position FROM indikator x WHERE " + rows.whereOwnedByPk(), params, rs -> {
            indicators.computeIfAbsent(PkRows.Key.of(rs), k -> new ArrayList<>()).add(new PkSnapshot.Indikator(
                    rs.getString("level"), rs.getString("node_code"), rs.getString("code"), rs.getString("name"),
                    rs.getString("unit"), rs.getString("polarity"), rs.getString("combination"),
                    rs.getString("scale"), rs.getString("formula"), rs.getInt("position")));
        });
        Map<PkRows.Key, Map<String, PkSnapshot.Target>> targets = new HashMap<>();
        jdbc.query("SELECT x.tenant, x.opd, x.indicator_code, " + NilaiColumns.columns("x", "target")
                + ", x.revision FROM pk_target x WHERE " + rows.where(), params, rs -> {
            targets.computeIfAbsent(PkRows.Key.of(rs), k -> new HashMap<>()).put(rs.getString("indicator_code"),
                    new PkSnapshot.Target(NilaiColumns.read(rs, "target"), rs.getInt("revision")));
        });
        Map<PkRows.Key, Map<String, PkSnapshot.Pagu>> pagu = new HashMap<>();
        jdbc.query("SELECT x.tenant, x.opd, x.sub_kegiatan_code, x.pagu, x.revision FROM pk_pagu x"
                + " WHERE x.pagu IS NOT NULL AND " + rows.where(), params, rs -> {
            pagu.computeIfAbsent(PkRows.Key.of(rs), k -> new HashMap<>()).put(rs.getString("sub_kegiatan_code"),
                    new PkSnapshot.Pagu(rs.getLong("pagu"), rs.getInt("revision")));
        });
        Map<PkRows.Key, PkSnapshot> snapshots = new LinkedHashMap<>();
        renstra.forEach((key, period) -> {
            String opdName = opdNames.get(key);
            if (opdName == null) {
                throw new TidakDitemukan("perangkat daerah '" + key.tenant() + "/" + key.opd() + "' tidak dikenal per "
                        + rows.saat().at());
            }
            List<Revisi> signed = revisions.getOrDefault(key, List.of());
            snapshots.put(key, new PkSnapshot(key.tenant(), key.opd(), opdName, year, period, rows.saat().at(),
                    signed.isEmpty() ? null : signed.get(signed.size() - 1), nodes.getOrDefault(key, List.of()),
                    indicators.getOrDefault(key, List.of()), targets.getOrDefault(key, Map.of()),
                    pagu.getOrDefault(key, Map.of())));
        });
        return snapshots;
    }

    private Map<PkRows.Key, List<Revisi>> revisions(PkRows rows) {
        Map<PkRows.Key, List<Revisi>> byPk = new HashMap<>();
        jdbc.query("SELECT * FROM pk_revisi x WHERE " + rows.where() + " ORDER BY x.revision", rows.params(), rs -> {
            byPk.computeIfAbsent(PkRows.Key.of(rs), k -> new ArrayList<>()).add(revisi(rs, 0));
        });
        return byPk;
    }

    private Revisi revisi(ResultSet rs, int row) throws SQLException {
        int revision = rs.getInt("revision");
        return new Revisi(revision, Revisi.jenis(revision), rs.getString("reason"), rs.getString("explanation"),
                rs.getObject("effective_date", java.time.LocalDate.class),
                rs.getObject("signed_on", java.time.LocalDate.class), rs.getString("place"),
                signatory(rs.getString("pihak_pertama")), signatory(rs.getString("pihak_kedua")),
                rs.getObject("recorded_from", java.time.OffsetDateTime.class).toInstant());
    }

    private static Signatory signatory(String json) {
        try {
            return json == null ? null : EnvelopeReader.mapper().readValue(json, Signatory.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
