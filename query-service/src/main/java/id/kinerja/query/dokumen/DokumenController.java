package id.kinerja.query.dokumen;

import id.kinerja.query.fakta.FaktaReads;
import id.kinerja.queryapi.dokumen.Selisih;
import id.kinerja.web.AsOf;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

@Tag(name = "Dokumen", description = "Where documents contradict the facts, and the LKjIP narrative")
@RestController
@RequestMapping("/api/tenants/{tenant}/opd/{opd}/pk/{year}")
public class DokumenController {

    private final SelisihQueries selisih;
    private final FaktaReads fakta;

    public DokumenController(SelisihQueries selisih, FaktaReads fakta) {
        this.selisih = selisih;
        this.fakta = fakta;
    }

    @Operation(summary = "Each figure a document printed that the facts contradict, with both numbers")
    @GetMapping("/selisih")
    public Selisih selisih(@PathVariable String tenant, @PathVariable String opd, @PathVariable int year,
                           @Parameter(description = AsOf.DESCRIPTION)
                           @RequestParam(required = false) String asOf,
                           @Parameter(description = "true: the agreeing figures too")
                           @RequestParam(defaultValue = "false") boolean semua) {
        return selisih.selisih(tenant, opd, year, AsOf.parse(asOf), semua);
    }

    @Operation(summary = "The LKjIP narrative sections as written as of a time")
    @GetMapping("/narasi")
    public Map<String, String> narasi(@PathVariable String tenant, @PathVariable String opd, @PathVariable int year,
                                      @Parameter(description = AsOf.DESCRIPTION)
                                      @RequestParam(required = false) String asOf) {
        return fakta.fakta(tenant, opd, year, AsOf.parse(asOf)).narasiTeks();
    }
}
