package id.kinerja.query.capaian;

import id.kinerja.query.fakta.FaktaReads;
import id.kinerja.query.web.PeriodeParameter;
import id.kinerja.queryapi.Jalur;
import id.kinerja.queryapi.capaian.CapaianSusun;
import id.kinerja.queryapi.capaian.CapaianView;
import id.kinerja.web.AsOf;
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

    private final FaktaReads fakta;

    public CapaianController(FaktaReads fakta) {
        this.fakta = fakta;
    }

    @Operation(summary = "Target, realisasi, capaian, keterangan and kategori per indicator; averages leave pending out")
    @GetMapping(Jalur.CAPAIAN)
    public CapaianView capaian(@PathVariable String tenant, @PathVariable String opd, @PathVariable int year,
                               @Parameter(description = "TW1–TW4, JAN–DES or TAHUN (default)")
                               @RequestParam(required = false) String period,
                               @Parameter(description = AsOf.DESCRIPTION)
                               @RequestParam(required = false) String asOf) {
        var periode = PeriodeParameter.periode("period", period);
        return CapaianSusun.capaian(fakta.fakta(tenant, opd, year, AsOf.parse(asOf)), periode);
    }
}
