package id.kinerja.query.siklus;

import id.kinerja.api.common.Periode;
import id.kinerja.queryapi.pk.PkSnapshot;
import id.kinerja.query.pk.PkSnapshots;
import id.kinerja.query.web.PeriodeParameter;
import id.kinerja.web.AsOf;
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

/**
 * The reporting cycle of one perangkat daerah's year, as of any recorded time: each period's status against its
 * deadline, one period in full with its history, and the bukti dukung and kendala.
 */
@Tag(name = "Siklus pelaporan")
@RestController
@RequestMapping("/api/tenants/{tenant}/opd/{opd}/pk/{year}")
public class SiklusController {

    private final PkSnapshots snapshots;
    private final PeriodeStatuses statuses;
    private final PeriodeDetails details;
    private final SiklusReads reads;

    public SiklusController(PkSnapshots snapshots, PeriodeStatuses statuses, PeriodeDetails details,
                            SiklusReads reads) {
        this.snapshots = snapshots;
        this.statuses = statuses;
        this.details = details;
        this.reads = reads;
    }

    @Operation(summary = "Every period the perangkat daerah reports: status, due date, keadaan (late, due soon, …)")
    @GetMapping("/periode")
    public List<PeriodeStatus> periode(@PathVariable String tenant, @PathVariable String opd, @PathVariable int year,
                                       @Parameter(description = "Recorded time, ISO-8601 with offset; absent = now")
                                       @RequestParam(required = false) String asOf) {
        Instant at = AsOf.parse(asOf);
        PkSnapshot pk = snapshots.require(tenant, opd, year, at);
        return statuses.opd(tenant, opd, pk.opdName(), year, at);
    }

    @Operation(summary = "One period in full: status, realisasi with bukti dukung and kendala, budget realisation, "
            + "and its history up to asOf")
    @GetMapping("/periode/{period}")
    public PeriodeDetail detail(@PathVariable String tenant, @PathVariable String opd, @PathVariable int year,
                                @PathVariable String period, @RequestParam(required = false) String asOf) {
        return details.of(tenant, opd, year, PeriodeParameter.periode("period", period), AsOf.parse(asOf));
    }

    @Operation(summary = "A period's history: every step with who and when, up to asOf")
    @GetMapping("/periode/{period}/riwayat")
    public List<Riwayat> riwayat(@PathVariable String tenant, @PathVariable String opd, @PathVariable int year,
                                 @PathVariable String period, @RequestParam(required = false) String asOf) {
        return details.of(tenant, opd, year, PeriodeParameter.periode("period", period), AsOf.parse(asOf)).riwayat();
    }

    @Operation(summary = "The bukti dukung attached as of a time (of one period when given)")
    @GetMapping("/bukti-dukung")
    public List<Bukti> bukti(@PathVariable String tenant, @PathVariable String opd, @PathVariable int year,
                             @RequestParam(required = false) String period,
                             @RequestParam(required = false) String asOf) {
        Instant at = AsOf.parse(asOf);
        snapshots.require(tenant, opd, year, at);
        Periode only = period == null ? null : PeriodeParameter.periode("period", period);
        return reads.bukti(tenant, opd, year, at).stream()
                .filter(b -> only == null || b.period().equals(only.name())).toList();
    }

    @Operation(summary = "Kendala and tindak lanjut per indicator and period as of a time (of one period when given)")
    @GetMapping("/kendala")
    public List<Kendala> kendala(@PathVariable String tenant, @PathVariable String opd, @PathVariable int year,
                                 @RequestParam(required = false) String period,
                                 @RequestParam(required = false) String asOf) {
        Instant at = AsOf.parse(asOf);
        snapshots.require(tenant, opd, year, at);
        Periode only = period == null ? null : PeriodeParameter.periode("period", period);
        return reads.kendala(tenant, opd, year, at).stream()
                .filter(k -> only == null || k.period().equals(only.name())).toList();
    }
}
