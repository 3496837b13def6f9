package id.kinerja.query.rencanaaksi;

import id.kinerja.api.common.Nilai;
import id.kinerja.api.common.Periode;
import id.kinerja.query.history.AsOf;
import id.kinerja.query.history.History;
import id.kinerja.query.history.NilaiColumns;
import id.kinerja.query.pk.PkSnapshot;
import id.kinerja.query.pk.PkSnapshots;
import id.kinerja.query.realisasi.RealisasiReads;
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

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Rencana Aksi of a PK as of a time: per indicator its annual target, the periods it is planned in (triwulan or
 * month) with their targets, and the official responsible. An indicator without Rencana Aksi has no periods.
 */
@Tag(name = "Rencana Aksi")
@RestController
public class RencanaAksiController {

    /** @param granularity TRIWULAN or BULAN as the Rencana Aksi has it; null without one */
    public record Baris(String level, String nodeCode, String code, String name, String unit, String polarity,
                        String combination, Nilai targetTahunan, String granularity, List<Target> periode,
                        String penanggungJawab) {
    }

    /**
     * A period's target (null: a period without one, "-") and what was recorded for it: the realisasi, or the
     * reason it is not available yet ({@code belumTersedia}); both null when nothing was recorded.
     */
    public record Target(String period, Nilai target, Nilai realisasi, String belumTersedia) {
    }

    public record RencanaAksi(String tenant, String opd, int year, java.time.Instant asOf, List<Baris> indikator) {
    }

    private final PkSnapshots snapshots;
    private final NamedParameterJdbcTemplate jdbc;
    private final RealisasiReads realisasi;

    public RencanaAksiController(PkSnapshots snapshots, NamedParameterJdbcTemplate jdbc, RealisasiReads realisasi) {
        this.snapshots = snapshots;
        this.jdbc = jdbc;
        this.realisasi = realisasi;
    }

    @Operation(summary = "Per indicator: annual target, the planned periods with their targets, the official responsible")
    @GetMapping("/api/tenants/{tenant}/opd/{opd}/pk/{year}/rencana-aksi")
    public RencanaAksi rencanaAksi(@PathVariable String tenant, @PathVariable String opd, @PathVariable int year,
                                   @Parameter(description = "Recorded time, ISO-8601 with offset; absent = now")
                                   @RequestParam(required = false) String asOf) {
        PkSnapshot pk = snapshots.require(tenant, opd, year, AsOfParameter.parse(asOf));
        Map<String, Map<Periode, Nilai>> planned = new HashMap<>();
        Map<String, String> responsible = new HashMap<>();
        jdbc.query("""
                SELECT indicator_code, period, target_angka, target_predikat, responsible FROM rencana_aksi x
                WHERE x.tenant = :tenant AND x.opd = :opd AND x.year = :year AND""" + " " + AsOf.on("x"),
                new MapSqlParameterSource("tenant", tenant).addValue("opd", opd).addValue("year", year)
                        .addValue("asOf", History.timestamp(pk.asOf())), rs -> {
                    Map<Periode, Nilai> periods = planned.computeIfAbsent(rs.getString(1),
                            k -> new EnumMap<>(Periode.class));
                    periods.put(Periode.valueOf(rs.getString(2)), NilaiColumns.read(rs.getBigDecimal(3),
                            rs.getString(4)));
                    responsible.put(rs.getString(1), rs.getString(5));
                });
        Map<String, Map<Periode, RealisasiReads.Realisasi>> recorded = realisasi.realisasi(tenant, opd, year,
                pk.asOf());
        List<Baris> rows = new ArrayList<>();
        for (PkSnapshot.Indikator indikator : pk.indicators()) {
            Map<Periode, Nilai> periods = planned.getOrDefault(indikator.code(), Map.of());
            PkSnapshot.Target annual = pk.targets().get(indikator.code());
            Map<Periode, RealisasiReads.Realisasi> values = recorded.getOrDefault(indikator.code(), Map.of());
            List<Target> targets = periods.entrySet().stream().map(e -> {
                RealisasiReads.Realisasi value = values.get(e.getKey());
                return new Target(e.getKey().name(), e.getValue(), value == null ? null : value.value(),
                        value == null ? null : value.pendingReason());
            }).toList();
            String granularity = periods.isEmpty() ? null : periods.keySet().iterator().next().granularity().name();
            rows.add(new Baris(indikator.level(), indikator.nodeCode(), indikator.code(), indikator.name(),
                    indikator.unit(), indikator.polarity(), indikator.combination(),
                    annual == null ? null : annual.value(), granularity, targets,
                    responsible.get(indikator.code())));
        }
        return new RencanaAksi(tenant, opd, year, pk.asOf(), rows);
    }
}
