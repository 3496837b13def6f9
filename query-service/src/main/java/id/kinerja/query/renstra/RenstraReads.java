package id.kinerja.query.renstra;

import id.kinerja.api.common.Nilai;
import id.kinerja.query.history.History;
import id.kinerja.query.history.NilaiColumns;
import id.kinerja.query.history.Saat;
import id.kinerja.queryapi.fakta.FaktaPk;
import id.kinerja.queryapi.fakta.Perubahan;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.Map;

/**
 * Renstra figures at a moment: end-of-period targets (for tingkat kemajuan), earlier years' realisasi and national
 * standards (for the LKjIP's comparisons).
 */
@Component
public class RenstraReads {

    private final NamedParameterJdbcTemplate jdbc;

    public RenstraReads(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Map<String, Nilai> endTargets(String tenant, String opd, String period, Saat saat) {
        Map<String, Nilai> targets = new HashMap<>();
        jdbc.query("SELECT x.indicator_code, " + NilaiColumns.columns("x", "target") + " FROM renstra_target x"
                + " WHERE x.tenant = :tenant AND x.opd = :opd AND x.period = :period AND x.kind = '" + Perubahan.AKHIR
                + "' AND " + saat.on("x"), params(tenant, opd, period, saat), rs -> {
            Nilai target = NilaiColumns.read(rs, "target");
            if (target != null) {
                targets.put(rs.getString("indicator_code"), target);
            }
        });
        return targets;
    }

    /** The {@link Perubahan#REALISASI} or {@link Perubahan#STANDAR_NASIONAL} figures of a year, by indicator. */
    public Map<String, FaktaPk.Pembanding> pembanding(String tenant, String opd, String period, String kind, int year,
                                                     Saat saat) {
        Map<String, FaktaPk.Pembanding> figures = new HashMap<>();
        jdbc.query("SELECT x.indicator_code, " + NilaiColumns.columns("x", "value") + ", x.source"
                        + " FROM renstra_pembanding x WHERE x.tenant = :tenant AND x.opd = :opd AND x.period = :period"
                        + " AND x.kind = :kind AND x.year = :year AND " + saat.on("x"),
                params(tenant, opd, period, saat).addValue("kind", kind).addValue("year", year), rs -> {
                    Nilai value = NilaiColumns.read(rs, "value");
                    if (value != null) {
                        figures.put(rs.getString("indicator_code"), new FaktaPk.Pembanding(value,
                                rs.getString("source")));
                    }
                });
        return figures;
    }

    private static MapSqlParameterSource params(String tenant, String opd, String period, Saat saat) {
        return new MapSqlParameterSource("tenant", tenant).addValue("opd", opd).addValue("period", period)
                .addValue("asOf", History.timestamp(saat.at()));
    }
}
