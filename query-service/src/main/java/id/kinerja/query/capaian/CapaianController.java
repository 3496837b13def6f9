package id.kinerja.query.capaian;

import id.kinerja.api.common.Nilai;
import id.kinerja.api.common.Predikat;
import id.kinerja.query.fakta.FaktaReads;
import id.kinerja.query.web.PeriodeParameter;
import id.kinerja.queryapi.Jalur;
import id.kinerja.queryapi.capaian.CapaianSusun;
import id.kinerja.queryapi.capaian.CapaianView;
import id.kinerja.queryapi.fakta.FaktaPk.Bagian;
import id.kinerja.web.AsOf;
import id.kinerja.web.TidakDitemukan;
import id.kinerja.web.TidakSah;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;

/** Capaian per indicator and period, with sasaran and OPD averages, as of any recorded time. */
@Tag(name = "Capaian")
@RestController
public class CapaianController {

    /** Capaian reads only what the rule book needs for it. */
    private static final Set<Bagian> CAPAIAN = EnumSet.of(Bagian.CAPAIAN);

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
        return CapaianSusun.capaian(fakta.fakta(tenant, opd, year, AsOf.parse(asOf), CAPAIAN), periode);
    }

    @Operation(summary = "The capaian a typed realisasi would give, by the same rules; nothing is stored")
    @GetMapping(Jalur.CAPAIAN + "/pratinjau")
    public CapaianView.Baris pratinjau(@PathVariable String tenant, @PathVariable String opd, @PathVariable int year,
                                       @Parameter(description = "Indicator code") @RequestParam String indikator,
                                       @Parameter(description = "TW1–TW4, JAN–DES or TAHUN")
                                       @RequestParam String period,
                                       @Parameter(description = "The realisasi: a number (7.5) or a predikat (A); "
                                               + "absent = none yet") @RequestParam(required = false) String nilai,
                                       @Parameter(description = AsOf.DESCRIPTION)
                                       @RequestParam(required = false) String asOf) {
        var periode = PeriodeParameter.periode("period", period);
        return CapaianSusun.pratinjau(fakta.fakta(tenant, opd, year, AsOf.parse(asOf), CAPAIAN), periode, indikator,
                nilai(nilai)).orElseThrow(() -> new TidakDitemukan(
                "indikator '" + indikator + "' tidak ada dalam PK " + tenant + "/" + opd + "/pk/" + year));
    }

    private static Nilai nilai(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.trim();
        for (Predikat predikat : Predikat.values()) {
            if (predikat.name().equalsIgnoreCase(value)) {
                return Nilai.of(predikat);
            }
        }
        try {
            return Nilai.of(new BigDecimal(value));
        } catch (NumberFormatException e) {
            throw new TidakSah("nilai", "nilai '" + value + "' bukan angka (mis. 7.5) atau predikat (AA, A, BB, B, "
                    + "CC, C, D)");
        }
    }
}
