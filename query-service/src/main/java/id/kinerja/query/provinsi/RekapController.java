package id.kinerja.query.provinsi;

import id.kinerja.query.web.AsOfParameter;
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
    @GetMapping("/api/provinsi/{provinsi}/rekap/{year}")
    public RekapProvinsi rekap(@PathVariable String provinsi, @PathVariable int year,
                               @Parameter(description = "Recorded time, ISO-8601 with offset; absent = now")
                               @RequestParam(required = false) String asOf) {
        return rekap.rekap(provinsi, year, AsOfParameter.parse(asOf));
    }
}
