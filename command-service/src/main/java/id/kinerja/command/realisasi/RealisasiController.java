package id.kinerja.command.realisasi;

import id.kinerja.api.common.Nilai;
import id.kinerja.api.common.Periode;
import id.kinerja.api.common.Rupiah;
import id.kinerja.api.pk.PerjanjianKinerjaId;
import id.kinerja.api.realisasi.CorrectRealisasi;
import id.kinerja.api.realisasi.CorrectRealisasiAnggaran;
import id.kinerja.api.realisasi.RecordRealisasi;
import id.kinerja.api.realisasi.RecordRealisasiAnggaran;
import id.kinerja.command.web.Commands;
import id.kinerja.command.web.Paths;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.util.Map;

/** Realisasi: what was achieved per indicator and period, and the budget spent per sub kegiatan and month. */
@RestController
@RequestMapping(Paths.PK)
@Tag(name = "Realisasi", description = "Realisasi per indicator and period, budget realisation, and their corrections")
class RealisasiController {

    /**
     * @param value          the achieved value; leave it out and give pendingReason when it is not known yet
     * @param components     the formula's inputs (pembilang, penyebut, …) for formula indicators
     * @param statedValue    the value printed in the source document, kept when it differs from the computed one
     */
    record Realisasi(Nilai value, String pendingReason, Map<String, BigDecimal> components, Nilai statedValue) {
    }

    record Correction(Nilai value, String pendingReason, Map<String, BigDecimal> components,
                      @NotBlank String reason) {
    }

    record Spending(@NotNull Rupiah amount) {
    }

    record SpendingCorrection(@NotNull Rupiah amount, @NotBlank String reason) {
    }

    private final Commands commands;

    RealisasiController(Commands commands) {
        this.commands = commands;
    }

    @PutMapping("/realisasi/{indicator}/{period}")
    @Operation(summary = "Record an indicator's realisasi for a period (TW1–TW4, JAN–DES or TAHUN)")
    ResponseEntity<Void> record(@PathVariable String tenant, @PathVariable String opd, @PathVariable int year,
                                @PathVariable String indicator, @PathVariable Periode period,
                                @Valid @RequestBody Realisasi body, HttpServletRequest request) {
        PerjanjianKinerjaId pk = Paths.pk(tenant, opd, year);
        commands.send(request, pk.opd().tenant(), new RecordRealisasi(pk, indicator, period, body.value(),
                body.pendingReason(), body.components(), body.statedValue()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/realisasi/{indicator}/{period}/koreksi")
    @Operation(summary = "Correct a recorded realisasi, with the reason")
    ResponseEntity<Void> correct(@PathVariable String tenant, @PathVariable String opd, @PathVariable int year,
                                 @PathVariable String indicator, @PathVariable Periode period,
                                 @Valid @RequestBody Correction body, HttpServletRequest request) {
        PerjanjianKinerjaId pk = Paths.pk(tenant, opd, year);
        commands.send(request, pk.opd().tenant(), new CorrectRealisasi(pk, indicator, period, body.value(),
                body.pendingReason(), body.components(), body.reason()));
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/realisasi-anggaran/{subKegiatan}/{month}")
    @Operation(summary = "Record a sub kegiatan's budget realisation for a month (JAN–DES)")
    ResponseEntity<Void> recordSpending(@PathVariable String tenant, @PathVariable String opd, @PathVariable int year,
                                        @PathVariable String subKegiatan, @PathVariable Periode month,
                                        @Valid @RequestBody Spending body, HttpServletRequest request) {
        PerjanjianKinerjaId pk = Paths.pk(tenant, opd, year);
        commands.send(request, pk.opd().tenant(), new RecordRealisasiAnggaran(pk, subKegiatan, month, body.amount()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/realisasi-anggaran/{subKegiatan}/{month}/koreksi")
    @Operation(summary = "Correct a recorded budget realisation, with the reason")
    ResponseEntity<Void> correctSpending(@PathVariable String tenant, @PathVariable String opd, @PathVariable int year,
                                         @PathVariable String subKegiatan, @PathVariable Periode month,
                                         @Valid @RequestBody SpendingCorrection body, HttpServletRequest request) {
        PerjanjianKinerjaId pk = Paths.pk(tenant, opd, year);
        commands.send(request, pk.opd().tenant(),
                new CorrectRealisasiAnggaran(pk, subKegiatan, month, body.amount(), body.reason()));
        return ResponseEntity.noContent().build();
    }
}
