package id.kinerja.query.anggaran;

import id.kinerja.api.common.Periode;
import id.kinerja.query.pk.PkSnapshots;
import id.kinerja.query.web.AsOfParameter;
import id.kinerja.query.web.InvalidParameter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Pagu, realisasi anggaran, absorption rolled up and efisiensi, as of any recorded time. */
@Tag(name = "Anggaran")
@RestController
public class AnggaranController {

    private final PkSnapshots snapshots;
    private final AnggaranQueries anggaran;
    private final AnggaranBulananQueries bulanan;

    AnggaranController(PkSnapshots snapshots, AnggaranQueries anggaran, AnggaranBulananQueries bulanan) {
        this.snapshots = snapshots;
        this.anggaran = anggaran;
        this.bulanan = bulanan;
    }

    @Operation(summary = "Budget and its realisation per sub kegiatan, rolled up to kegiatan, program, sasaran, OPD")
    @GetMapping("/api/tenants/{tenant}/opd/{opd}/pk/{year}/anggaran")
    public AnggaranView anggaran(@PathVariable String tenant, @PathVariable String opd, @PathVariable int year,
                                 @Parameter(description = "Last month counted, JAN–DES (default DES)")
                                 @RequestParam(required = false) String sampai,
                                 @Parameter(description = "Recorded time, ISO-8601 with offset; absent = now")
                                 @RequestParam(required = false) String asOf) {
        Periode month = sampai == null ? Periode.DES : AsOfParameter.periode(sampai);
        if (month.granularity() != Periode.Granularity.BULAN) {
            throw new InvalidParameter("sampai", "sampai '" + sampai + "' harus bulan JAN–DES");
        }
        return anggaran.anggaran(snapshots.require(tenant, opd, year, AsOfParameter.parse(asOf)), month);
    }

    @Operation(summary = "Month by month: plan and realisation per sub kegiatan, totals and running absorption")
    @GetMapping("/api/tenants/{tenant}/opd/{opd}/pk/{year}/anggaran/bulanan")
    public AnggaranBulanan bulanan(@PathVariable String tenant, @PathVariable String opd, @PathVariable int year,
                                   @Parameter(description = "Recorded time, ISO-8601 with offset; absent = now")
                                   @RequestParam(required = false) String asOf) {
        return bulanan.bulanan(snapshots.require(tenant, opd, year, AsOfParameter.parse(asOf)));
    }
}
