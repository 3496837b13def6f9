package id.kinerja.command.verifikasi;

import id.kinerja.api.common.Periode;
import id.kinerja.api.pk.PerjanjianKinerjaId;
import id.kinerja.api.verifikasi.HasilVerifikasi;
import id.kinerja.api.verifikasi.RecordVerifikasi;
import id.kinerja.api.verifikasi.ReopenPeriode;
import id.kinerja.api.verifikasi.SubmitPeriode;
import id.kinerja.command.web.Commands;
import id.kinerja.command.web.Paths;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The reporting cycle of a period: the perangkat daerah submits it (ajukan), Bappeda or the Inspektorat verify it
 * or return it with a note, and reopen a verified or closed period with a reason.
 */
@RestController
@RequestMapping(Paths.PK)
@Tag(name = "Verifikasi", description = "Submit a period, the verifier's verdict, reopening")
class VerifikasiController {

    /** @param catatan what to correct; required when returning */
    record Verdict(@NotNull HasilVerifikasi hasil, String catatan) {
    }

    /** @param catatan an optional note for the verifier */
    record Submission(String catatan) {
    }

    record Reopening(String alasan) {
    }

    private final Commands commands;

    VerifikasiController(Commands commands) {
        this.commands = commands;
    }

    @PostMapping("/periode/{period}/ajukan")
    @Operation(summary = "Submit a period's report (realisasi, bukti dukung, kendala complete) to the verifier")
    ResponseEntity<Void> submit(@PathVariable String tenant, @PathVariable String opd, @PathVariable int year,
                                @PathVariable Periode period, @RequestBody(required = false) Submission body,
                                HttpServletRequest request) {
        PerjanjianKinerjaId pk = Paths.pk(tenant, opd, year);
        commands.send(request, pk.opd().tenant(), new SubmitPeriode(pk, period, body == null ? null : body.catatan()));
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/verifikasi/{period}")
    @Operation(summary = "Verify a submitted period (TERVERIFIKASI, which locks it) or return it (DIKEMBALIKAN) "
            + "with a note")
    ResponseEntity<Void> verify(@PathVariable String tenant, @PathVariable String opd, @PathVariable int year,
                                @PathVariable Periode period, @Valid @RequestBody Verdict body,
                                HttpServletRequest request) {
        PerjanjianKinerjaId pk = Paths.pk(tenant, opd, year);
        commands.send(request, pk.opd().tenant(), new RecordVerifikasi(pk, period, body.hasil(), body.catatan()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/periode/{period}/buka-kembali")
    @Operation(summary = "Reopen a verified period, or one the daerah closed, so it can be corrected; with a reason")
    ResponseEntity<Void> reopen(@PathVariable String tenant, @PathVariable String opd, @PathVariable int year,
                                @PathVariable Periode period, @RequestBody Reopening body,
                                HttpServletRequest request) {
        PerjanjianKinerjaId pk = Paths.pk(tenant, opd, year);
        commands.send(request, pk.opd().tenant(), new ReopenPeriode(pk, period, body.alasan()));
        return ResponseEntity.noContent().build();
    }
}
