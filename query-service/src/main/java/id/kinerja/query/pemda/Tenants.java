package id.kinerja.query.pemda;

import id.kinerja.query.history.AsOfSql;
import id.kinerja.web.TidakDitemukan;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The tenant guard every query passes: a tenant (and OPD) the platform did not know as of the time asked is 404. */
@Component
public class Tenants {

    public record Pemda(String tenant, String name, String jenis, String provinsi) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    public Tenants(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Pemda require(String tenant, Instant asOf) {
        return find(tenant, asOf).orElseThrow(() -> new TidakDitemukan("pemerintah daerah '" + tenant
                + "' tidak dikenal per " + asOf));
    }

    public Optional<Pemda> find(String tenant, Instant asOf) {
        return jdbc.query("SELECT tenant, name, jenis, provinsi FROM pemda p WHERE p.tenant = :tenant AND "
                        + AsOfSql.on("p"), params(tenant, asOf),
                (rs, i) -> new Pemda(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .stream().findFirst();
    }

    /** The OPD's name, or 404 when the tenant has no such OPD as of then. */
    public String requireOpd(String tenant, String opd, Instant asOf) {
        MapSqlParameterSource params = params(tenant, asOf).addValue("opd", opd);
        List<String> names = jdbc.queryForList("SELECT name FROM perangkat_daerah d WHERE d.tenant = :tenant "
                + "AND d.opd = :opd AND " + AsOfSql.on("d"), params, String.class);
        if (names.isEmpty()) {
            throw new TidakDitemukan("perangkat daerah '" + tenant + "/" + opd + "' tidak dikenal per " + asOf);
        }
        return names.get(0);
    }

    /** The kabupaten/kota of a province as of then, by code. */
    public List<Pemda> kabupatenKota(String provinsi, Instant asOf) {
        return jdbc.query("SELECT tenant, name, jenis, provinsi FROM pemda p WHERE p.provinsi = :tenant "
                        + "AND p.tenant <> :tenant AND " + AsOfSql.on("p") + " ORDER BY p.tenant", params(provinsi, asOf),
                (rs, i) -> new Pemda(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
    }

    private static MapSqlParameterSource params(String tenant, Instant asOf) {
        return new MapSqlParameterSource("tenant", tenant).addValue("asOf", id.kinerja.query.history.History.timestamp(asOf));
    }
}
