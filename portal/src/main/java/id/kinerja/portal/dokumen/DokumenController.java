package id.kinerja.portal.dokumen;

import id.kinerja.portal.layanan.Layanan;
import id.kinerja.portal.layanan.PortalProperties;
import id.kinerja.portal.pk.AsOf;
import id.kinerja.portal.pk.PkBacaan;
import id.kinerja.portal.pk.PkJalan;
import id.kinerja.portal.pk.PkKonteks;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Dokumen: each official document of the PK in each format, as of the chosen moment and under the chosen revision,
 * rendered by reporting-service and passed through with the user's token.
 */
@Controller
class DokumenController {

    /** The documents reporting-service renders for a PK, by the name its path takes. */
    static final Map<String, String> JENIS = new LinkedHashMap<>();
    static final List<String> FORMAT = List.of("pdf", "docx", "xlsx", "html");

    static {
        JENIS.put("perjanjian-kinerja", "Perjanjian Kinerja");
        JENIS.put("pk-perubahan", "Perjanjian Kinerja Perubahan");
        JENIS.put("rencana-aksi", "Rencana Aksi");
        JENIS.put("capaian-rencana-aksi", "Capaian Rencana Aksi");
        JENIS.put("lkjip", "LKjIP");
    }

    private static final ParameterizedTypeReference<List<PkBacaan.Revisi>> REVISI =
            new ParameterizedTypeReference<>() {
            };

    private final Layanan layanan;
    private final PkKonteks konteks;
    private final PortalProperties properties;

    DokumenController(Layanan layanan, PkKonteks konteks, PortalProperties properties) {
        this.layanan = layanan;
        this.konteks = konteks;
        this.properties = properties;
    }

    @GetMapping("/daerah/{tenant}/opd/{opd}/pk/{year}/dokumen")
    String daftar(@PathVariable String tenant, @PathVariable String opd, @PathVariable int year,
                  @RequestParam(required = false) Integer revisi, @RequestParam(required = false) String asOf,
                  @RequestParam(required = false) String momen,
                  Model model) {
        PkJalan jalan = new PkJalan(tenant, opd, year);
        Instant at = AsOf.baca(asOf, momen, properties.zona());
        konteks.siapkan(model, jalan, at, "dokumen", Map.of("revisi", revisi == null ? "" : revisi));
        Map<String, Object> params = new HashMap<>();
        params.put("asOf", at);
        model.addAttribute("menu", "pk");
        model.addAttribute("revisiList", layanan.baca(jalan.api("revisi"), params, REVISI));
        model.addAttribute("revisi", revisi);
        model.addAttribute("jenisList", JENIS);
        model.addAttribute("formatList", FORMAT);
        return "dokumen/daftar";
    }

    @GetMapping("/daerah/{tenant}/opd/{opd}/pk/{year}/dokumen/{jenis}.{format}")
    ResponseEntity<byte[]> unduh(@PathVariable String tenant, @PathVariable String opd, @PathVariable int year,
                                 @PathVariable String jenis, @PathVariable String format,
                                 @RequestParam(required = false) Integer revisi,
                                 @RequestParam(required = false) String asOf,
                                 @RequestParam(required = false) String momen,
                                 @RequestParam(required = false) String sumber) {
        Map<String, Object> params = new HashMap<>();
        params.put("format", format);
        params.put("revisi", revisi);
        params.put("asOf", AsOf.baca(asOf, momen, properties.zona()));
        params.put("sumber", sumber);
        Layanan.Berkas file = layanan.unduh(Layanan.Tujuan.DOKUMEN,
                new PkJalan(tenant, opd, year).api("dokumen/" + jenis), params);
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok().contentType(MediaType.parseMediaType(file.jenis()));
        if (file.disposisi() != null) {
            answer.header(HttpHeaders.CONTENT_DISPOSITION, file.disposisi());
        }
        return answer.body(file.isi());
    }
}
