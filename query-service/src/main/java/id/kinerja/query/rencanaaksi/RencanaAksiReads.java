package id.kinerja.query.rencanaaksi;

import id.kinerja.api.common.Nilai;
import id.kinerja.api.common.Periode;
import id.kinerja.query.history.NilaiColumns;
import id.kinerja.query.history.Saat;
import id.kinerja.queryapi.fakta.FaktaPk;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/** Rencana Aksi period targets and Rencana Anggaran plans of one PK at a moment. */
@Component
public class RencanaAksiReads {

    private final NamedParameterJdbcTemplate jdbc;

    public RencanaAksiReads(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** indicator → its period targets (a period without one: null) and the official responsible. */
    public Map<String, FaktaPk.RencanaAksi> rencanaAksi(String tenant, String opd, int year, Saat saat) {
        Map<String, Map<Periode, Nilai>> targets = new HashMap<>();
        Map<String, String> responsible = new HashMap<>();
        jdbc.query("SELECT x.indicator_code, x.period, " + NilaiColumns.columns("x", "target")
                + ", x.responsible FROM rencana_aksi x"
                + " WHERE x.tenant = :tenant AND x.opd = :opd AND x.year = :year AND " + saat.on("x"),
                saat.pk(tenant, opd, year), rs -> {
                    String code = rs.getString("indicator_code");
                    targets.computeIfAbsent(code, k -> new EnumMap<>(Periode.class))
                            .put(Periode.valueOf(rs.getString("period")), NilaiColumns.read(rs, "target"));
                    responsible.put(code, rs.getString("responsible"));
                });
        Map<String, FaktaPk.RencanaAksi> plans = new HashMap<>();
        targets.forEach((code, periods) -> plans.put(code, new FaktaPk.RencanaAksi(periods, responsible.get(code))));
        return plans;
    }

    /** sub kegiatan → month → planned spending. */
    public Map<String, Map<Periode, Long>> anggaran(String tenant, String opd, int year, Saat saat) {
        Map<String, Map<Periode, Long>> bySub = new HashMap<>();
        jdbc.query("SELECT x.sub_kegiatan_code, x.month, x.amount FROM rencana_anggaran x WHERE x.tenant = :tenant"
                + " AND x.opd = :opd AND x.year = :year AND " + saat.on("x"), saat.pk(tenant, opd, year), rs -> {
            bySub.computeIfAbsent(rs.getString(1), k -> new EnumMap<>(Periode.class))
                    .put(Periode.valueOf(rs.getString(2)), rs.getLong(3));
        });
        return bySub;
    }
}
