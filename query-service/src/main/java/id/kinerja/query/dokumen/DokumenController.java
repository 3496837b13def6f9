package id.kinerja.query.dokumen;

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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

@Tag(name = "Dokumen", description = "Where documents contradict the facts, and the LKjIP narrative")
@RestController
@RequestMapping("/api/tenants/{tenant}/opd/{opd}/pk/{year}")
public class DokumenController {

    private static final String AS_OF = "Recorded time, ISO-8601 with offset; absent = now";

    private final SelisihQueries selisih;
    private final PkSnapshots snapshots;
    private final NamedParameterJdbcTemplate jdbc;

    public DokumenController(SelisihQueries selisih, PkSnapshots snapshots, NamedParameterJdbcTemplate jdbc) {
        this.selisih = selisih;
        this.snapshots = snapshots;
        this.jdbc = jdbc;
    }

    @Operation(summary = "Each figure a document printed that the facts contradict, with both numbers")
    @GetMapping("/selisih")
    public Selisih selisih(@PathVariable String tenant, @PathVariable String opd, @PathVariable int year,
                           @Parameter(description = AS_OF) @RequestParam(required = false) String asOf,
                           @Parameter(description = "true: the agreeing figures too")
                           @RequestParam(defaultValue = "false") boolean semua) {
        return selisih.selisih(tenant, opd, year, AsOfParameter.parse(asOf), semua);
    }

    @Operation(summary = "The LKjIP narrative sections as written as of a time")
    @GetMapping("/narasi")
    public Map<String, String> narasi(@PathVariable String tenant, @PathVariable String opd, @PathVariable int year,
                                      @Parameter(description = AS_OF) @RequestParam(required = false) String asOf) {
        Instant at = AsOfParameter.parse(asOf);
        snapshots.require(tenant, opd, year, at);
        Map<String, String> sections = new LinkedHashMap<>();
        jdbc.query("SELECT section, text FROM narrative n WHERE n.tenant = :tenant AND n.opd = :opd AND n.year = :year"
                        + " AND " + AsOf.on("n") + " ORDER BY n.recorded_from, n.section",
                new MapSqlParameterSource().addValue("tenant", tenant).addValue("opd", opd).addValue("year", year)
                        .addValue("asOf", History.timestamp(at)),
                rs -> {
                    sections.put(rs.getString("section"), rs.getString("text"));
                });
        return sections;
    }
}
