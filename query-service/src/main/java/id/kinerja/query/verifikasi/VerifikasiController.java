package id.kinerja.query.verifikasi;

import id.kinerja.query.history.AsOf;
import id.kinerja.query.history.History;
import id.kinerja.query.pk.PkSnapshots;
import id.kinerja.query.web.AsOfParameter;
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
import java.util.List;

/** Where verification stands, per period, as of any recorded time. */
@Tag(name = "Verifikasi")
@RestController
public class VerifikasiController {

    /** The verdict in force for a period: who gave it, when, and the note. */
    public record Verdict(String period, String hasil, String catatan, String verifier, Instant recordedAt) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final PkSnapshots snapshots;

    public VerifikasiController(NamedParameterJdbcTemplate jdbc, PkSnapshots snapshots) {
        this.jdbc = jdbc;
        this.snapshots = snapshots;
    }

    @Operation(summary = "Each period's verification verdict (TERVERIFIKASI, DIKEMBALIKAN with a note) as of a time")
    @GetMapping("/api/tenants/{tenant}/opd/{opd}/pk/{year}/verifikasi")
    public List<Verdict> verifikasi(@PathVariable String tenant, @PathVariable String opd, @PathVariable int year,
                                    @Parameter(description = "Recorded time, ISO-8601 with offset; absent = now")
                                    @RequestParam(required = false) String asOf) {
        Instant at = AsOfParameter.parse(asOf);
        snapshots.require(tenant, opd, year, at);
        return jdbc.query("SELECT period, hasil, catatan, verifier, recorded_from FROM verifikasi v"
                        + " WHERE v.tenant = :tenant AND v.opd = :opd AND v.year = :year AND " + AsOf.on("v")
                        + " ORDER BY v.period",
                new MapSqlParameterSource().addValue("tenant", tenant).addValue("opd", opd).addValue("year", year)
                        .addValue("asOf", History.timestamp(at)),
                (rs, i) -> new Verdict(rs.getString("period"), rs.getString("hasil"), rs.getString("catatan"),
                        rs.getString("verifier"), rs.getTimestamp("recorded_from").toInstant()));
    }
}
