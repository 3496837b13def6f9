package id.kinerja.portal.verifikasi;

import id.kinerja.portal.layanan.BacaTulisan;
import id.kinerja.portal.layanan.Layanan;
import id.kinerja.portal.layanan.Penolakan;
import id.kinerja.portal.layanan.PortalProperties;
import id.kinerja.portal.pk.AsOf;
import id.kinerja.portal.pk.PkJalan;
import id.kinerja.portal.pk.PkKonteks;
import id.kinerja.portal.realisasi.CapaianBacaan;
import id.kinerja.portal.siklus.Laporan;
import id.kinerja.portal.siklus.Pemberitahuan;
import id.kinerja.portal.siklus.PeriodeBacaan;
import id.kinerja.portal.tampilan.Format;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Verifikasi: the verifier's inbox across the daerah's perangkat daerah (what query-service says awaits a verdict,
 * what was returned, what was verified), a period's realisasi to check, and the verdict — verified, or returned
 * with a note saying what to correct.
 */
@Controller
class VerifikasiController {

    private static final ParameterizedTypeReference<List<StatusBacaan>> STATUS = new ParameterizedTypeReference<>() {
    };

    private final Layanan layanan;
    private final PkKonteks konteks;
    private final PortalProperties properties;
    private final Format fmt;

    private final Pemberitahuan pemberitahuan;

    VerifikasiController(Layanan layanan, PkKonteks konteks, PortalProperties properties, Format fmt,
                         Pemberitahuan pemberitahuan) {
        this.pemberitahuan = pemberitahuan;
        this.layanan = layanan;
        this.konteks = konteks;
        this.properties = properties;
        this.fmt = fmt;
    }

    @GetMapping("/daerah/{tenant}/verifikasi")
    String kotakMasuk(@PathVariable String tenant, @RequestParam(defaultValue = "MENUNGGU") String status,
                      Model model) {
        var notifikasi = pemberitahuan.untukSaya(tenant);
        List<StatusBacaan> all = layanan.baca("/api/tenants/" + tenant + "/verifikasi", Map.of(), STATUS);
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String s : List.of("MENUNGGU", "DIKEMBALIKAN", "TERVERIFIKASI")) {
            counts.put(s, all.stream().filter(p -> p.status().equals(s)).count());
        }
        model.addAttribute("menu", "verifikasi");
        model.addAttribute("tenant", tenant);
        model.addAttribute("status", status);
        model.addAttribute("jumlah", counts);
        model.addAttribute("notifikasi", Pemberitahuan.ambil(notifikasi));
        model.addAttribute("periode", all.stream().filter(p -> p.status().equals(status)).toList());
        return "verifikasi/kotak-masuk";
    }

    @GetMapping("/daerah/{tenant}/opd/{opd}/pk/{year}/verifikasi/{periode}")
    String periksa(@PathVariable String tenant, @PathVariable String opd, @PathVariable int year,
                   @PathVariable String periode, @RequestParam(required = false) String asOf,
                   @RequestParam(required = false) String momen, Model model) {
        PkJalan jalan = new PkJalan(tenant, opd, year);
        Instant at = AsOf.baca(asOf, momen, properties.zona());
        konteks.siapkan(model, jalan, at, "verifikasi/" + periode, Map.of());
        Map<String, Object> params = new HashMap<>();
        params.put("asOf", at);
        params.put("period", periode);
        Map<String, Object> laporanParams = new HashMap<>();
        laporanParams.put("asOf", at);
        Layanan.Janji<PeriodeBacaan> laporan = layanan.bacaNanti(jalan.api("periode/" + periode), laporanParams,
                PeriodeBacaan.class);
        CapaianBacaan.Capaian capaian = layanan.baca(jalan.api("capaian"), params, CapaianBacaan.Capaian.class);
        Map<String, Object> statusParams = new HashMap<>();
        statusParams.put("asOf", at);
        statusParams.put("year", year);
        statusParams.put("opd", opd);
        StatusBacaan status = layanan.baca("/api/tenants/" + tenant + "/verifikasi", statusParams, STATUS).stream()
                .filter(s -> s.period().equals(periode)).findFirst().orElse(null);
        model.addAttribute("menu", "verifikasi");
        model.addAttribute("menuPk", "verifikasi");
        model.addAttribute("periode", periode);
        model.addAttribute("namaPeriode", fmt.periode(periode));
        model.addAttribute("baris", capaian.indicators().stream()
                .filter(r -> r.realisasi() != null || r.status().equals("PENDING")).toList());
        model.addAttribute("statusPeriode", status);
        model.addAttribute("laporan", Laporan.baca(laporan));
        Laporan.siapkan(model);
        return "verifikasi/periksa";
    }

    @PostMapping("/daerah/{tenant}/opd/{opd}/pk/{year}/verifikasi/{periode}")
    String putuskan(@PathVariable String tenant, @PathVariable String opd, @PathVariable int year,
                    @PathVariable String periode, @RequestParam String hasil,
                    @RequestParam(required = false) String catatan, RedirectAttributes redirect) {
        PkJalan jalan = new PkJalan(tenant, opd, year);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("hasil", hasil);
        body.put("catatan", catatan == null || catatan.isBlank() ? null : catatan.trim());
        try {
            layanan.kirim(HttpMethod.PUT, jalan.api("verifikasi/" + periode), body);
        } catch (Penolakan refused) {
            if (refused.status() == 403) {
                throw refused;
            }
            redirect.addFlashAttribute("galatCatatan", refused.detail());
            redirect.addFlashAttribute("isianCatatan", catatan);
            return "redirect:" + jalan.halaman("verifikasi/" + periode);
        }
        Map<String, Object> params = new HashMap<>();
        params.put("year", year);
        params.put("opd", opd);
        BacaTulisan.tunggu(() -> layanan.baca("/api/tenants/" + tenant + "/verifikasi", params, STATUS),
                all -> all.stream().anyMatch(s -> s.period().equals(periode) && hasil.equals(s.status())));
        redirect.addFlashAttribute("berhasil", "Realisasi " + opd + " periode " + periode + " "
                + (hasil.equals("TERVERIFIKASI") ? "diverifikasi." : "dikembalikan dengan catatan."));
        return "redirect:/daerah/" + tenant + "/verifikasi";
    }

    /** A verified (or closed) period opened again for corrections, with the reason the history keeps. */
    @PostMapping("/daerah/{tenant}/opd/{opd}/pk/{year}/verifikasi/{periode}/buka-kembali")
    String bukaKembali(@PathVariable String tenant, @PathVariable String opd, @PathVariable int year,
                       @PathVariable String periode, @RequestParam(required = false) String alasan,
                       RedirectAttributes redirect) {
        PkJalan jalan = new PkJalan(tenant, opd, year);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("alasan", alasan == null || alasan.isBlank() ? null : alasan.trim());
        try {
            layanan.kirim(HttpMethod.POST, jalan.api("periode/" + periode + "/buka-kembali"), body);
        } catch (Penolakan refused) {
            if (refused.status() == 403) {
                throw refused;
            }
            redirect.addFlashAttribute("galatAlasan", refused.detail());
            redirect.addFlashAttribute("isianAlasan", alasan == null ? "" : alasan);
            return "redirect:" + jalan.halaman("verifikasi/" + periode) + "#buka-kembali";
        }
        BacaTulisan.tunggu(() -> layanan.baca(jalan.api("periode/" + periode), Map.of(), PeriodeBacaan.class),
                detail -> detail.status().status().equals("DIBUKA_KEMBALI"));
        redirect.addFlashAttribute("berhasil", "Realisasi " + opd + " periode " + fmt.periode(periode)
                + " dibuka kembali; perangkat daerah dapat memperbaikinya lalu mengajukannya lagi.");
        return "redirect:" + jalan.halaman("verifikasi/" + periode);
    }
}
