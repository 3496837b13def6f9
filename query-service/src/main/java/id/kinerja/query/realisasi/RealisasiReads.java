package id.kinerja.query.realisasi;

import id.kinerja.api.common.Periode;
import id.kinerja.query.history.AsOf;
import id.kinerja.query.history.History;
import id.kinerja.query.history.NilaiColumns;
import id.kinerja.rulebook.Realisasi;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/** Realisasi and realisasi anggaran of one PK as of a recorded time (corrections already folded by the ranges). */
@Component
public class RealisasiReads {

    private final NamedParameterJdbcTemplate jdbc;

    public RealisasiReads(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Map<String, Map<Periode, Realisasi>> realisasi(String tenant, String opd, int year, Instant asOf) {
        Map<String, Map<Periode, Realisasi>> byIndicator = new HashMap<>();
        jdbc.query("""
                SELECT indicator_code, period, value_angka, value_predikat, pending_reason, correction_reason
                FROM realisasi x WHERE x.tenant = :tenant AND x.opd = :opd AND x.year = :year AND """ + " "
                + AsOf.on("x"), params(tenant, opd, year, asOf), rs -> {
            byIndicator.computeIfAbsent(rs.getString(1), k -> new EnumMap<>(Periode.class))
                    .put(Periode.valueOf(rs.getString(2)), new Realisasi(NilaiColumns.read(rs.getBigDecimal(3),
                            rs.getString(4)), rs.getString(5), rs.getString(6)));
        });
        return byIndicator;
    }

    /** Each sub kegiatan's spending from January up to and including the given month. */
    public Map<String, Long> anggaranSampai(String tenant, String opd, int year, Periode lastMonth, Instant asOf) {
        Map<String, Long> bySub = new HashMap<>();
        jdbc.query("SELECT sub_kegiatan_code, month, amount FROM realisasi_anggaran x WHERE x.tenant = :tenant"
                + " AND x.opd = :opd AND x.year = :year AND " + AsOf.on("x"), params(tenant, opd, year, asOf), rs -> {
            if (Periode.valueOf(rs.getString(2)).number() <= lastMonth.lastMonth()) {
                bySub.merge(rs.getString(1), rs.getLong(3), Long::sum);
            }
        });
        return bySub;
    }

    private static MapSqlParameterSource params(String tenant, String opd, int year, Instant asOf) {
        return new MapSqlParameterSource("tenant", tenant).addValue("opd", opd).addValue("year", year)
                .addValue("asOf", History.timestamp(asOf));
    }
}
