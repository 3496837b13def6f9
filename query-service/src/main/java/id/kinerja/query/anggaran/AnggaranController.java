package id.kinerja.query.anggaran;

import id.kinerja.api.common.Periode;
import id.kinerja.query.fakta.FaktaReads;
import id.kinerja.query.pk.PkSnapshots;
import id.kinerja.query.web.PeriodeParameter;
import id.kinerja.queryapi.Jalur;
import id.kinerja.queryapi.anggaran.AnggaranBulanan;
import id.kinerja.queryapi.anggaran.AnggaranSusun;
import id.kinerja.queryapi.anggaran.AnggaranView;
import id.kinerja.queryapi.fakta.FaktaPk.Bagian;
import id.kinerja.web.AsOf;
import id.kinerja.web.TidakSah;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.EnumSet;

/** Pagu, realisasi anggaran, absorption rolled up and efisiensi, as of any recorded time. */
@Tag(name = "Anggaran")
@RestController
public class AnggaranController {

    private final FaktaReads fakta;
    private final PkSnapshots snapshots;
    private final AnggaranBulananQueries bulanan;

    AnggaranController(FaktaReads fakta, PkSnapshots snapshots, AnggaranBulananQueries bulanan) {
        this.fakta = fakta;
        this.snapshots = snapshots;
        this.bulanan = bulanan;
    }

    @Operation(summary = "Budget and its realisation per sub kegiatan, rolled up to kegiatan, program, sasaran, OPD")
    @GetMapping(Jalur.ANGGARAN)
    public AnggaranView anggaran(@PathVariable String tenant, @PathVariable String opd, @PathVariable int year,
                                 @Parameter(description = "Last month counted, JAN–DES (default DES)")
                                 @RequestParam(required = false) String sampai,
                                 @Parameter(description = AsOf.DESCRIPTION)
                                 @RequestParam(required = false) String asOf) {
        Periode month = sampai == null ? Periode.DES : PeriodeParameter.periode("sampai", sampai);
        if (month.granularity() != Periode.Granularity.BULAN) {
            throw new TidakSah("sampai", "sampai '" + sampai + "' harus bulan JAN–DES");
        }
        return AnggaranSusun.anggaran(fakta.fakta(tenant, opd, year, AsOf.parse(asOf),
                EnumSet.of(Bagian.CAPAIAN, Bagian.ANGGARAN)), month);
    }

    @Operation(summary = "Month by month: plan and realisation per sub kegiatan, totals and running absorption")
    @GetMapping(Jalur.ANGGARAN + "/bulanan")
    public AnggaranBulanan bulanan(@PathVariable String tenant, @PathVariable String opd, @PathVariable int year,
                                   @Parameter(description = AsOf.DESCRIPTION)
                                   @RequestParam(required = false) String asOf) {
        return bulanan.bulanan(snapshots.require(tenant, opd, year, AsOf.parse(asOf)));
    }
}
