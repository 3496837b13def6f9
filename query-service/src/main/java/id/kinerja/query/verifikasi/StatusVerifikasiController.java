package id.kinerja.query.verifikasi;

import id.kinerja.api.verifikasi.StatusPeriode;
import id.kinerja.query.history.AsOfSql;
import id.kinerja.query.history.History;
import id.kinerja.query.pemda.Tenants;
import id.kinerja.web.AsOf;
import id.kinerja.web.TidakDitemukan;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where verification stands across a daerah: every period of every perangkat daerah's PK that has realisasi, with
 * its place in the reporting cycle — BELUM_DIAJUKAN (not submitted yet), MENUNGGU (submitted, the verifier's turn),
 * DIKEMBALIKAN (returned with a note), DIBUKA_KEMBALI (reopened) or TERVERIFIKASI — and the verdict in force. The
 * verifier's inbox and the operator's list of returns.
 */
@Tag(name = "Verifikasi")
@RestController
public class StatusVerifikasiController {

    public enum Status { BELUM_DIAJUKAN, MENUNGGU, DIKEMBALIKAN, DIBUKA_KEMBALI, TERVERIFIKASI }

    /**
     * @param realisasiTerakhir when a realisasi of the period was last recorded or corrected
     * @param hasil             the verdict in force, if any, with its note, verifier and time
     */
    public record Periode(String opd, String opdName, int year, String period, Status status, int indikator,
                          Instant realisasiTerakhir, String hasil, String catatan, String verifier,
                          Instant diputuskan) {
    }

    private record Verdict(String hasil, String catatan, String verifier, Instant at) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final Tenants tenants;

    public StatusVerifikasiController(NamedParameterJdbcTemplate jdbc, Tenants tenants) {
        this.jdbc = jdbc;
        this.tenants = tenants;
    }

    @Operation(summary = "Each period with realisasi across the daerah, and whether it awaits verification")
    @GetMapping("/api/tenants/{tenant}/verifikasi")
    public List<Periode> status(@PathVariable String tenant,
                                @Parameter(description = "Only this year's PK") @RequestParam(required = false)
                                Integer year,
                                @Parameter(description = "Only this perangkat daerah") @RequestParam(required = false)
                                String opd,
                                @Parameter(description = "Recorded time, ISO-8601 with offset; absent = now")
                                @RequestParam(required = false) String asOf) {
        Instant at = AsOf.parse(asOf);
        tenants.require(tenant, at);
        MapSqlParameterSource params = new MapSqlParameterSource("tenant", tenant).addValue("year", year)
                .addValue("opd", opd).addValue("asOf", History.timestamp(at));
        String filter = (year == null ? "" : " AND x.year = :year") + (opd == null ? "" : " AND x.opd = :opd");
        Map<String, String> names = new HashMap<>();
        jdbc.query("SELECT d.opd, d.name FROM perangkat_daerah d WHERE d.tenant = :tenant AND " + AsOfSql.on("d"),
                params, rs -> {
                    names.put(rs.getString(1), rs.getString(2));
                });
        // A filter naming no perangkat daerah of the daerah is a mistake to point out, not an empty inbox.
        if (opd != null && !names.containsKey(opd)) {
            throw new TidakDitemukan("perangkat daerah '" + opd + "' tidak ada di daerah " + tenant);
        }
        Map<String, Verdict> verdicts = new HashMap<>();
        jdbc.query("SELECT opd, year, period, hasil, catatan, verifier, recorded_from FROM verifikasi x"
                + " WHERE x.tenant = :tenant" + filter + " AND " + AsOfSql.on("x"), params, rs -> {
            verdicts.put(rs.getString(1) + "/" + rs.getInt(2) + "/" + rs.getString(3), new Verdict(rs.getString(4),
                    rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant()));
        });
        Map<String, Status> cycle = new HashMap<>();
        jdbc.query("SELECT opd, year, period, status FROM status_periode x WHERE x.tenant = :tenant" + filter
                + " AND " + AsOfSql.on("x"), params, rs -> {
            cycle.put(rs.getString(1) + "/" + rs.getInt(2) + "/" + rs.getString(3), status(rs.getString(4)));
        });
        List<Periode> periods = new ArrayList<>();
        jdbc.query("""
                SELECT x.opd, x.year, x.period, max(x.recorded_from) AS terakhir,
                       count(DISTINCT x.indicator_code) FILTER (WHERE x.recorded_to IS NULL OR x.recorded_to > :asOf)
                FROM realisasi x WHERE x.tenant = :tenant AND x.recorded_from <= :asOf""" + filter
                + " GROUP BY x.opd, x.year, x.period", params, rs -> {
            Instant last = rs.getTimestamp(4).toInstant();
            String key = rs.getString(1) + "/" + rs.getInt(2) + "/" + rs.getString(3);
            Verdict verdict = verdicts.get(key);
            Status status = cycle.getOrDefault(key, Status.BELUM_DIAJUKAN);
            periods.add(new Periode(rs.getString(1), names.get(rs.getString(1)), rs.getInt(2), rs.getString(3),
                    status, rs.getInt(5), last, verdict == null ? null : verdict.hasil(),
                    verdict == null ? null : verdict.catatan(), verdict == null ? null : verdict.verifier(),
                    verdict == null ? null : verdict.at()));
        });
        periods.sort(java.util.Comparator.comparing(Periode::year).reversed().thenComparing(Periode::opd)
                .thenComparing(p -> id.kinerja.api.common.Periode.valueOf(p.period())));
        return periods;
    }

    private static Status status(String stored) {
        return switch (StatusPeriode.valueOf(stored)) {
            case TERBUKA -> Status.BELUM_DIAJUKAN;
            case DIAJUKAN -> Status.MENUNGGU;
            case DIKEMBALIKAN -> Status.DIKEMBALIKAN;
            case DIBUKA_KEMBALI -> Status.DIBUKA_KEMBALI;
            case TERVERIFIKASI -> Status.TERVERIFIKASI;
        };
    }
}
