package id.kinerja.command.renstra;

import id.kinerja.api.common.Nilai;
import id.kinerja.api.common.OpdId;
import id.kinerja.api.renstra.AddSasaranStrategis;
import id.kinerja.api.renstra.AddTujuan;
import id.kinerja.api.renstra.DeclareRenstra;
import id.kinerja.api.renstra.RecordRealisasiTahunan;
import id.kinerja.api.renstra.RenstraId;
import id.kinerja.api.renstra.SasaranStrategis;
import id.kinerja.api.renstra.SetRenstraEndTarget;
import id.kinerja.api.renstra.SetRenstraTarget;
import id.kinerja.api.renstra.SetStandarNasional;
import id.kinerja.api.renstra.Tujuan;
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

@RestController
@RequestMapping(Paths.OPD + "/renstra")
@Tag(name = "Renstra", description = "Tujuan, sasaran strategis, indicators and their targets over the Renstra period")
class RenstraController {

    record Declaration(@NotNull Integer firstYear, @NotNull Integer lastYear) {
    }

    /** @param reason why an already set target changes; required then */
    record TargetValue(@NotNull Nilai target, String reason) {
    }

    /**
     * @param source where the value was reported or published; required for a national standard
     * @param reason why an already recorded value changes; required then
     */
    record ComparisonValue(@NotNull Nilai value, String source, String reason) {
    }

    private final Commands commands;

    RenstraController(Commands commands) {
        this.commands = commands;
    }

    @PostMapping
    @Operation(summary = "Declare the Renstra of a perangkat daerah for a period, e.g. 2021–2026")
    ResponseEntity<Void> declare(@PathVariable String tenant, @PathVariable String opd,
                                 @Valid @RequestBody Declaration body, HttpServletRequest request) {
        OpdId opdId = Paths.opd(tenant, opd);
        RenstraId renstra = Paths.renstra(opdId, body.firstYear(), body.lastYear());
        commands.send(request, opdId.tenant(), new DeclareRenstra(renstra));
        return ResponseEntity.created(Paths.uri(renstra)).build();
    }

    @PostMapping("/{period}/tujuan")
    @Operation(summary = "Add a tujuan with its indicators")
    ResponseEntity<Void> addTujuan(@PathVariable String tenant, @PathVariable String opd, @PathVariable String period,
                                   @Valid @RequestBody @NotNull Tujuan body, HttpServletRequest request) {
        RenstraId renstra = Paths.renstra(tenant, opd, period);
        commands.send(request, renstra.opd().tenant(), new AddTujuan(renstra, body));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{period}/sasaran")
    @Operation(summary = "Add a sasaran strategis under a tujuan, with its indicators (IKU)")
    ResponseEntity<Void> addSasaran(@PathVariable String tenant, @PathVariable String opd, @PathVariable String period,
                                    @Valid @RequestBody @NotNull SasaranStrategis body, HttpServletRequest request) {
        RenstraId renstra = Paths.renstra(tenant, opd, period);
        commands.send(request, renstra.opd().tenant(), new AddSasaranStrategis(renstra, body));
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/{period}/indikator/{indicator}/target/{year}")
    @Operation(summary = "Set an indicator's target for one year of the period")
    ResponseEntity<Void> setTarget(@PathVariable String tenant, @PathVariable String opd, @PathVariable String period,
                                   @PathVariable String indicator, @PathVariable int year,
                                   @Valid @RequestBody TargetValue body, HttpServletRequest request) {
        RenstraId renstra = Paths.renstra(tenant, opd, period);
        commands.send(request, renstra.opd().tenant(),
                new SetRenstraTarget(renstra, indicator, year, body.target(), body.reason()));
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/{period}/indikator/{indicator}/target-akhir")
    @Operation(summary = "Set an indicator's target for the end of the Renstra period")
    ResponseEntity<Void> setEndTarget(@PathVariable String tenant, @PathVariable String opd,
                                      @PathVariable String period, @PathVariable String indicator,
                                      @Valid @RequestBody TargetValue body, HttpServletRequest request) {
        RenstraId renstra = Paths.renstra(tenant, opd, period);
        commands.send(request, renstra.opd().tenant(),
                new SetRenstraEndTarget(renstra, indicator, body.target(), body.reason()));
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/{period}/indikator/{indicator}/realisasi/{year}")
    @Operation(summary = "Record an indicator's realisasi of a year as reported (kondisi awal or a year before the "
            + "platform), for the LKjIP's comparison with the year before")
    ResponseEntity<Void> recordRealisasi(@PathVariable String tenant, @PathVariable String opd,
                                         @PathVariable String period, @PathVariable String indicator,
                                         @PathVariable int year, @Valid @RequestBody ComparisonValue body,
                                         HttpServletRequest request) {
        RenstraId renstra = Paths.renstra(tenant, opd, period);
        commands.send(request, renstra.opd().tenant(),
                new RecordRealisasiTahunan(renstra, indicator, year, body.value(), body.source(), body.reason()));
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/{period}/indikator/{indicator}/standar-nasional/{year}")
    @Operation(summary = "Set the national standard an indicator is compared with in a year, with its source")
    ResponseEntity<Void> setStandarNasional(@PathVariable String tenant, @PathVariable String opd,
                                            @PathVariable String period, @PathVariable String indicator,
                                            @PathVariable int year, @Valid @RequestBody ComparisonValue body,
                                            HttpServletRequest request) {
        RenstraId renstra = Paths.renstra(tenant, opd, period);
        commands.send(request, renstra.opd().tenant(),
                new SetStandarNasional(renstra, indicator, year, body.value(), body.source(), body.reason()));
        return ResponseEntity.noContent().build();
    }
}
