package id.kinerja.command.rencanaaksi;

import id.kinerja.api.pk.PerjanjianKinerjaId;
import id.kinerja.api.rencanaaksi.MonthlyAmount;
import id.kinerja.api.rencanaaksi.PeriodTarget;
import id.kinerja.api.rencanaaksi.SetRencanaAksi;
import id.kinerja.api.rencanaaksi.SetRencanaAnggaran;
import id.kinerja.command.web.Commands;
import id.kinerja.command.web.Paths;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Rencana Aksi: the signed PK's annual targets broken into quarters (TW I–IV) or months, and the budget plan. */
@RestController
@RequestMapping(Paths.PK)
@Tag(name = "Rencana Aksi", description = "Quarterly or monthly targets per indicator and the monthly budget plan")
class RencanaAksiController {

    /** @param reason why an existing Rencana Aksi is replaced; required then */
    record Plan(@NotEmpty List<PeriodTarget> targets, @NotBlank String responsible, String reason) {
    }

    record BudgetPlan(@NotEmpty List<MonthlyAmount> plan, String reason) {
    }

    private final Commands commands;

    RencanaAksiController(Commands commands) {
        this.commands = commands;
    }

    @PutMapping("/rencana-aksi/{indicator}")
    @Operation(summary = "Set an indicator's Rencana Aksi; the periods must agree with the annual target")
    ResponseEntity<Void> setRencanaAksi(@PathVariable String tenant, @PathVariable String opd, @PathVariable int year,
                                        @PathVariable String indicator, @Valid @RequestBody Plan body,
                                        HttpServletRequest request) {
        PerjanjianKinerjaId pk = Paths.pk(tenant, opd, year);
        commands.send(request, pk.opd().tenant(),
                new SetRencanaAksi(pk, indicator, body.targets(), body.responsible(), body.reason()));
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/rencana-anggaran/{subKegiatan}")
    @Operation(summary = "Set a sub kegiatan's monthly budget plan; the months add up to its pagu")
    ResponseEntity<Void> setRencanaAnggaran(@PathVariable String tenant, @PathVariable String opd,
                                            @PathVariable int year, @PathVariable String subKegiatan,
                                            @Valid @RequestBody BudgetPlan body, HttpServletRequest request) {
        PerjanjianKinerjaId pk = Paths.pk(tenant, opd, year);
        commands.send(request, pk.opd().tenant(), new SetRencanaAnggaran(pk, subKegiatan, body.plan(), body.reason()));
        return ResponseEntity.noContent().build();
    }
}
