package id.kinerja.portal.dokumen;

import id.kinerja.portal.layanan.Layanan;
import id.kinerja.portal.layanan.Penolakan;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/**
 * Periksa dokumen — open to anyone, no sign-in: whoever holds a Kinerja document pastes the address of its QR code
 * (or opens this page with the same parameters, or uploads the PDF) and sees what reporting-service's public
 * verification says — the document confirmed against the recorded events, or what differs. The portal sends no token
 * and adds nothing of its own.
 */
@Controller
class PeriksaDokumenController {

    static final String PATH = "/periksa-dokumen";
    private static final String VERIFIKASI = "/api/verifikasi/dokumen";
    /** The parameters of a data version, as the QR code's address carries them. */
    private static final Set<String> VERSI = Set.of("jenis", "tenant", "opd", "tahun", "revisi", "per", "rantai",
            "sidik");

    private final Layanan layanan;

    PeriksaDokumenController(Layanan layanan) {
        this.layanan = layanan;
    }

    @GetMapping(PATH)
    String periksa(@RequestParam(required = false) String tautan,
                   @RequestParam MultiValueMap<String, String> query, Model model) {
        model.addAttribute("menu", "periksa");
        MultiValueMap<String, String> versi = tautan != null && !tautan.isBlank() ? dariTautan(tautan)
                : versi(query);
        model.addAttribute("tautan", tautan != null ? tautan : versi.isEmpty() ? null
                : UriComponentsBuilder.fromPath(PATH).queryParams(versi).build().toUriString());
        if (tautan != null && versi.isEmpty()) {
            model.addAttribute("galatTautan", "tempel alamat dari kode QR dokumen (berisi jenis=…&tenant=…&sidik=…), "
                    + "atau versi data yang tercetak di kaki dokumen");
        } else if (!versi.isEmpty()) {
            try {
                model.addAttribute("hasil", layanan.bacaPublik(VERIFIKASI, versi, HasilPeriksa.class));
            } catch (Penolakan refused) {
                model.addAttribute("galatTautan", refused.detail());
            }
        }
        return "dokumen/periksa";
    }

    /** The PDF file itself: its data version and, line by line, its content. */
    @PostMapping(PATH)
    String periksaBerkas(@RequestParam(required = false) MultipartFile berkas, Model model) {
        model.addAttribute("menu", "periksa");
        if (berkas == null || berkas.isEmpty()) {
            model.addAttribute("galatBerkas", "pilih berkas PDF dokumen Kinerja");
            return "dokumen/periksa";
        }
        try {
            model.addAttribute("hasil", layanan.kirimPublik(VERIFIKASI, berkas.getBytes(), "application/pdf",
                    HasilPeriksa.class));
        } catch (Penolakan refused) {
            model.addAttribute("galatBerkas", refused.detail());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "dokumen/periksa";
    }

    /** The version's parameters from a pasted address (or a bare query string); empty when it has none. */
    static MultiValueMap<String, String> dariTautan(String tautan) {
        String text = tautan.trim();
        int query = text.indexOf('?');
        String raw = query >= 0 ? text.substring(query + 1) : text;
        MultiValueMap<String, String> all = UriComponentsBuilder.newInstance().query(raw).build().getQueryParams();
        MultiValueMap<String, String> decoded = new LinkedMultiValueMap<>();
        all.forEach((name, values) -> values.forEach(value -> decoded.add(name,
                value == null ? "" : UriUtils.decode(value, StandardCharsets.UTF_8))));
        return versi(decoded);
    }

    private static MultiValueMap<String, String> versi(MultiValueMap<String, String> query) {
        MultiValueMap<String, String> versi = new LinkedMultiValueMap<>();
        query.forEach((name, values) -> {
            if (VERSI.contains(name)) {
                versi.put(name, List.copyOf(values));
            }
        });
        return versi;
    }
}
