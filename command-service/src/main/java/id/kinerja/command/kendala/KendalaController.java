package id.kinerja.command.kendala;

import id.kinerja.api.common.Periode;
import id.kinerja.api.kendala.RecordKendala;
import id.kinerja.api.pk.PerjanjianKinerjaId;
import id.kinerja.command.web.Commands;
import id.kinerja.command.web.Paths;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Kendala and tindak lanjut: what held an indicator back in a period, and what is done about it. */
@RestController
@RequestMapping(Paths.PK)
@Tag(name = "Kendala", description = "Obstacles and follow-up per indicator and period")
class KendalaController {

    record Kendala(String kendala, String tindakLanjut) {
    }

    private final Commands commands;

    KendalaController(Commands commands) {
        this.commands = commands;
    }

    @PutMapping("/kendala/{indicator}/{period}")
    @Operation(summary = "Record an indicator's kendala and tindak lanjut for a period (replaces the earlier ones)")
    ResponseEntity<Void> record(@PathVariable String tenant, @PathVariable String opd, @PathVariable int year,
                                @PathVariable String indicator, @PathVariable Periode period,
                                @RequestBody Kendala body, HttpServletRequest request) {
        PerjanjianKinerjaId pk = Paths.pk(tenant, opd, year);
        commands.send(request, pk.opd().tenant(),
                new RecordKendala(pk, indicator, period, body.kendala(), body.tindakLanjut()));
        return ResponseEntity.noContent().build();
    }
}
