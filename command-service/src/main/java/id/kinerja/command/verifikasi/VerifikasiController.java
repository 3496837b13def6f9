package id.kinerja.command.verifikasi;

import id.kinerja.api.common.Periode;
import id.kinerja.api.pk.PerjanjianKinerjaId;
import id.kinerja.api.verifikasi.HasilVerifikasi;
import id.kinerja.api.verifikasi.RecordVerifikasi;
import id.kinerja.command.web.Commands;
import id.kinerja.command.web.Paths;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Verifikasi: Bappeda or the Inspektorat verify a period's realisasi, or return it with a note. */
@RestController
@RequestMapping(Paths.PK)
@Tag(name = "Verifikasi", description = "A verifier's verdict on a period's realisasi")
class VerifikasiController {

    /** @param catatan what to correct; required when returning */
    record Verdict(@NotNull HasilVerifikasi hasil, String catatan) {
    }

    private final Commands commands;

    VerifikasiController(Commands commands) {
        this.commands = commands;
    }

    @PutMapping("/verifikasi/{period}")
    @Operation(summary = "Mark a period's realisasi verified (TERVERIFIKASI) or return it (DIKEMBALIKAN) with a note")
    ResponseEntity<Void> verify(@PathVariable String tenant, @PathVariable String opd, @PathVariable int year,
                                @PathVariable Periode period, @Valid @RequestBody Verdict body,
                                HttpServletRequest request) {
        PerjanjianKinerjaId pk = Paths.pk(tenant, opd, year);
        commands.send(request, pk.opd().tenant(), new RecordVerifikasi(pk, period, body.hasil(), body.catatan()));
        return ResponseEntity.noContent().build();
    }
}
