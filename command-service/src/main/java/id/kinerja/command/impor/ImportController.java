package id.kinerja.command.impor;

import id.kinerja.command.web.ActingUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

@RestController
@RequestMapping("/api/import")
@Tag(name = "Impor", description = "A perangkat daerah's planning year from a kinerja-import/1 file (docs/import-format.md)")
class ImportController {

    /** Five megabytes hold a large OPD's year many times over; more is a mistake or an attack. */
    static final int LARGEST_FILE = 5 * 1024 * 1024;

    private final Importer importer;
    private final ActingUser actingUser;

    ImportController(Importer importer, ActingUser actingUser) {
        this.importer = importer;
        this.actingUser = actingUser;
    }

    @PostMapping(consumes = {"application/yaml", "application/x-yaml", "text/yaml", "application/json", "text/plain"})
    @Operation(summary = "Import a planning year: all of it, or nothing with the rejected line named")
    ResponseEntity<ImportReport> importFile(HttpServletRequest request) throws IOException {
        String actor = actingUser.of(request);
        String text = read(request.getInputStream());
        return ResponseEntity.status(HttpStatus.CREATED).body(importer.importFile(text, actor));
    }

    private static String read(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(LARGEST_FILE + 1);
        if (bytes.length > LARGEST_FILE) {
            throw new ImportRejected(0, "", "file-too-large", null,
                    "berkas impor paling besar " + LARGEST_FILE / (1024 * 1024) + " MB");
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
