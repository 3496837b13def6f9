package id.kinerja.query.rencanaaksi;

import id.kinerja.api.common.Nilai;
import id.kinerja.api.common.Periode;
import id.kinerja.query.history.AsOf;
import id.kinerja.query.history.History;
import id.kinerja.query.history.NilaiColumns;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Rencana Aksi period targets and Rencana Anggaran plans of one PK as of a recorded time. */
@Component
public class RencanaAksiReads {

    /** A period target; target null is a period without one ("-"). */
    public record PeriodTarget(Nilai target, String responsible) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    public RencanaAksiReads(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** indicator code → its target for the period, when the Rencana Aksi has the period at all. */
    public Map<String, Optional<PeriodTarget>> targets(String tenant, String opd, int year, Periode period,
                                                       Instant asOf) {
        Map<String, Optional<PeriodTarget>> targets = new HashMap<>();
        jdbc.query("""
                SELECT indicator_code, target_angka, target_predikat, responsible FROM rencana_aksi x
                WHERE x.tenant = :tenant AND x.opd = :opd AND x.year = :year AND x.period = :period AND """ + " "
                + AsOf.on("x"), params(tenant, opd, year, asOf).addValue("period", period.name()), rs -> {
            targets.put(rs.getString(1), Optional.of(new PeriodTarget(NilaiColumns.read(rs.getBigDecimal(2),
                    rs.getString(3)), rs.getString(4))));
        });
        return targets;
    }

    /** Each sub kegiatan's planned spending from January up to and including the month. */
    public Map<String, Long> anggaranSampai(String tenant, String opd, int year, Periode lastMonth, Instant asOf) {
        Map<String, Long> bySub = new HashMap<>();
        jdbc.query("SELECT sub_kegiatan_code, month, amount FROM rencana_anggaran x WHERE x.tenant = :tenant"
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
