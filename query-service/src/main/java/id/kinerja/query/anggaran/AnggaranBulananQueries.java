package id.kinerja.query.anggaran;

import id.kinerja.api.common.Periode;
import id.kinerja.query.capaian.Serapan;
import id.kinerja.query.history.AsOf;
import id.kinerja.query.history.History;
import id.kinerja.query.pk.PkSnapshot;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the month-by-month budget of a PK; totals are sums of the sub kegiatan of the PK as of then. */
@Component
class AnggaranBulananQueries {

    private record Amount(long amount, String reason) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    AnggaranBulananQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    AnggaranBulanan bulanan(PkSnapshot pk) {
        MapSqlParameterSource params = new MapSqlParameterSource("tenant", pk.tenant()).addValue("opd", pk.opd())
                .addValue("year", pk.year()).addValue("asOf", History.timestamp(pk.asOf()));
        Map<String, Amount> spent = amounts("realisasi_anggaran", "correction_reason", params);
        Map<String, Amount> planned = amounts("rencana_anggaran", "reason", params);
        List<AnggaranBulanan.SubKegiatan> subs = new ArrayList<>();
        long[] plannedPerMonth = new long[12];
        long[] spentPerMonth = new long[12];
        for (PkSnapshot.Node sub : pk.level("SUB_KEGIATAN")) {
            if (!pk.pagu().containsKey(sub.code())) {
                continue;
            }
            List<AnggaranBulanan.Sel> cells = new ArrayList<>();
            for (Periode month : Periode.all(Periode.Granularity.BULAN)) {
                Amount plan = planned.get(sub.code() + "/" + month);
                Amount real = spent.get(sub.code() + "/" + month);
                plannedPerMonth[month.number() - 1] += plan == null ? 0 : plan.amount();
                spentPerMonth[month.number() - 1] += real == null ? 0 : real.amount();
                cells.add(new AnggaranBulanan.Sel(month.name(), plan == null ? null : plan.amount(),
                        real == null ? null : real.amount(), real == null ? null : real.reason()));
            }
            String kegiatan = sub.parentCode();
            String program = pk.node("KEGIATAN", kegiatan).map(PkSnapshot.Node::parentCode).orElse(null);
            subs.add(new AnggaranBulanan.SubKegiatan(program, kegiatan, sub.code(), sub.name(),
                    pk.pagu().get(sub.code()).amount(), cells));
        }
        long pagu = pk.totalPagu();
        List<AnggaranBulanan.Bulan> months = new ArrayList<>();
        long plannedSoFar = 0;
        long spentSoFar = 0;
        for (Periode month : Periode.all(Periode.Granularity.BULAN)) {
            int i = month.number() - 1;
            plannedSoFar += plannedPerMonth[i];
            spentSoFar += spentPerMonth[i];
            months.add(new AnggaranBulanan.Bulan(month.name(), plannedPerMonth[i], spentPerMonth[i], plannedSoFar,
                    spentSoFar, Serapan.of(spentSoFar, pagu).orElse(null),
                    Serapan.of(spentSoFar, plannedSoFar).orElse(null)));
        }
        return new AnggaranBulanan(pk.tenant(), pk.opd(), pk.year(), pk.asOf(), pagu, months, subs);
    }

    /** "sub/MONTH" → amount and reason, as of then. Table and column names are this class's own. */
    private Map<String, Amount> amounts(String table, String reasonColumn, MapSqlParameterSource params) {
        Map<String, Amount> amounts = new HashMap<>();
        jdbc.query("SELECT sub_kegiatan_code, month, amount, " + reasonColumn + " FROM " + table + " x"
                + " WHERE x.tenant = :tenant AND x.opd = :opd AND x.year = :year AND " + AsOf.on("x"), params,
                rs -> {
                    amounts.put(rs.getString(1) + "/" + rs.getString(2), new Amount(rs.getLong(3), rs.getString(4)));
                });
        return amounts;
    }
}
