package id.kinerja.query.provinsi;

import id.kinerja.queryapi.Jalur;
import id.kinerja.queryapi.provinsi.RekapProvinsi;
import id.kinerja.web.AsOf;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The province's view of its kabupaten/kota. */
@Tag(name = "Provinsi")
@RestController
public class RekapController {

    private final RekapQueries rekap;

    public RekapController(RekapQueries rekap) {
        this.rekap = rekap;
    }

    @Operation(summary = "Kabupaten/kota side by side per program and indicator, totals and ranking")
    @GetMapping(Jalur.REKAP)
    public RekapProvinsi rekap(@PathVariable String provinsi, @PathVariable int year,
                               @Parameter(description = AsOf.DESCRIPTION)
                               @RequestParam(required = false) String asOf) {
        return rekap.rekap(provinsi, year, AsOf.parse(asOf));
    }
}
