package id.kinerja.query.pemda;

import id.kinerja.query.history.AsOf;
import id.kinerja.query.history.History;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A daerah and its perangkat daerah with the years each has a Perjanjian Kinerja for: where to go from here. */
@Tag(name = "Pemerintah daerah")
@RestController
public class PerangkatDaerahController {

    public record Daerah(String tenant, String name, String jenis, String provinsi, List<Opd> perangkatDaerah) {
    }

    public record Opd(String opd, String name, List<Integer> tahunPk) {
    }

    private final Tenants tenants;
    private final NamedParameterJdbcTemplate jdbc;

    public PerangkatDaerahController(Tenants tenants, NamedParameterJdbcTemplate jdbc) {
        this.tenants = tenants;
        this.jdbc = jdbc;
    }

    @Operation(summary = "The daerah's perangkat daerah and the years of their PK, as of a time")
    @GetMapping("/api/tenants/{tenant}/opd")
    public Daerah daerah(@PathVariable String tenant,
                         @Parameter(description = "Recorded time, ISO-8601 with offset; absent = now")
                         @RequestParam(required = false) String asOf) {
        Instant at = AsOfParameter.parse(asOf);
        Tenants.Pemda pemda = tenants.require(tenant, at);
        MapSqlParameterSource params = new MapSqlParameterSource("tenant", tenant)
                .addValue("asOf", History.timestamp(at));
        Map<String, List<Integer>> years = new LinkedHashMap<>();
        jdbc.query("SELECT k.opd, k.year FROM perjanjian_kinerja k WHERE k.tenant = :tenant AND " + AsOf.on("k")
                + " ORDER BY k.opd, k.year DESC", params, rs -> {
            years.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getInt(2));
        });
        List<Opd> opds = jdbc.query("SELECT d.opd, d.name FROM perangkat_daerah d WHERE d.tenant = :tenant AND "
                        + AsOf.on("d") + " ORDER BY d.name", params,
                (rs, i) -> new Opd(rs.getString(1), rs.getString(2), years.getOrDefault(rs.getString(1), List.of())));
        return new Daerah(pemda.tenant(), pemda.name(), pemda.jenis(), pemda.provinsi(), opds);
    }
}
