package id.kinerja.query.riwayat;

import id.kinerja.query.history.History;
import id.kinerja.query.pk.PkSnapshots;
import id.kinerja.query.web.AsOfParameter;
import id.kinerja.query.web.InvalidParameter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;

/**
 * Riwayat of a PK for the auditor: each recorded change between two moments (when, who, what, the reason given),
 * and the recorded moments an "as of" view can stop at.
 */
@Tag(name = "Riwayat")
@RestController
@RequestMapping("/api/tenants/{tenant}/opd/{opd}/pk/{year}")
public class RiwayatController {

    /** At most this many changes in one answer; {@code terpotong} says when more were recorded. */
    static final int BATAS = 2000;

    /** One recorded change. */
    public record Perubahan(Instant recordedAt, String actor, String jenis, String ringkasan, String alasan) {
    }

    /** The changes recorded after {@code dari} up to and including {@code sampai}. */
    public record Riwayat(String pk, Instant dari, Instant sampai, List<Perubahan> perubahan, boolean terpotong) {
    }

    /** A recorded moment: the instant, what was recorded then (the first change) and how many changes. */
    public record Momen(Instant recordedAt, String jenis, String ringkasan, int jumlah) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final PkSnapshots snapshots;

    public RiwayatController(NamedParameterJdbcTemplate jdbc, PkSnapshots snapshots) {
        this.jdbc = jdbc;
        this.snapshots = snapshots;
    }

    @Operation(summary = "Each recorded change of the PK after 'dari' up to 'sampai': when, who, what, the reason")
    @GetMapping("/riwayat")
    public Riwayat riwayat(@PathVariable String tenant, @PathVariable String opd, @PathVariable int year,
                           @Parameter(description = "Recorded time, ISO-8601 with offset; absent = from the start")
                           @RequestParam(required = false) String dari,
                           @Parameter(description = "Recorded time, ISO-8601 with offset; absent = now")
                           @RequestParam(required = false) String sampai) {
        Instant from = dari == null || dari.isBlank() ? Instant.EPOCH : AsOfParameter.parse(dari);
        Instant to = AsOfParameter.parse(sampai);
        if (from.isAfter(to)) {
            throw new InvalidParameter("dari", "dari (" + from + ") sesudah sampai (" + to + ")");
        }
        snapshots.require(tenant, opd, year, to);
        List<Perubahan> changes = jdbc.query("""
                        SELECT recorded_at, actor, jenis, ringkasan, alasan FROM riwayat r
                        WHERE r.tenant = :tenant AND r.aggregate_id = :aggregate
                          AND r.recorded_at > :dari AND r.recorded_at <= :sampai
                        ORDER BY r.recorded_at, r.global_index LIMIT :limit""",
                params(tenant, opd, year).addValue("dari", History.timestamp(from))
                        .addValue("sampai", History.timestamp(to)).addValue("limit", BATAS + 1),
                (rs, i) -> new Perubahan(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5)));
        boolean cut = changes.size() > BATAS;
        return new Riwayat(aggregate(tenant, opd, year), from, to, cut ? changes.subList(0, BATAS) : changes, cut);
    }

    @Operation(summary = "The recorded moments of the PK up to asOf: each instant something was recorded")
    @GetMapping("/momen")
    public List<Momen> momen(@PathVariable String tenant, @PathVariable String opd, @PathVariable int year,
                             @Parameter(description = "Recorded time, ISO-8601 with offset; absent = now")
                             @RequestParam(required = false) String asOf) {
        Instant at = AsOfParameter.parse(asOf);
        snapshots.require(tenant, opd, year, at);
        return jdbc.query("""
                        SELECT recorded_at, min(jenis || chr(31) || ringkasan) FILTER (WHERE first) AS pertama,
                               count(*) AS jumlah
                        FROM (SELECT recorded_at, jenis, ringkasan,
                                     row_number() OVER (PARTITION BY recorded_at ORDER BY global_index) = 1 AS first
                              FROM riwayat r
                              WHERE r.tenant = :tenant AND r.aggregate_id = :aggregate
                                AND r.recorded_at <= :asOf) changes
                        GROUP BY recorded_at ORDER BY recorded_at""",
                params(tenant, opd, year).addValue("asOf", History.timestamp(at)), (rs, i) -> {
                    String[] first = rs.getString(2).split("\u001f", 2);
                    return new Momen(rs.getTimestamp(1).toInstant(), first[0], first.length > 1 ? first[1] : "",
                            rs.getInt(3));
                });
    }

    private static MapSqlParameterSource params(String tenant, String opd, int year) {
        return new MapSqlParameterSource("tenant", tenant).addValue("aggregate", aggregate(tenant, opd, year));
    }

    private static String aggregate(String tenant, String opd, int year) {
        return tenant + "/" + opd + "/pk/" + year;
    }
}
