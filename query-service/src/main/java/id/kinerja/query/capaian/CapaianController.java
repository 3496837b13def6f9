package id.kinerja.query.capaian;

import id.kinerja.api.common.Nilai;
import id.kinerja.api.common.Predikat;
import id.kinerja.query.pk.PkSnapshots;
import id.kinerja.query.web.AsOfParameter;
import id.kinerja.query.web.InvalidParameter;
import id.kinerja.query.web.NotFound;
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

    @Operation(summary = "The capaian a typed realisasi would give, by the same rules; nothing is stored")
    @GetMapping("/api/tenants/{tenant}/opd/{opd}/pk/{year}/capaian/pratinjau")
    public CapaianView.Baris pratinjau(@PathVariable String tenant, @PathVariable String opd, @PathVariable int year,
                                       @Parameter(description = "Indicator code") @RequestParam String indikator,
                                       @Parameter(description = "TW1–TW4, JAN–DES or TAHUN")
                                       @RequestParam String period,
                                       @Parameter(description = "The realisasi: a number (7.5) or a predikat (A); "
                                               + "absent = none yet") @RequestParam(required = false) String nilai,
                                       @Parameter(description = "Recorded time, ISO-8601 with offset; absent = now")
                                       @RequestParam(required = false) String asOf) {
        var periode = AsOfParameter.periode(period);
        var pk = snapshots.require(tenant, opd, year, AsOfParameter.parse(asOf));
        return capaian.pratinjau(pk, periode, indikator, nilai(nilai)).orElseThrow(() -> new NotFound(
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
            return Nilai.of(new java.math.BigDecimal(value));
        } catch (NumberFormatException e) {
            throw new InvalidParameter("nilai", "nilai '" + value + "' bukan angka (mis. 7.5) atau predikat (AA, A, "
                    + "BB, B, CC, C, D)");
        }
    }
}
