package id.kinerja.command.pk;

import id.kinerja.api.common.Nilai;
import id.kinerja.api.common.Rupiah;
import id.kinerja.api.common.Signatory;
import id.kinerja.api.pk.AddKegiatan;
import id.kinerja.api.pk.AddProgram;
import id.kinerja.api.pk.AddSubKegiatan;
import id.kinerja.api.pk.AlasanPerubahan;
import id.kinerja.api.pk.AmendPerjanjianKinerja;
import id.kinerja.api.pk.DraftPerjanjianKinerja;
import id.kinerja.api.pk.Kegiatan;
import id.kinerja.api.pk.PaguChange;
import id.kinerja.api.pk.PerjanjianKinerjaId;
import id.kinerja.api.pk.Program;
import id.kinerja.api.pk.SetPagu;
import id.kinerja.api.pk.SetTarget;
import id.kinerja.api.pk.SignPerjanjianKinerja;
import id.kinerja.api.pk.SubKegiatan;
import id.kinerja.api.pk.TargetChange;
import id.kinerja.api.renstra.RenstraId;
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

import java.time.LocalDate;
import java.util.List;

@RestController
@RequestMapping(Paths.OPD + "/pk")
@Tag(name = "Perjanjian Kinerja", description = "Draft, targets, pagu, signing and PK Perubahan")
class PerjanjianKinerjaController {

    /** @param renstraPeriod the Renstra the PK is drafted from, e.g. 2021-2026 */
    record Draft(@NotNull Integer year, @NotBlank String renstraPeriod) {
    }

    record TargetValue(@NotNull Nilai target) {
    }

    record PaguValue(@NotNull Rupiah pagu) {
    }

    record Signing(@NotNull LocalDate signedOn, @NotBlank String place, @NotNull Signatory pihakPertama,
                   @NotNull Signatory pihakKedua) {
    }

    /**
     * A PK Perubahan: why, from when, signed by whom, and what changes.
     *
     * @param amends the revision it was prepared against (0 = PK induk): a Perubahan signed by someone else in the
     *               meantime makes this one a 409 instead of a revision its authors never saw
     */
    record Amendment(@NotNull AlasanPerubahan reason, @NotBlank String explanation, @NotNull LocalDate effectiveDate,
                     @NotNull LocalDate signedOn, @NotBlank String place, @NotNull Signatory pihakPertama,
                     @NotNull Signatory pihakKedua, List<Program> newPrograms, List<Kegiatan> newKegiatan,
                     List<SubKegiatan> newSubKegiatan, List<TargetChange> targets, List<PaguChange> pagu,
                     Integer amends) {
    }

    private final Commands commands;

    PerjanjianKinerjaController(Commands commands) {
        this.commands = commands;
    }

    @PostMapping
    @Operation(summary = "Draft the year's Perjanjian Kinerja from the Renstra covering it")
    ResponseEntity<Void> draft(@PathVariable String tenant, @PathVariable String opd, @Valid @RequestBody Draft body,
                               HttpServletRequest request) {
        PerjanjianKinerjaId pk = Paths.pk(tenant, opd, body.year());
        RenstraId renstra = Paths.renstra(tenant, opd, body.renstraPeriod());
        send(request, pk, new DraftPerjanjianKinerja(pk, renstra));
        return ResponseEntity.created(Paths.uri(pk)).build();
    }

    @PostMapping("/{year}/program")
    @Operation(summary = "Add a program under a sasaran strategis (draft only)")
    ResponseEntity<Void> addProgram(@PathVariable String tenant, @PathVariable String opd, @PathVariable int year,
                                    @RequestBody @NotNull Program body, HttpServletRequest request) {
        PerjanjianKinerjaId pk = Paths.pk(tenant, opd, year);
        send(request, pk, new AddProgram(pk, body));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{year}/kegiatan")
    @Operation(summary = "Add a kegiatan under a program (draft only)")
    ResponseEntity<Void> addKegiatan(@PathVariable String tenant, @PathVariable String opd, @PathVariable int year,
                                     @RequestBody @NotNull Kegiatan body, HttpServletRequest request) {
        PerjanjianKinerjaId pk = Paths.pk(tenant, opd, year);
        send(request, pk, new AddKegiatan(pk, body));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{year}/sub-kegiatan")
    @Operation(summary = "Add a sub kegiatan under a kegiatan (draft only)")
    ResponseEntity<Void> addSubKegiatan(@PathVariable String tenant, @PathVariable String opd, @PathVariable int year,
                                        @RequestBody @NotNull SubKegiatan body, HttpServletRequest request) {
        PerjanjianKinerjaId pk = Paths.pk(tenant, opd, year);
        send(request, pk, new AddSubKegiatan(pk, body));
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/{year}/indikator/{indicator}/target")
    @Operation(summary = "Set the year's target of an indicator on any level (draft only)")
    ResponseEntity<Void> setTarget(@PathVariable String tenant, @PathVariable String opd, @PathVariable int year,
                                   @PathVariable String indicator, @Valid @RequestBody TargetValue body,
                                   HttpServletRequest request) {
        PerjanjianKinerjaId pk = Paths.pk(tenant, opd, year);
        send(request, pk, new SetTarget(pk, indicator, body.target()));
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/{year}/sub-kegiatan/{subKegiatan}/pagu")
    @Operation(summary = "Set the pagu of a sub kegiatan; kegiatan, program and OPD totals are derived (draft only)")
    ResponseEntity<Void> setPagu(@PathVariable String tenant, @PathVariable String opd, @PathVariable int year,
                                 @PathVariable String subKegiatan, @Valid @RequestBody PaguValue body,
                                 HttpServletRequest request) {
        PerjanjianKinerjaId pk = Paths.pk(tenant, opd, year);
        send(request, pk, new SetPagu(pk, subKegiatan, body.pagu()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{year}/tanda-tangan")
    @Operation(summary = "Sign the PK: Pihak Pertama (Kepala OPD) and Pihak Kedua (Bupati/Wali Kota)")
    ResponseEntity<Void> sign(@PathVariable String tenant, @PathVariable String opd, @PathVariable int year,
                              @Valid @RequestBody Signing body, HttpServletRequest request) {
        PerjanjianKinerjaId pk = Paths.pk(tenant, opd, year);
        send(request, pk, new SignPerjanjianKinerja(pk, body.signedOn(), body.place(), body.pihakPertama(),
                body.pihakKedua()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{year}/perubahan")
    @Operation(summary = "Amend a signed PK (PK Perubahan): a new revision, earlier ones stay intact")
    ResponseEntity<Void> amend(@PathVariable String tenant, @PathVariable String opd, @PathVariable int year,
                               @Valid @RequestBody Amendment body, HttpServletRequest request) {
        PerjanjianKinerjaId pk = Paths.pk(tenant, opd, year);
        send(request, pk, new AmendPerjanjianKinerja(pk, body.reason(), body.explanation(), body.effectiveDate(),
                body.signedOn(), body.place(), body.pihakPertama(), body.pihakKedua(), body.newPrograms(),
                body.newKegiatan(), body.newSubKegiatan(), body.targets(), body.pagu(), body.amends()));
        return ResponseEntity.noContent().build();
    }

    private void send(HttpServletRequest request, PerjanjianKinerjaId pk, Object command) {
        commands.send(request, pk.opd().tenant(), command);
    }
}
