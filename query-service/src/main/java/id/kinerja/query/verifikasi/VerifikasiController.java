package id.kinerja.query.verifikasi;

import id.kinerja.query.history.Saat;
import id.kinerja.query.pk.PkSnapshots;
import id.kinerja.queryapi.verifikasi.Verdict;
import id.kinerja.web.AsOf;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;

/** Where verification stands, per period, as of any recorded time. */
@Tag(name = "Verifikasi")
@RestController
public class VerifikasiController {

    private final PkSnapshots snapshots;
    private final VerifikasiReads verifikasi;

    public VerifikasiController(PkSnapshots snapshots, VerifikasiReads verifikasi) {
        this.snapshots = snapshots;
        this.verifikasi = verifikasi;
    }

    @Operation(summary = "Each period's verification verdict (TERVERIFIKASI, DIKEMBALIKAN with a note) as of a time")
    @GetMapping("/api/tenants/{tenant}/opd/{opd}/pk/{year}/verifikasi")
    public List<Verdict> verifikasi(@PathVariable String tenant, @PathVariable String opd, @PathVariable int year,
                                    @Parameter(description = AsOf.DESCRIPTION)
                                    @RequestParam(required = false) String asOf) {
        Instant at = AsOf.parse(asOf);
        snapshots.require(tenant, opd, year, at);
        return verifikasi.verdicts(tenant, opd, year, Saat.asOf(at));
    }
}
