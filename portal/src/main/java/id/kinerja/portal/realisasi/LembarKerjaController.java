package id.kinerja.portal.realisasi;

import com.fasterxml.jackson.databind.JsonNode;
import id.kinerja.portal.layanan.Layanan;
import id.kinerja.portal.layanan.Penolakan;
import id.kinerja.portal.pk.PkJalan;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The spreadsheet way in: the template of a signed PK from command-service, and a filled-in one sent back to its
 * import — all of it stored, or nothing with the refused cell named.
 */
@Controller
@RequestMapping("/daerah/{tenant}/opd/{opd}/pk/{year}")
class LembarKerjaController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final Layanan layanan;

    LembarKerjaController(Layanan layanan) {
        this.layanan = layanan;
    }

    @GetMapping("/templat.xlsx")
    ResponseEntity<byte[]> templat(@PathVariable String tenant, @PathVariable String opd, @PathVariable int year) {
        Layanan.Berkas file = layanan.unduh(Layanan.Tujuan.PERINTAH,
                new PkJalan(tenant, opd, year).api("templat.xlsx"), Map.of());
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(XLSX))
                .header(HttpHeaders.CONTENT_DISPOSITION, file.disposisi() != null ? file.disposisi()
                        : "attachment; filename=\"kinerja-" + tenant + "-" + opd + "-" + year + ".xlsx\"")
                .body(file.isi());
    }

    @PostMapping("/unggah")
    String unggah(@PathVariable String tenant, @PathVariable String opd, @PathVariable int year,
                  @RequestParam("berkas") MultipartFile berkas,
                  @RequestParam(defaultValue = "false") boolean periksaSaja, RedirectAttributes redirect)
            throws IOException {
        PkJalan jalan = new PkJalan(tenant, opd, year);
        String back = "redirect:" + jalan.halaman("realisasi");
        if (berkas.isEmpty()) {
            redirect.addFlashAttribute("gagal", "Pilih berkas XLSX yang akan diunggah.");
            return back;
        }
        Map<String, Object> params = new HashMap<>();
        params.put("dryRun", periksaSaja);
        try {
            JsonNode report = layanan.kirimBerkas("/api/import", params, berkas.getBytes(), XLSX);
            int applied = report.path("commandsApplied").asInt();
            redirect.addFlashAttribute("berhasil", periksaSaja
                    ? "Berkas diperiksa: " + applied + " isian memenuhi semua aturan. Belum ada yang disimpan."
                    : "Berkas diimpor: " + applied + " isian tersimpan.");
        } catch (Penolakan refused) {
            redirect.addFlashAttribute("gagal", "Berkas ditolak: " + refused.detail());
        }
        return back;
    }
}
