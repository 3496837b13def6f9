package id.kinerja.query.dokumen;

import id.kinerja.api.common.Nilai;
import id.kinerja.api.common.Periode;
import id.kinerja.query.anggaran.AnggaranQueries;
import id.kinerja.query.capaian.CapaianQueries;
import id.kinerja.query.capaian.CapaianView;
import id.kinerja.query.history.AsOf;
import id.kinerja.query.history.History;
import id.kinerja.query.pk.PkSnapshot;
import id.kinerja.query.pk.PkSnapshots;
import id.kinerja.query.pk.Revisi;
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
    private final PkSnapshots snapshots;
    private final CapaianQueries capaian;
    private final AnggaranQueries anggaran;

    public SelisihQueries(NamedParameterJdbcTemplate jdbc, PkSnapshots snapshots, CapaianQueries capaian,
                          AnggaranQueries anggaran) {
        this.jdbc = jdbc;
        this.snapshots = snapshots;
        this.capaian = capaian;
        this.anggaran = anggaran;
    }

    public Selisih selisih(String tenant, String opd, int year, Instant asOf, boolean all) {
        PkSnapshot pk = snapshots.require(tenant, opd, year, asOf);
        Revisions revisions = new Revisions(pk, snapshots.revisions(tenant, opd, year, asOf));
        MapSqlParameterSource params = new MapSqlParameterSource().addValue("tenant", tenant).addValue("opd", opd)
                .addValue("year", year).addValue("asOf", History.timestamp(asOf));
        List<Selisih.Line> lines = new ArrayList<>(jdbc.query("""
                SELECT figure, figure_key, period, revision, value, where_printed FROM stated_figure f
                WHERE f.tenant = :tenant AND f.opd = :opd AND f.year = :year AND""" + " " + AsOf.on("f") + """
                 ORDER BY f.recorded_from, f.id""", params, (rs, i) -> {
            Integer revision = (Integer) rs.getObject("revision");
            String period = rs.getString("period");
            BigDecimal computed = computed(rs.getString("figure"), rs.getString("figure_key"),
                    period == null ? null : Periode.valueOf(period), revisions.snapshot(revision));
            return line(rs.getString("figure"), rs.getString("figure_key"), period, revision,
                    rs.getString("where_printed"), rs.getBigDecimal("value"), computed);
        }));
        lines.addAll(jdbc.query("""
                SELECT indicator_code, period, value_angka, stated_value FROM realisasi r
                WHERE r.tenant = :tenant AND r.opd = :opd AND r.year = :year AND r.stated_value IS NOT NULL AND"""
                + " " + AsOf.on("r") + " ORDER BY r.indicator_code, r.period", params, (rs, i) -> line(
                "REALISASI_RUMUS", rs.getString("indicator_code"), rs.getString("period"), null,
                "nilai tertulis pada dokumen", parse(rs.getString("stated_value")).numeric(),
                rs.getBigDecimal("value_angka"))));
        int checked = lines.size();
        return new Selisih(tenant, opd, year, asOf, checked,
                all ? lines : lines.stream().filter(line -> !line.agrees()).toList());
    }

    private BigDecimal computed(String figure, String key, Periode period, PkSnapshot pk) {
        if (pk == null) {
            return null;
        }
        return switch (figure) {
            case "PAGU_TOTAL" -> BigDecimal.valueOf(pk.totalPagu());
            case "PAGU_PROGRAM" -> BigDecimal.valueOf(pk.paguOf("PROGRAM", key));
            case "PAGU_KEGIATAN" -> BigDecimal.valueOf(pk.paguOf("KEGIATAN", key));
            case "TARGET" -> pk.targets().containsKey(key) ? pk.targets().get(key).value().numeric() : null;
            case "REALISASI", "CAPAIAN" -> capaianLine(pk, key, period, figure.equals("CAPAIAN"));
            case "REALISASI_ANGGARAN_TOTAL" -> BigDecimal.valueOf(anggaran.anggaran(pk, period).opdTotal().realisasi());
            default -> null;
        };
    }

    private BigDecimal capaianLine(PkSnapshot pk, String indicator, Periode period, boolean capaianPercent) {
        CapaianView view = capaian.capaian(pk, period);
        return view.indicators().stream().filter(line -> line.code().equals(indicator)).findFirst()
                .map(line -> capaianPercent ? line.capaian() : line.realisasi() == null ? null
                        : line.realisasi().numeric())
                .orElse(null);
    }

    private static Selisih.Line line(String kind, String key, String period, Integer revision, String where,
                                     BigDecimal stated, BigDecimal computed) {
        boolean agrees = computed != null && stated.compareTo(computed) == 0;
        return new Selisih.Line(kind, key, period, revision, where, stated, computed,
                computed == null ? null : stated.subtract(computed), agrees);
    }

    private static Nilai parse(String text) {
        try {
            return Nilai.of(new BigDecimal(text));
        } catch (NumberFormatException grade) {
            return Nilai.of(id.kinerja.api.common.Predikat.valueOf(text));
        }
    }

    /** The PK as it stood under each revision: the revision in force now, or just before the next one. */
    private final class Revisions {

        private final PkSnapshot current;
        private final List<Revisi> revisions;
        private final Map<Integer, PkSnapshot> cache = new HashMap<>();

        Revisions(PkSnapshot current, List<Revisi> revisions) {
            this.current = current;
            this.revisions = revisions;
        }

        PkSnapshot snapshot(Integer revision) {
            if (revision == null || current.inForce() == null || revision == current.inForce().revision()) {
                return current;
            }
            return cache.computeIfAbsent(revision, r -> revisions.stream()
                    .filter(next -> next.revision() == r + 1).findFirst()
                    .map(next -> snapshots.justBefore(current.tenant(), current.opd(), current.year(),
                            next.recordedAt()))
                    .orElse(null));
        }
    }
}
