package id.kinerja.portal.realisasi;

import id.kinerja.portal.layanan.BacaTulisan;
import id.kinerja.portal.layanan.Layanan;
import id.kinerja.portal.layanan.Penolakan;
import id.kinerja.portal.layanan.PortalProperties;
import id.kinerja.portal.pk.AsOf;
import id.kinerja.portal.pk.PkJalan;
import id.kinerja.portal.pk.PkKonteks;
import id.kinerja.portal.siklus.Laporan;
import id.kinerja.portal.siklus.PeriodeBacaan;
import id.kinerja.portal.tampilan.Format;
import id.kinerja.portal.tampilan.Isian;
import id.kinerja.portal.tampilan.Periode;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Budget realisation per sub kegiatan per month: entry, corrections with their reason, and the year at a glance. */
@Controller
@RequestMapping("/daerah/{tenant}/opd/{opd}/pk/{year}/anggaran")
class AnggaranController {

    private static final ParameterizedTypeReference<List<PeriodeBacaan.Status>> PERIODE =
            new ParameterizedTypeReference<>() {
            };

    private final Layanan layanan;
    private final PkKonteks konteks;
    private final PortalProperties properties;
    private final Format fmt;

    AnggaranController(Layanan layanan, PkKonteks konteks, PortalProperties properties, Format fmt) {
        this.layanan = layanan;
        this.konteks = konteks;
        this.properties = properties;
        this.fmt = fmt;
    }

    @GetMapping
    String bulan(@PathVariable String tenant, @PathVariable String opd, @PathVariable int year,
                 @RequestParam(required = false) String bulan, @RequestParam(required = false) String asOf,
                 @RequestParam(required = false) String momen,
                 Model model) {
        PkJalan jalan = new PkJalan(tenant, opd, year);
        Instant at = AsOf.baca(asOf, momen, properties.zona());
        String month = Periode.BULAN.contains(bulan) ? bulan : "JAN";
        Map<String, Object> params = new HashMap<>();
        params.put("asOf", at);
        // the parts of the page are independent: asked for at once, the page waits for the slowest only
        Layanan.Janji<AnggaranBacaan> anggaran = layanan.bacaNanti(jalan.api("anggaran/bulanan"), params,
                AnggaranBacaan.class);
        Layanan.Janji<PeriodeBacaan> laporan = layanan.bacaNanti(jalan.api("periode/" + month), params,
                PeriodeBacaan.class);
        // the month's spending is also reported by its triwulan and the year: any of them locked locks it (a page of
        // the past is read-only anyway)
        Layanan.Janji<List<PeriodeBacaan.Status>> periods = at == null
                ? layanan.bacaNanti(jalan.api("periode"), Map.of(), PERIODE) : null;
        konteks.siapkan(model, jalan, at, "anggaran", Map.of("bulan", month));
        model.addAttribute("menu", "pk");
        model.addAttribute("bulan", month);
        model.addAttribute("bulanList", Periode.BULAN);
        model.addAttribute("anggaran", anggaran.ambil());
        PeriodeBacaan report = Laporan.baca(laporan);
        model.addAttribute("laporan", report);
        model.addAttribute("terkunci", periods == null ? null : terkunci(report, month, year, periods.ambil()));
        Laporan.siapkan(model);
        return "realisasi/anggaran";
    }

    /**
     * Why the month's budget realisation cannot change now — the month, its triwulan or the year is submitted,
     * verified or closed, and command-service would refuse it — or null while it can.
     */
    private String terkunci(PeriodeBacaan report, String month, int year, List<PeriodeBacaan.Status> periods) {
        if (report != null && report.status().terkunci() != null) {
            return report.status().terkunci();
        }
        String triwulan = Periode.TRIWULAN.get(Periode.BULAN.indexOf(month) / 3);
        for (String covering : List.of(triwulan, "TAHUN")) {
            for (PeriodeBacaan.Status period : periods) {
                if (period.period().equals(covering) && period.terkunci() != null) {
                    return period.terkunci("Laporan " + (covering.equals("TAHUN") ? "tahun " + year
                            : fmt.periode(covering))) + " Realisasi anggaran " + fmt.periode(month)
                            + " ikut terkunci.";
                }
            }
        }
        return null;
    }

    @PostMapping("/{sub}/{bulan}")
    String simpan(@PathVariable String tenant, @PathVariable String opd, @PathVariable int year,
                  @PathVariable String sub, @PathVariable String bulan, @RequestParam(required = false) String jumlah,
                  @RequestParam(required = false) String alasanKoreksi,
                  @RequestParam(defaultValue = "false") boolean koreksi, RedirectAttributes redirect) {
        PkJalan jalan = new PkJalan(tenant, opd, year);
        String back = "redirect:" + jalan.halaman("anggaran") + "?bulan=" + bulan;
        BigDecimal amount = Isian.angka(jumlah).orElse(null);
        if (amount == null || amount.stripTrailingZeros().scale() > 0) {
            return refused(redirect, sub, "jumlah", "'" + Objects.requireNonNullElse(jumlah, "")
                    + "' bukan jumlah rupiah utuh (mis. 3.186.620)", jumlah, alasanKoreksi, back);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("amount", amount.longValueExact());
        try {
            if (koreksi) {
                body.put("reason", alasanKoreksi);
                layanan.kirim(HttpMethod.POST, jalan.api("realisasi-anggaran/" + sub + "/" + bulan + "/koreksi"), body);
            } else {
                layanan.kirim(HttpMethod.PUT, jalan.api("realisasi-anggaran/" + sub + "/" + bulan), body);
            }
        } catch (Penolakan e) {
            String field = "reason".equals(e.field()) ? "alasanKoreksi" : "jumlah";
            return refused(redirect, sub, field, e.detail(), jumlah, alasanKoreksi, back);
        }
        BacaTulisan.tunggu(() -> layanan.baca(jalan.api("anggaran/bulanan"), Map.of(), AnggaranBacaan.class),
                a -> a.subKegiatan().stream().filter(s -> s.code().equals(sub)).findFirst()
                        .map(s -> s.sel(bulan)).map(c -> Objects.equals(c.realisasi(), amount.longValueExact()))
                        .orElse(false));
        redirect.addFlashAttribute("berhasil", "Realisasi anggaran " + sub + " bulan " + bulan + " tersimpan.");
        return back;
    }

    private static String refused(RedirectAttributes redirect, String sub, String field, String detail,
                                  String jumlah, String alasan, String back) {
        redirect.addFlashAttribute("galatSub", sub);
        redirect.addFlashAttribute("galatField", field);
        redirect.addFlashAttribute("galat", detail);
        redirect.addFlashAttribute("isianJumlah", jumlah);
        redirect.addFlashAttribute("isianAlasan", alasan);
        return back;
    }
}
