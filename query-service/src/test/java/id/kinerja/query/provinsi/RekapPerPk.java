package id.kinerja.query.provinsi;

import id.kinerja.query.fakta.FaktaReads;
import id.kinerja.query.history.AsOfSql;
import id.kinerja.query.history.History;
import id.kinerja.query.pemda.Tenants;
import id.kinerja.queryapi.provinsi.RekapProvinsi;
import id.kinerja.queryapi.provinsi.RekapSusun;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The roll-up as composed before it read in sets: each kabupaten's PKs one by one, all their facts, then the same
 * {@link RekapSusun}. What the set-based answer is compared with (RekapSekaligusTest) and timed against
 * (RekapBenchmark).
 */
record RekapPerPk(NamedParameterJdbcTemplate named, Tenants tenants, FaktaReads fakta) {

    RekapProvinsi rekap(String provinsi, int year, Instant at) {
        List<RekapSusun.Daerah> daerah = new ArrayList<>();
        for (Tenants.Pemda kab : tenants.kabupatenKota(provinsi, at)) {
            List<String> opds = named.queryForList("SELECT k.opd FROM perjanjian_kinerja k WHERE k.tenant = :tenant"
                    + " AND k.year = :year AND " + AsOfSql.on("k") + " ORDER BY k.opd", new MapSqlParameterSource(
                    "tenant", kab.tenant()).addValue("year", year).addValue("asOf", History.timestamp(at)),
                    String.class);
            daerah.add(new RekapSusun.Daerah(kab.tenant(), kab.name(),
                    opds.stream().map(opd -> fakta.fakta(kab.tenant(), opd, year, at)).toList()));
        }
        return RekapSusun.rekap(provinsi, tenants.require(provinsi, at).name(), year, at, daerah);
    }
}
