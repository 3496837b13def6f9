package id.kinerja.query.realisasi;

import id.kinerja.api.common.Periode;
import id.kinerja.query.history.NilaiColumns;
import id.kinerja.query.history.Saat;
import id.kinerja.rulebook.Realisasi;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/** Realisasi and realisasi anggaran of one PK at a moment (corrections already folded by the ranges). */
@Component
public class RealisasiReads {

    private final NamedParameterJdbcTemplate jdbc;

    public RealisasiReads(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** indicator → period → realisasi. */
    public Map<String, Map<Periode, Realisasi>> realisasi(String tenant, String opd, int year, Saat saat) {
        Map<String, Map<Periode, Realisasi>> byIndicator = new HashMap<>();
        jdbc.query("SELECT x.indicator_code, x.period, " + NilaiColumns.columns("x", "value")
                + ", x.pending_reason, x.correction_reason FROM realisasi x"
                + " WHERE x.tenant = :tenant AND x.opd = :opd AND x.year = :year AND " + saat.on("x"),
                saat.pk(tenant, opd, year), rs -> {
                    byIndicator.computeIfAbsent(rs.getString("indicator_code"), k -> new EnumMap<>(Periode.class))
                            .put(Periode.valueOf(rs.getString("period")), new Realisasi(NilaiColumns.read(rs, "value"),
                                    rs.getString("pending_reason"), rs.getString("correction_reason")));
                });
        return byIndicator;
    }

    /** sub kegiatan → month → spending. */
    public Map<String, Map<Periode, Long>> anggaran(String tenant, String opd, int year, Saat saat) {
        Map<String, Map<Periode, Long>> bySub = new HashMap<>();
        jdbc.query("SELECT x.sub_kegiatan_code, x.month, x.amount FROM realisasi_anggaran x WHERE x.tenant = :tenant"
                + " AND x.opd = :opd AND x.year = :year AND " + saat.on("x"), saat.pk(tenant, opd, year), rs -> {
            bySub.computeIfAbsent(rs.getString(1), k -> new EnumMap<>(Periode.class))
                    .put(Periode.valueOf(rs.getString(2)), rs.getLong(3));
        });
        return bySub;
    }
}
