package id.kinerja.command.impor;

import id.kinerja.api.pk.PerjanjianKinerjaId;
import id.kinerja.command.pk.Outlines;
import id.kinerja.command.web.ActingUser;
import id.kinerja.command.web.Paths;
import id.kinerja.security.Pengguna;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

@RestController
@Tag(name = "Impor", description = "A perangkat daerah's planning year from a kinerja-import/1 file (docs/import-format.md)")
class ImportController {

    /** Five megabytes hold a large OPD's year many times over; more is a mistake or an attack. */
    static final int LARGEST_FILE = 5 * 1024 * 1024;
    private static final String DRY_RUN = "true: apply every rule and report, then roll back — nothing is stored";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final Importer importer;
    private final ActingUser actingUser;
    private final Outlines outlines;

    ImportController(Importer importer, ActingUser actingUser, Outlines outlines) {
        this.importer = importer;
        this.actingUser = actingUser;
        this.outlines = outlines;
    }

    @PostMapping(path = "/api/import",
            consumes = {"application/yaml", "application/x-yaml", "text/yaml", "application/json", "text/plain"})
    @Operation(summary = "Import a planning year (kinerja-import/1) or a PK's progress (kinerja-progress/1): "
            + "all of it, or nothing with the rejected line named")
    ResponseEntity<ImportReport> importFile(HttpServletRequest request, @Parameter(description = DRY_RUN)
                                            @RequestParam(defaultValue = "false") boolean dryRun) throws IOException {
        Pengguna user = actingUser.of(request);
        String text = new String(read(request.getInputStream()), StandardCharsets.UTF_8);
        return answer(importer.importFile(YamlTree.parse(text), user, dryRun));
    }

    @PostMapping(path = "/api/import", consumes = XLSX)
    @Operation(summary = "Import a filled-in spreadsheet template: Rencana Aksi, realisasi, budget realisation")
    ResponseEntity<ImportReport> importSpreadsheet(HttpServletRequest request, @Parameter(description = DRY_RUN)
                                                   @RequestParam(defaultValue = "false") boolean dryRun) throws IOException {
        Pengguna user = actingUser.of(request);
        byte[] bytes = read(request.getInputStream());
        return answer(importer.importFile(SpreadsheetTree.read(bytes), user, dryRun));
    }

    /** 201 when the file was stored; 200 for a dry run, which stored nothing. */
    private static ResponseEntity<ImportReport> answer(ImportReport report) {
        return ResponseEntity.status(report.dryRun() ? HttpStatus.OK : HttpStatus.CREATED).body(report);
    }


    @GetMapping(path = Paths.PK + "/templat.xlsx", produces = XLSX)
    @Operation(summary = "The spreadsheet template of a signed PK, with its indicators and sub kegiatan")
    ResponseEntity<byte[]> template(@PathVariable String tenant, @PathVariable String opd, @PathVariable int year) {
        PerjanjianKinerjaId pk = Paths.pk(tenant, opd, year);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"kinerja-" + tenant + "-" + opd + "-"
                        + year + ".xlsx\"")
                .contentType(MediaType.parseMediaType(XLSX))
                .body(SpreadsheetTemplate.of(outlines.of(pk)));
    }

    private static byte[] read(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(LARGEST_FILE + 1);
        if (bytes.length > LARGEST_FILE) {
            throw new ImportRejected(0, "", "file-too-large", null,
                    "berkas impor paling besar " + LARGEST_FILE / (1024 * 1024) + " MB");
        }
        return bytes;
    }
}
