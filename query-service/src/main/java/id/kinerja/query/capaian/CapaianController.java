package id.kinerja.query.capaian;

import id.kinerja.query.pk.PkSnapshots;
import id.kinerja.query.web.AsOfParameter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Capaian per indicator and period, with sasaran and OPD averages, as of any recorded time. */
@Tag(name = "Capaian")
@RestController
public class CapaianController {

    private final PkSnapshots snapshots;
    private final CapaianQueries capaian;

    public CapaianController(PkSnapshots snapshots, CapaianQueries capaian) {
        this.snapshots = snapshots;
        this.capaian = capaian;
    }

    @Operation(summary = "Target, realisasi, capaian, keterangan and kategori per indicator; averages leave pending out")
    @GetMapping("/api/tenants/{tenant}/opd/{opd}/pk/{year}/capaian")
    public CapaianView capaian(@PathVariable String tenant, @PathVariable String opd, @PathVariable int year,
                               @Parameter(description = "TW1–TW4, JAN–DES or TAHUN (default)")
                               @RequestParam(required = false) String period,
                               @Parameter(description = "Recorded time, ISO-8601 with offset; absent = now")
                               @RequestParam(required = false) String asOf) {
        var periode = AsOfParameter.periode(period);
        return capaian.capaian(snapshots.require(tenant, opd, year, AsOfParameter.parse(asOf)), periode);
    }
}
