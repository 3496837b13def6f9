package id.kinerja.reporting.verifikasi;

import id.kinerja.queryapi.dokumen.HasilVerifikasi;
import id.kinerja.reporting.render.MetadataPdf;
import id.kinerja.reporting.render.TandaTanganElektronik;
import id.kinerja.web.TidakSah;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;

/**
 * The public verification of documents — no sign-in: anyone holding a Kinerja document (the paper's QR code, or the
 * PDF file) can have it checked against the event store. The answer says whether it matches what was recorded, and
 * if not, what differs; it shows no data beyond what the document holds.
 */
@Tag(name = "Verifikasi dokumen")
@RestController
public class VerifikasiController {

    /** Where the verification is answered; the QR code of every document points here (or to the portal's page). */
    public static final String PATH = "/api/verifikasi/dokumen";

    private final Verifikasi verifikasi;
    private final TandaTanganElektronik tte;

    public VerifikasiController(Verifikasi verifikasi, TandaTanganElektronik tte) {
        this.verifikasi = verifikasi;
        this.tte = tte;
    }

    @Operation(summary = "Check a document's data version (the parameters its QR code carries): chain intact, "
            + "same fingerprint when rendered again from the events — or what differs")
    @GetMapping(PATH)
    public HasilVerifikasi periksa(@RequestParam MultiValueMap<String, String> versi) {
        return verifikasi.periksa(TautanVerifikasi.versi(versi), null, false);
    }

    @Operation(summary = "Check a document's PDF file: its data version and content as printed, line by line (what "
            + "the lines say now only for a file this service signed)")
    @PostMapping(path = PATH, consumes = "application/pdf")
    public HasilVerifikasi periksaBerkas(@RequestBody byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            MetadataPdf.Isi isi = MetadataPdf.baca(document).orElseThrow(() -> new TidakSah("berkas",
                    "berkas ini bukan dokumen Kinerja bertanda versi data"));
            return verifikasi.periksa(isi.versi(), isi.baris(), tte.ditandatanganiDiSini(pdf));
        } catch (IOException e) {
            throw new TidakSah("berkas", "berkas bukan PDF yang dapat dibaca");
        }
    }
}
