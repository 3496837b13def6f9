package id.kinerja.query.dokumen;

import id.kinerja.api.common.Nilai;
import id.kinerja.api.common.Periode;
import id.kinerja.query.fakta.FaktaReads;
import id.kinerja.query.history.AsOfSql;
import id.kinerja.query.history.History;
import id.kinerja.query.history.NilaiColumns;
import id.kinerja.query.history.Saat;
import id.kinerja.queryapi.anggaran.AnggaranSusun;
import id.kinerja.queryapi.capaian.CapaianSusun;
import id.kinerja.queryapi.capaian.CapaianView;
import id.kinerja.queryapi.dokumen.Selisih;
import id.kinerja.queryapi.fakta.FaktaPk;
import id.kinerja.queryapi.pk.PkSnapshot;
import id.kinerja.rulebook.Batas;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares every figure a document printed with what the platform computes from the facts as of a time: pagu
 * totals from sub kegiatan pagu of the revision the figure speaks of, targets of that revision, realisasi and
 * capaian by the capaian rules, budget realisation summed through the month printed; and every formula
 * realisasi whose printed value differs from its components.
 */
@Component
public class SelisihQueries {

    private final NamedParameterJdbcTemplate jdbc;
    private final FaktaReads fakta;

    public SelisihQueries(NamedParameterJdbcTemplate jdbc, FaktaReads fakta) {
        this.jdbc = jdbc;
        this.fakta = fakta;
    }

    public Selisih selisih(String tenant, String opd, int year, Instant asOf, boolean all) {
        Revisions revisions = new Revisions(fakta.fakta(tenant, opd, year, asOf));
        MapSqlParameterSource params = new MapSqlParameterSource().addValue("tenant", tenant).addValue("opd", opd)
                .addValue("year", year).addValue("asOf", History.timestamp(asOf));
        List<Selisih.Line> lines = new ArrayList<>(jdbc.query("""
                SELECT figure, figure_key, period, revision, value, where_printed FROM stated_figure f
                WHERE f.tenant = :tenant AND f.opd = :opd AND f.year = :year AND""" + " " + AsOfSql.on("f") + """
                 ORDER BY f.recorded_from, f.id""", params, (rs, i) -> {
            Integer revision = (Integer) rs.getObject("revision");
            String period = rs.getString("period");
            BigDecimal computed = computed(rs.getString("figure"), rs.getString("figure_key"),
                    period == null ? null : Periode.valueOf(period), revisions.snapshot(revision));
            return line(rs.getString("figure"), rs.getString("figure_key"), period, revision,
                    rs.getString("where_printed"), rs.getBigDecimal("value"), computed);
        }));
        lines.addAll(jdbc.query("""
                SELECT r.indicator_code, r.period, r.stated_value,\s""" + NilaiColumns.columns("r", "value") + """
                 FROM realisasi r
                WHERE r.tenant = :tenant AND r.opd = :opd AND r.year = :year AND r.stated_value IS NOT NULL AND"""
                + " " + AsOfSql.on("r") + " ORDER BY r.indicator_code, r.period", params, (rs, i) -> {
            Nilai value = NilaiColumns.read(rs, "value");
            return line("REALISASI_RUMUS", rs.getString("indicator_code"), rs.getString("period"), null,
                    "nilai tertulis pada dokumen", parse(rs.getString("stated_value")).numeric(),
                    value == null ? null : value.numeric());
        }));
        int checked = lines.size();
        return new Selisih(tenant, opd, year, asOf, checked,
                all ? lines : lines.stream().filter(line -> !line.agrees()).toList());
    }

    private BigDecimal computed(String figure, String key, Periode period, FaktaPk facts) {
        if (facts == null) {
            return null;
        }
        PkSnapshot pk = facts.pk();
        return switch (figure) {
            case "PAGU_TOTAL" -> BigDecimal.valueOf(pk.totalPagu());
            case "PAGU_PROGRAM" -> BigDecimal.valueOf(pk.paguOf("PROGRAM", key));
            case "PAGU_KEGIATAN" -> BigDecimal.valueOf(pk.paguOf("KEGIATAN", key));
            case "TARGET" -> pk.targets().containsKey(key) ? pk.targets().get(key).value().numeric() : null;
            case "REALISASI", "CAPAIAN" -> capaianLine(facts, key, period, figure.equals("CAPAIAN"));
            case "REALISASI_ANGGARAN_TOTAL" -> BigDecimal.valueOf(AnggaranSusun.anggaran(facts, period).opdTotal()
                    .realisasi());
            default -> null;
        };
    }

    private static BigDecimal capaianLine(FaktaPk facts, String indicator, Periode period, boolean capaianPercent) {
        CapaianView view = CapaianSusun.capaian(facts, period);
        return view.indicators().stream().filter(line -> line.code().equals(indicator)).findFirst()
                .map(line -> capaianPercent ? line.capaian() : line.realisasi() == null ? null
                        : line.realisasi().numeric())
                .orElse(null);
    }

    private static Selisih.Line line(String kind, String key, String period, Integer revision, String where,
                                     BigDecimal stated, BigDecimal computed) {
        boolean agrees = computed != null && stated.compareTo(computed) == 0;
        boolean subtractable = computed != null && Batas.dapatDihitung(stated) && Batas.dapatDihitung(computed);
        return new Selisih.Line(kind, key, period, revision, where, stated, computed,
                subtractable ? stated.subtract(computed) : null, agrees);
    }

    private static Nilai parse(String text) {
        try {
            return Nilai.of(new BigDecimal(text));
        } catch (NumberFormatException grade) {
            return Nilai.of(id.kinerja.api.common.Predikat.valueOf(text));
        }
    }

    /** The facts as they stood under each revision: the revision in force now, or just before the next one. */
    private final class Revisions {

        private final FaktaPk current;
        private final Map<Integer, FaktaPk> cache = new HashMap<>();

        Revisions(FaktaPk current) {
            this.current = current;
        }

        PkSnapshot pk() {
            return current.pk();
        }

        FaktaPk snapshot(Integer revision) {
            PkSnapshot pk = current.pk();
            if (revision == null || pk.inForce() == null || revision == pk.inForce().revision()) {
                return current;
            }
            return cache.computeIfAbsent(revision, r -> current.revisions().stream()
                    .filter(next -> next.revision() == r + 1).findFirst()
                    .map(next -> fakta.load(pk.tenant(), pk.opd(), pk.year(), Saat.justBefore(next.recordedAt())))
                    .orElse(null));
        }
    }
}
