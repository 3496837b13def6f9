package id.kinerja.query.realisasi;

import id.kinerja.api.common.Periode;
import id.kinerja.query.history.NilaiColumns;
import id.kinerja.query.history.PkRows;
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
        return realisasi(PkRows.pk(tenant, opd, year, saat)).getOrDefault(new PkRows.Key(tenant, opd), Map.of());
    }

    /** Per PK: indicator → period → realisasi. */
    public Map<PkRows.Key, Map<String, Map<Periode, Realisasi>>> realisasi(PkRows rows) {
        Map<PkRows.Key, Map<String, Map<Periode, Realisasi>>> byPk = new HashMap<>();
        jdbc.query("SELECT x.tenant, x.opd, x.indicator_code, x.period, " + NilaiColumns.columns("x", "value")
                + ", x.pending_reason, x.correction_reason FROM realisasi x WHERE " + rows.where(), rows.params(),
                rs -> {
                    byPk.computeIfAbsent(PkRows.Key.of(rs), k -> new HashMap<>())
                            .computeIfAbsent(rs.getString("indicator_code"), k -> new EnumMap<>(Periode.class))
                            .put(Periode.valueOf(rs.getString("period")), new Realisasi(NilaiColumns.read(rs, "value"),
                                    rs.getString("pending_reason"), rs.getString("correction_reason")));
                });
        return byPk;
    }

    /** sub kegiatan → month → spending. */
    public Map<String, Map<Periode, Long>> anggaran(String tenant, String opd, int year, Saat saat) {
        return anggaran(PkRows.pk(tenant, opd, year, saat)).getOrDefault(new PkRows.Key(tenant, opd), Map.of());
    }

    /** Per PK: sub kegiatan → month → spending. */
    public Map<PkRows.Key, Map<String, Map<Periode, Long>>> anggaran(PkRows rows) {
        Map<PkRows.Key, Map<String, Map<Periode, Long>>> byPk = new HashMap<>();
        jdbc.query("SELECT x.tenant, x.opd, x.sub_kegiatan_code, x.month, x.amount FROM realisasi_anggaran x WHERE "
                + rows.where(), rows.params(), rs -> {
            byPk.computeIfAbsent(PkRows.Key.of(rs), k -> new HashMap<>())
                    .computeIfAbsent(rs.getString("sub_kegiatan_code"), k -> new EnumMap<>(Periode.class))
                    .put(Periode.valueOf(rs.getString("month")), rs.getLong("amount"));
        });
        return byPk;
    }
}
