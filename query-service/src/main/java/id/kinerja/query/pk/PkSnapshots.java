package id.kinerja.query.pk;

import com.fasterxml.jackson.core.JsonProcessingException;
import id.kinerja.api.common.Signatory;
import id.kinerja.query.consumer.EnvelopeReader;
import id.kinerja.query.history.AsOf;
import id.kinerja.query.history.History;
import id.kinerja.query.history.NilaiColumns;
import id.kinerja.query.pemda.Tenants;
import id.kinerja.query.web.NotFound;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads a {@link PkSnapshot} as of a recorded time: a handful of indexed range queries, no replay. Every query is
 * filtered by tenant first; a tenant or OPD unknown at that time is a 404.
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
        String opdName = tenants.requireOpd(tenant, opd, asOf);
        return load(tenant, opd, opdName, year, asOf, false);
    }

    /** The PK the instant before {@code at}: the "before" of a revision recorded at {@code at}. */
    public PkSnapshot justBefore(String tenant, String opd, int year, Instant at) {
        String opdName = tenants.requireOpd(tenant, opd, at);
        return load(tenant, opd, opdName, year, at, true);
    }

    /** The OPDs of a tenant with a PK for the year, as of then. */
    public List<String> opdsWithPk(String tenant, int year, Instant asOf) {
        return jdbc.queryForList("SELECT k.opd FROM perjanjian_kinerja k WHERE k.tenant = :tenant AND k.year = :year"
                + " AND " + AsOf.on("k") + " ORDER BY k.opd", params(tenant, "", year, asOf), String.class);
    }

    public List<Revisi> revisions(String tenant, String opd, int year, Instant asOf) {
        return jdbc.query("SELECT * FROM pk_revisi r WHERE r.tenant = :tenant AND r.opd = :opd AND r.year = :year"
                + " AND " + AsOf.on("r") + " ORDER BY r.revision", params(tenant, opd, year, asOf), this::revisi);
    }

    private PkSnapshot load(String tenant, String opd, String opdName, int year, Instant asOf, boolean justBefore) {
        MapSqlParameterSource params = params(tenant, opd, year, asOf);
        String key = "x.tenant = :tenant AND x.opd = :opd AND x.year = :year AND " + AsOf.at("x", justBefore);
        List<String> renstra = jdbc.queryForList("SELECT renstra_period FROM perjanjian_kinerja x WHERE " + key,
                params, String.class);
        if (renstra.isEmpty()) {
            throw new NotFound("Perjanjian Kinerja " + tenant + "/" + opd + "/pk/" + year + " tidak ada per " + asOf);
        }
        List<Revisi> revisions = jdbc.query("SELECT * FROM pk_revisi x WHERE " + key + " ORDER BY x.revision DESC",
                params, this::revisi);
        List<PkSnapshot.Node> nodes = jdbc.query("SELECT level, code, parent_code, name, revision, nomenklatur FROM "
                        + "pk_node x WHERE " + key + " ORDER BY x.code", params,
                (rs, i) -> new PkSnapshot.Node(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getInt(5), rs.getString(6)));
        List<PkSnapshot.Indikator> indicators = jdbc.query("""
                        SELECT level, node_code, code, name, unit, polarity, combination, scale, formula FROM indikator x
                        WHERE x.tenant = :tenant AND x.opd = :opd AND x.owner = :owner AND """ + " "
                        + AsOf.at("x", justBefore) + " ORDER BY x.node_code, x.position, x.code",
                params.addValue("owner", "pk/" + year),
                (rs, i) -> new PkSnapshot.Indikator(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                        rs.getString(9)));
        Map<String, PkSnapshot.Target> targets = new LinkedHashMap<>();
        jdbc.query("SELECT indicator_code, target_angka, target_predikat, revision FROM pk_target x WHERE " + key
                + " ORDER BY x.indicator_code", params, rs -> {
            targets.put(rs.getString(1), new PkSnapshot.Target(NilaiColumns.read(rs.getBigDecimal(2),
                    rs.getString(3)), rs.getInt(4)));
        });
        Map<String, PkSnapshot.Pagu> pagu = new LinkedHashMap<>();
        jdbc.query("SELECT sub_kegiatan_code, pagu, revision FROM pk_pagu x WHERE " + key
                + " ORDER BY x.sub_kegiatan_code", params, rs -> {
            pagu.put(rs.getString(1), new PkSnapshot.Pagu(rs.getLong(2), rs.getInt(3)));
        });
        return new PkSnapshot(tenant, opd, opdName, year, renstra.get(0), asOf,
                revisions.isEmpty() ? null : revisions.get(0), nodes, indicators, targets, pagu);
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

    private static MapSqlParameterSource params(String tenant, String opd, int year, Instant asOf) {
        return new MapSqlParameterSource("tenant", tenant).addValue("opd", opd).addValue("year", year)
                .addValue("asOf", History.timestamp(asOf));
    }
}
