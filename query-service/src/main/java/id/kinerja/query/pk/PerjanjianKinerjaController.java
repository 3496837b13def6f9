package id.kinerja.query.pk;

import id.kinerja.query.pemda.Tenants;
import id.kinerja.query.web.AsOfParameter;
import id.kinerja.query.web.NotFound;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;

/** The Perjanjian Kinerja and its revisions, as the platform held them at any recorded time. */
@Tag(name = "Perjanjian Kinerja")
@RestController
@RequestMapping("/api/tenants/{tenant}/opd/{opd}/pk/{year}")
public class PerjanjianKinerjaController {

    static final String AS_OF = "Recorded time, ISO-8601 with offset (e.g. 2023-08-01T00:00:00Z); absent = now";

    private final PkSnapshots snapshots;
    private final Tenants tenants;

    public PerjanjianKinerjaController(PkSnapshots snapshots, Tenants tenants) {
        this.snapshots = snapshots;
        this.tenants = tenants;
    }

    @Operation(summary = "The PK as of a time: cascade, targets, pagu with derived totals, revision in force")
    @GetMapping
    public PerjanjianKinerjaView pk(@PathVariable String tenant, @PathVariable String opd, @PathVariable int year,
                                    @Parameter(description = AS_OF) @RequestParam(required = false) String asOf,
                                    @Parameter(description = "A revision signed by then: the PK as it stood under it "
                                            + "(0 = PK induk); absent = the revision in force")
                                    @RequestParam(required = false) Integer revisi) {
        Instant at = AsOfParameter.parse(asOf);
        PkSnapshot current = snapshots.require(tenant, opd, year, at);
        String pemdaName = tenants.require(tenant, at).name();
        if (revisi == null || (current.inForce() != null && revisi == current.inForce().revision())) {
            return PerjanjianKinerjaView.of(current, pemdaName);
        }
        Revisi next = snapshots.revisions(tenant, opd, year, at).stream().filter(r -> r.revision() == revisi + 1)
                .findFirst().orElseThrow(() -> new NotFound("revisi " + revisi + " dari PK " + tenant + "/" + opd
                        + "/pk/" + year + " tidak ada per " + at));
        return PerjanjianKinerjaView.of(snapshots.justBefore(tenant, opd, year, next.recordedAt()), pemdaName);
    }

    @Operation(summary = "The revisions signed as of a time: 0 = PK induk, n = PK Perubahan n")
    @GetMapping("/revisi")
    public List<Revisi> revisions(@PathVariable String tenant, @PathVariable String opd, @PathVariable int year,
                                  @Parameter(description = AS_OF) @RequestParam(required = false) String asOf) {
        Instant at = AsOfParameter.parse(asOf);
        snapshots.require(tenant, opd, year, at);
        return snapshots.revisions(tenant, opd, year, at);
    }

    @Operation(summary = "A revision beside what it amended: every target and pagu line before and after")
    @GetMapping("/revisi/{revision}/perbandingan")
    public Perbandingan comparison(@PathVariable String tenant, @PathVariable String opd, @PathVariable int year,
                                   @PathVariable int revision,
                                   @Parameter(description = AS_OF) @RequestParam(required = false) String asOf) {
        Instant at = AsOfParameter.parse(asOf);
        snapshots.require(tenant, opd, year, at);
        Revisi revisi = snapshots.revisions(tenant, opd, year, at).stream()
                .filter(r -> r.revision() == revision).findFirst()
                .orElseThrow(() -> new NotFound("revisi " + revision + " dari PK " + tenant + "/" + opd + "/pk/" + year
                        + " tidak ada per " + at));
        Instant recorded = revisi.recordedAt();
        return Perbandingan.of(snapshots.justBefore(tenant, opd, year, recorded),
                snapshots.require(tenant, opd, year, recorded));
    }

    @Operation(summary = "A PK Perubahan before it is signed: the PK in force beside the typed changes, every line and "
            + "total as the signed comparison will show them; nothing is stored")
    @GetMapping("/perubahan/pratinjau")
    public Perbandingan pratinjauPerubahan(@PathVariable String tenant, @PathVariable String opd,
                                           @PathVariable int year,
                                           @Parameter(description = "A changed target, indicator:value (IKU-1.1:8.00)")
                                           @RequestParam(required = false) List<String> target,
                                           @Parameter(description = "A changed pagu, sub kegiatan:rupiah "
                                                   + "(P01.K1.S1:3186620)")
                                           @RequestParam(required = false) List<String> pagu) {
        PkSnapshot current = snapshots.require(tenant, opd, year, Instant.now());
        return Perbandingan.of(current, PerubahanDiketik.terapkan(current, target == null ? List.of() : target,
                pagu == null ? List.of() : pagu));
    }
}
