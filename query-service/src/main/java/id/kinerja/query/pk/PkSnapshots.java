package id.kinerja.query.pk;

import com.fasterxml.jackson.core.JsonProcessingException;
import id.kinerja.api.common.Signatory;
import id.kinerja.query.consumer.EnvelopeReader;
import id.kinerja.query.history.AsOfSql;
import id.kinerja.query.history.History;
import id.kinerja.query.history.NilaiColumns;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

    /** The OPDs of a tenant with a PK for the year, as of then. */
    public List<String> opdsWithPk(String tenant, int year, Instant asOf) {
        return jdbc.queryForList("SELECT k.opd FROM perjanjian_kinerja k WHERE k.tenant = :tenant AND k.year = :year"
                + " AND " + AsOfSql.on("k") + " ORDER BY k.opd", Saat.asOf(asOf).pk(tenant, "", year), String.class);
    }

    /** The revisions signed at a moment: 0 = PK induk, n = PK Perubahan n. */
    public List<Revisi> revisions(String tenant, String opd, int year, Saat saat) {
        return jdbc.query("SELECT * FROM pk_revisi x WHERE x.tenant = :tenant AND x.opd = :opd AND x.year = :year"
                + " AND " + saat.on("x") + " ORDER BY x.revision", saat.pk(tenant, opd, year), this::revisi);
    }

    public List<Revisi> revisions(String tenant, String opd, int year, Instant asOf) {
        return revisions(tenant, opd, year, Saat.asOf(asOf));
    }

    /** The PK at a moment; 404 when the OPD or the PK did not exist then. */
    public PkSnapshot load(String tenant, String opd, int year, Saat saat) {
        String opdName = tenants.requireOpd(tenant, opd, saat.at());
        MapSqlParameterSource params = saat.pk(tenant, opd, year);
        String key = "x.tenant = :tenant AND x.opd = :opd AND x.year = :year AND " + saat.on("x");
        List<String> renstra = jdbc.queryForList("SELECT renstra_period FROM perjanjian_kinerja x WHERE " + key,
                params, String.class);
        if (renstra.isEmpty()) {
            throw new TidakDitemukan("Perjanjian Kinerja " + tenant + "/" + opd + "/pk/" + year + " tidak ada per "
                    + saat.at());
        }
        List<Revisi> revisions = revisions(tenant, opd, year, saat);
        List<PkSnapshot.Node> nodes = jdbc.query("SELECT level, code, parent_code, name, revision, nomenklatur FROM "
                        + "pk_node x WHERE " + key + " ORDER BY x.code", params,
                (rs, i) -> new PkSnapshot.Node(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getInt(5), rs.getString(6)));
        List<PkSnapshot.Indikator> indicators = jdbc.query("""
                        SELECT level, node_code, code, name, unit, polarity, combination, scale, formula, position
                        FROM indikator x WHERE x.tenant = :tenant AND x.opd = :opd AND x.owner = :owner AND\s"""
                        + saat.on("x"), params.addValue("owner", "pk/" + year),
                (rs, i) -> new PkSnapshot.Indikator(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                        rs.getString(9), rs.getInt(10)));
        Map<String, PkSnapshot.Target> targets = new HashMap<>();
        jdbc.query("SELECT x.indicator_code, " + NilaiColumns.columns("x", "target") + ", x.revision FROM pk_target x"
                + " WHERE " + key, params, rs -> {
            targets.put(rs.getString("indicator_code"), new PkSnapshot.Target(NilaiColumns.read(rs, "target"),
                    rs.getInt("revision")));
        });
        Map<String, PkSnapshot.Pagu> pagu = new HashMap<>();
        jdbc.query("SELECT sub_kegiatan_code, pagu, revision FROM pk_pagu x WHERE x.pagu IS NOT NULL AND " + key,
                params, rs -> {
                    pagu.put(rs.getString(1), new PkSnapshot.Pagu(rs.getLong(2), rs.getInt(3)));
                });
        return new PkSnapshot(tenant, opd, opdName, year, renstra.get(0), saat.at(),
                revisions.isEmpty() ? null : revisions.get(revisions.size() - 1), nodes, indicators, targets, pagu);
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

    static MapSqlParameterSource params(String tenant, String opd, int year, Instant asOf) {
        return new MapSqlParameterSource("tenant", tenant).addValue("opd", opd).addValue("year", year)
                .addValue("asOf", History.timestamp(asOf));
    }
}
