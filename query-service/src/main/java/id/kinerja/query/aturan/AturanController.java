package id.kinerja.query.aturan;

import id.kinerja.queryapi.Jalur;
import id.kinerja.rulebook.Aturan;
import id.kinerja.rulebook.BukuAturan;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The rule book as users read it: every formula and band the views and documents apply, with its source. */
@Tag(name = "Aturan")
@RestController
public class AturanController {

    @Operation(summary = "Every rule of the capaian, kategori, averages, efisiensi and roll-ups, with its text and source")
    @GetMapping(Jalur.ATURAN)
    public List<Aturan> aturan() {
        return BukuAturan.semua();
    }
}
