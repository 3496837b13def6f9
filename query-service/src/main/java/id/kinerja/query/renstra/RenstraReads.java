package id.kinerja.query.renstra;

import id.kinerja.api.common.Nilai;
import id.kinerja.query.history.AsOf;
import id.kinerja.query.history.History;
import id.kinerja.query.history.NilaiColumns;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Renstra figures as of a recorded time: end-of-period targets (for tingkat kemajuan), earlier years' realisasi
 * and national standards (for the LKjIP's comparisons).
 */
@Component
public class RenstraReads {

    /** Kinds of {@code renstra_pembanding} rows. */
    public static final String REALISASI = "REALISASI";
    public static final String STANDAR_NASIONAL = "STANDAR_NASIONAL";

    private final NamedParameterJdbcTemplate jdbc;

    public RenstraReads(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Map<String, Nilai> endTargets(String tenant, String opd, String period, Instant asOf) {
        Map<String, Nilai> targets = new HashMap<>();
        jdbc.query("""
                SELECT indicator_code, target_angka, target_predikat FROM renstra_target x
                WHERE x.tenant = :tenant AND x.opd = :opd AND x.period = :period AND x.kind = 'AKHIR' AND """ + " "
                + AsOf.on("x"), new MapSqlParameterSource("tenant", tenant).addValue("opd", opd)
                .addValue("period", period).addValue("asOf", History.timestamp(asOf)), rs -> {
            targets.put(rs.getString(1), NilaiColumns.read(rs.getBigDecimal(2), rs.getString(3)));
        });
        return targets;
    }

    /** A comparison figure of an indicator's year, and where it was reported or published. */
    public record Pembanding(Nilai value, String source) {
    }

    /** The {@link #REALISASI} or {@link #STANDAR_NASIONAL} figures of a year, by indicator, as of a time. */
    public Map<String, Pembanding> pembanding(String tenant, String opd, String period, String kind, int year,
                                              Instant asOf) {
        Map<String, Pembanding> figures = new HashMap<>();
        jdbc.query("""
                SELECT indicator_code, value_angka, value_predikat, source FROM renstra_pembanding x
                WHERE x.tenant = :tenant AND x.opd = :opd AND x.period = :period AND x.kind = :kind
                  AND x.year = :year AND""" + " " + AsOf.on("x"), new MapSqlParameterSource("tenant", tenant)
                .addValue("opd", opd).addValue("period", period).addValue("kind", kind).addValue("year", year)
                .addValue("asOf", History.timestamp(asOf)), rs -> {
            figures.put(rs.getString(1), new Pembanding(NilaiColumns.read(rs.getBigDecimal(2), rs.getString(3)),
                    rs.getString(4)));
        });
        return figures;
    }
}
