package id.kinerja.portal.rencanaaksi;

import id.kinerja.portal.layanan.BacaTulisan;
import id.kinerja.portal.layanan.Layanan;
import id.kinerja.portal.layanan.Penolakan;
import id.kinerja.portal.layanan.PortalProperties;
import id.kinerja.portal.pk.AsOf;
import id.kinerja.portal.pk.PkJalan;
import id.kinerja.portal.pk.PkKonteks;
import id.kinerja.portal.realisasi.RencanaAksiBacaan;
import id.kinerja.portal.tampilan.Format;
import id.kinerja.portal.tampilan.Isian;
import id.kinerja.portal.tampilan.Periode;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rencana Aksi: each indicator's targets per triwulan (TW I–IV) or month and the official responsible. Whether the
 * periods agree with the annual target is command-service's rule; its message is shown at the targets.
 */
@Controller
@RequestMapping("/daerah/{tenant}/opd/{opd}/pk/{year}/rencana-aksi")
class RencanaAksiController {

    private final Layanan layanan;
    private final PkKonteks konteks;
    private final PortalProperties properties;
    private final Format fmt;

    RencanaAksiController(Layanan layanan, PkKonteks konteks, PortalProperties properties, Format fmt) {
        this.layanan = layanan;
        this.konteks = konteks;
        this.properties = properties;
        this.fmt = fmt;
    }

    @GetMapping
    String daftar(@PathVariable String tenant, @PathVariable String opd, @PathVariable int year,
                  @RequestParam(required = false) String asOf,
                  @RequestParam(required = false) String momen, Model model) {
        PkJalan jalan = new PkJalan(tenant, opd, year);
        Instant at = AsOf.baca(asOf, momen, properties.zona());
        konteks.siapkan(model, jalan, at, "rencana-aksi", Map.of());
        Map<String, Object> params = new HashMap<>();
        params.put("asOf", at);
        model.addAttribute("menu", "pk");
        model.addAttribute("rencana", layanan.baca(jalan.api("rencana-aksi"), params, RencanaAksiBacaan.class));
        return "rencanaaksi/daftar";
    }

    @GetMapping("/{indikator}")
    String ubah(@PathVariable String tenant, @PathVariable String opd, @PathVariable int year,
                @PathVariable String indikator, @RequestParam(required = false) String granularitas, Model model) {
        PkJalan jalan = new PkJalan(tenant, opd, year);
        konteks.siapkan(model, jalan, null, "rencana-aksi", Map.of());
        RencanaAksiBacaan.Baris row = row(jalan, indikator);
        String granularity = "BULAN".equals(granularitas) || "TRIWULAN".equals(granularitas) ? granularitas
                : row.granularity() != null ? row.granularity() : "TRIWULAN";
        Map<String, String> typed = new LinkedHashMap<>();
        for (String period : Periode.dari(granularity)) {
            typed.put(period, row.periode().stream().filter(p -> p.period().equals(period)).findFirst()
                    .map(p -> fmt.isian(p.target())).orElse(""));
        }
        if (!model.containsAttribute("isian")) {
            model.addAttribute("isian", typed);
            model.addAttribute("penanggungJawab", row.penanggungJawab());
        }
        if (!model.containsAttribute("galat")) {
            model.addAttribute("galat", Map.of());
        }
        model.addAttribute("menu", "pk");
        model.addAttribute("baris", row);
        model.addAttribute("granularitas", granularity);
        return "rencanaaksi/ubah";
    }

    @PostMapping("/{indikator}")
    String simpan(@PathVariable String tenant, @PathVariable String opd, @PathVariable int year,
                  @PathVariable String indikator, @RequestParam String granularitas,
                  @RequestParam MultiValueMap<String, String> form, RedirectAttributes redirect) {
        PkJalan jalan = new PkJalan(tenant, opd, year);
        Map<String, String> typed = new LinkedHashMap<>();
        Map<String, String> errors = new HashMap<>();
        List<Map<String, Object>> targets = new ArrayList<>();
        for (String period : Periode.dari(granularitas)) {
            String value = form.getFirst("target_" + period);
            typed.put(period, value == null ? "" : value);
            Map<String, Object> target = new LinkedHashMap<>();
            target.put("period", period);
            if (value != null && !value.isBlank() && !value.trim().equals("-")) {
                Object parsed = Isian.nilai(value).orElse(null);
                if (parsed == null) {
                    errors.put("target_" + period, "'" + value.trim() + "' tidak terbaca sebagai angka");
                }
                target.put("target", parsed);
            } else {
                target.put("target", null);
            }
            targets.add(target);
        }
        String responsible = form.getFirst("penanggungJawab");
        if (errors.isEmpty()) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("targets", targets);
            body.put("responsible", responsible);
            body.put("reason", form.getFirst("alasan"));
            try {
                layanan.kirim(HttpMethod.PUT, jalan.api("rencana-aksi/" + indikator), body);
                BacaTulisan.tunggu(() -> row(jalan, indikator), r -> granularitas.equals(r.granularity())
                        && java.util.Objects.equals(r.penanggungJawab(), responsible == null ? null : responsible.trim()));
                redirect.addFlashAttribute("berhasil", "Rencana Aksi " + indikator + " tersimpan.");
                return "redirect:" + jalan.halaman("rencana-aksi");
            } catch (Penolakan refused) {
                String field = refused.field() == null ? "" : refused.field();
                errors.put(field.startsWith("targets") ? "targets" : field.equals("responsible") ? "penanggungJawab"
                        : field.equals("reason") ? "alasan" : "umum", refused.detail());
            }
        }
        redirect.addFlashAttribute("isian", typed);
        redirect.addFlashAttribute("penanggungJawab", responsible == null ? "" : responsible);
        redirect.addFlashAttribute("alasan", form.getFirst("alasan") == null ? "" : form.getFirst("alasan"));
        redirect.addFlashAttribute("galat", errors);
        return "redirect:" + jalan.halaman("rencana-aksi/" + indikator) + "?granularitas=" + granularitas;
    }

    private RencanaAksiBacaan.Baris row(PkJalan jalan, String indikator) {
        return layanan.baca(jalan.api("rencana-aksi"), Map.of(), RencanaAksiBacaan.class).indikator().stream()
                .filter(r -> r.code().equals(indikator)).findFirst()
                .orElseThrow(() -> new Penolakan(404, "not-found", null, "indikator " + indikator + " tidak ada"));
    }
}
