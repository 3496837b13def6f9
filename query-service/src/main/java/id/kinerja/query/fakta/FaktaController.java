package id.kinerja.query.fakta;

import id.kinerja.queryapi.Jalur;
import id.kinerja.queryapi.fakta.FaktaPk.Bagian;
import id.kinerja.queryapi.fakta.FaktaPk;
import id.kinerja.web.AsOf;
import id.kinerja.web.TidakSah;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Everything recorded about a PK year at a moment, in one answer: what the documents are composed from. */
@Tag(name = "Fakta")
@RestController
public class FaktaController {

    private final FaktaReads fakta;

    public FaktaController(FaktaReads fakta) {
        this.fakta = fakta;
    }

    @Operation(summary = "The PK, revisions, realisasi (and last year's), Rencana Aksi and Anggaran, budget realisation, "
            + "Renstra comparisons, verdicts and narrative at a moment: the input of every view and document")
    @GetMapping(Jalur.FAKTA)
    public FaktaPk fakta(@PathVariable String tenant, @PathVariable String opd, @PathVariable int year,
                         @Parameter(description = AsOf.DESCRIPTION) @RequestParam(required = false) String asOf,
                         @Parameter(description = "A revision signed by then: the facts as they stood under it "
                                 + "(0 = PK induk); absent = the revision in force")
                         @RequestParam(required = false) Integer revisi,
                         @Parameter(description = "Only these parts besides the PK, the others left empty: capaian, "
                                 + "anggaran, pelaporan (comma-separated); absent = all")
                         @RequestParam(required = false) List<String> bagian) {
        return fakta.underRevision(tenant, opd, year, AsOf.parse(asOf), revisi, parts(bagian));
    }

    private static Set<Bagian> parts(List<String> names) {
        if (names == null) {
            return Bagian.SEMUA;
        }
        Set<Bagian> parts = EnumSet.noneOf(Bagian.class);
        for (String name : names) {
            parts.add(Arrays.stream(Bagian.values()).filter(b -> b.parameter().equals(name.trim())).findFirst()
                    .orElseThrow(() -> new TidakSah("bagian", "bagian '" + name + "' tidak dikenal; yang ada: "
                            + Arrays.stream(Bagian.values()).map(Bagian::parameter).toList())));
        }
        return parts;
    }
}
