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
import id.kinerja.portal.tampilan.Isian;
import id.kinerja.portal.tampilan.Periode;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Realisasi entry: a grid per period, as each indicator's Rencana Aksi has it (triwulan or month; the year for all),
 * with the target, the realisasi typed, and the capaian, keterangan and kategori query-service computes for it while
 * the user types. A recorded value is changed by a correction with its reason; a value not known yet is recorded as
 * "belum tersedia" with the reason. Refusals are shown at the field they name, and nothing is stored then.
 */
@Controller
@RequestMapping("/daerah/{tenant}/opd/{opd}/pk/{year}/realisasi")
class RealisasiController {

    /** A grid line: the service's row for the period, what the user typed, and a refusal at one of its fields. */
    public record Baris(CapaianBacaan.Baris capaian, String periode, String isian, String alasanBelumTersedia,
                 String alasanKoreksi, Map<String, String> galat, String pesan, boolean tersimpan) {

        static Baris dari(CapaianBacaan.Baris row, String periode) {
            return new Baris(row, periode, null, null, null, Map.of(), null, false);
        }

        public boolean tercatat() {
            return capaian.status().equals("ADA") || capaian.status().equals("PENDING");
        }

        public String galatDi(String field) {
            return galat.get(field);
        }
    }

    private final Layanan layanan;
    private final PkKonteks konteks;
    private final PortalProperties properties;

    RealisasiController(Layanan layanan, PkKonteks konteks, PortalProperties properties) {
        this.layanan = layanan;
        this.konteks = konteks;
        this.properties = properties;
    }

    @GetMapping
    String grid(@PathVariable String tenant, @PathVariable String opd, @PathVariable int year,
                @RequestParam(required = false) String periode, @RequestParam(required = false) String asOf,
                @RequestParam(required = false) String momen,
                Model model) {
        PkJalan jalan = new PkJalan(tenant, opd, year);
        Instant at = AsOf.baca(asOf, momen, properties.zona());
        Map<String, Object> params = new HashMap<>();
        params.put("asOf", at);
        // the parts of the page are independent once the period is known: asked for at once, the page waits for the
        // slowest only; without a period chosen, the Rencana Aksi says which one is due first
        Layanan.Janji<RencanaAksiBacaan> rencanaAsked = layanan.bacaNanti(jalan.api("rencana-aksi"), params,
                RencanaAksiBacaan.class);
        String shown = Periode.valid(periode) ? periode
                : firstDue(rencanaAsked.ambil(), year, at);
        Layanan.Janji<CapaianBacaan.Capaian> asked = capaian(jalan, at, shown);
        Layanan.Janji<PeriodeBacaan> laporanAsked = laporan(jalan, at, shown);
        konteks.siapkan(model, jalan, at, "realisasi", Map.of("periode", shown));
        RencanaAksiBacaan rencana = rencanaAsked.ambil();
        List<String> periods = periods(rencana);
        CapaianBacaan.Capaian capaian = asked.ambil();
        PeriodeBacaan laporan = Laporan.baca(laporanAsked);
        List<String> planned = rencana.indikator().stream()
                .filter(r -> shown.equals("TAHUN") || Periode.granularitas(shown).equals(r.granularity()))
                .map(RencanaAksiBacaan.Baris::code).toList();
        List<Baris> rows = capaian.indicators().stream().filter(r -> planned.contains(r.code()))
                .map(r -> Baris.dari(r, shown)).toList();
        model.addAttribute("menu", "pk");
        model.addAttribute("periodeList", periods);
        model.addAttribute("periode", shown);
        model.addAttribute("baris", rows);
        model.addAttribute("rumus", capaian.rumusPolaritas());
        model.addAttribute("laporan", laporan);
        model.addAttribute("terkunci", laporan == null || at != null ? null : laporan.status().terkunci());
        Laporan.siapkan(model);
        return "realisasi/grid";
    }

    private Layanan.Janji<CapaianBacaan.Capaian> capaian(PkJalan jalan, Instant at, String period) {
        Map<String, Object> params = new HashMap<>();
        params.put("asOf", at);
        params.put("period", period);
        return layanan.bacaNanti(jalan.api("capaian"), params, CapaianBacaan.Capaian.class);
    }

    private Layanan.Janji<PeriodeBacaan> laporan(PkJalan jalan, Instant at, String period) {
        Map<String, Object> params = new HashMap<>();
        params.put("asOf", at);
        return layanan.bacaNanti(jalan.api("periode/" + period), params, PeriodeBacaan.class);
    }

    /** The capaian the typed value would give, computed by query-service; nothing is stored. */
    @GetMapping("/{indikator}/{periode}/pratinjau")
    String pratinjau(@PathVariable String tenant, @PathVariable String opd, @PathVariable int year,
                     @PathVariable String indikator, @PathVariable String periode,
                     @RequestParam(required = false) String nilai, Model model) {
        PkJalan jalan = new PkJalan(tenant, opd, year);
        model.addAttribute("kode", indikator);
        if (nilai != null && !nilai.isBlank() && Isian.nilai(nilai).isEmpty()) {
            model.addAttribute("galatPratinjau", "'" + nilai.trim() + "' tidak terbaca sebagai angka (mis. 7,5) "
                    + "atau predikat (AA, A, BB, B, CC, C, D)");
            return "realisasi/grid :: hasil";
        }
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("indikator", indikator);
        params.put("period", periode);
        params.put("nilai", Isian.nilai(nilai).map(Object::toString).orElse(null));
        try {
            model.addAttribute("r", layanan.baca(jalan.api("capaian/pratinjau"), params, CapaianBacaan.Baris.class));
        } catch (Penolakan refused) {
            model.addAttribute("galatPratinjau", refused.detail());
        }
        return "realisasi/grid :: hasil";
    }

    @PostMapping("/{indikator}/{periode}")
    String simpan(@PathVariable String tenant, @PathVariable String opd, @PathVariable int year,
                  @PathVariable String indikator, @PathVariable String periode,
                  @RequestParam(required = false) String nilai,
                  @RequestParam(required = false) String alasanBelumTersedia,
                  @RequestParam(required = false) String alasanKoreksi,
                  @RequestParam(defaultValue = "false") boolean koreksi,
                  @RequestHeader(value = "HX-Request", required = false) String htmx,
                  Model model, RedirectAttributes redirect) {
        PkJalan jalan = new PkJalan(tenant, opd, year);
        boolean pending = (nilai == null || nilai.isBlank()) && alasanBelumTersedia != null
                && !alasanBelumTersedia.isBlank();
        Map<String, Object> body = new LinkedHashMap<>();
        Map<String, String> fieldErrors = new HashMap<>();
        if (pending) {
            body.put("pendingReason", alasanBelumTersedia.trim());
        } else if (nilai == null || nilai.isBlank()) {
            fieldErrors.put("nilai", "isi nilai realisasi, atau tandai belum tersedia beserta alasannya");
        } else {
            Isian.nilai(nilai).ifPresentOrElse(v -> body.put("value", v), () -> fieldErrors.put("nilai",
                    "'" + nilai.trim() + "' tidak terbaca sebagai angka (mis. 7,5) atau predikat"));
        }
        String message = null;
        if (fieldErrors.isEmpty()) {
            try {
                if (koreksi) {
                    body.put("reason", alasanKoreksi);
                    layanan.kirim(HttpMethod.POST, jalan.api("realisasi/" + indikator + "/" + periode + "/koreksi"),
                            body);
                } else {
                    layanan.kirim(HttpMethod.PUT, jalan.api("realisasi/" + indikator + "/" + periode), body);
                }
            } catch (Penolakan refused) {
                String field = switch (Objects.requireNonNullElse(refused.field(), "")) {
                    case "value", "components" -> "nilai";
                    case "pendingReason" -> "alasanBelumTersedia";
                    case "reason" -> "alasanKoreksi";
                    default -> null;
                };
                if (refused.status() == 403 || field == null) {
                    message = refused.detail();
                } else {
                    fieldErrors.put(field, refused.detail());
                }
            }
        }
        boolean saved = fieldErrors.isEmpty() && message == null;
        Map<String, Object> params = new HashMap<>();
        params.put("period", periode);
        BacaTulisan.Hasil<CapaianBacaan.Baris> row = BacaTulisan.tunggu(() -> layanan.baca(jalan.api("capaian"),
                        params, CapaianBacaan.Capaian.class).indicators().stream()
                        .filter(r -> r.code().equals(indikator)).findFirst().orElseThrow(),
                r -> !saved || shows(r, body));
        if (saved && !row.sudah()) {
            message = "Tersimpan. Tampilan capaian diperbarui sebentar lagi.";
        }
        if (htmx == null) {
            if (saved) {
                redirect.addFlashAttribute("berhasil", "Realisasi " + indikator + " tersimpan.");
            } else {
                redirect.addFlashAttribute("gagal", indikator + ": " + (message != null ? message
                        : String.join("; ", fieldErrors.values())));
            }
            return "redirect:" + jalan.halaman("realisasi") + "?periode=" + periode;
        }
        model.addAttribute("jalan", jalan);
        model.addAttribute("asOf", null);
        model.addAttribute("b", new Baris(row.nilai(), periode, saved ? null : nilai, saved ? null : alasanBelumTersedia,
                saved ? null : alasanKoreksi, fieldErrors, message, saved));
        return "realisasi/grid :: baris";
    }

    /** Whether the row shows the value (or the pending reason) just sent. */
    private static boolean shows(CapaianBacaan.Baris row, Map<String, Object> sent) {
        if (sent.containsKey("pendingReason")) {
            return row.status().equals("PENDING") && sent.get("pendingReason").equals(row.pendingReason());
        }
        return row.realisasi() != null && row.realisasi().toString().equals(sent.get("value").toString())
                || row.realisasi() != null && row.realisasi().angka() != null && sent.get("value") instanceof
                java.math.BigDecimal sentNumber && row.realisasi().angka().compareTo(sentNumber) == 0;
    }

    /** The periods the grid offers: the Rencana Aksi's triwulan and months, then the year. */
    private static List<String> periods(RencanaAksiBacaan rencana) {
        List<String> periods = new ArrayList<>();
        if (rencana.indikator().stream().anyMatch(r -> "TRIWULAN".equals(r.granularity()))) {
            periods.addAll(Periode.TRIWULAN);
        }
        if (rencana.indikator().stream().anyMatch(r -> "BULAN".equals(r.granularity()))) {
            periods.addAll(Periode.BULAN);
        }
        periods.add("TAHUN");
        return periods;
    }

    /** The earliest ended period with a target and nothing recorded; the year when there is none. */
    private String firstDue(RencanaAksiBacaan rencana, int year, Instant at) {
        List<String> periods = periods(rencana);
        LocalDate today = LocalDate.ofInstant(at == null ? Instant.now() : at, properties.zona());
        for (String period : periods) {
            boolean due = rencana.indikator().stream().flatMap(r -> r.periode().stream())
                    .anyMatch(p -> p.period().equals(period) && p.target() != null && !p.tercatat());
            if (due && !Periode.akhir(year, period).isAfter(today.plusMonths(1))) {
                return period;
            }
        }
        return "TAHUN";
    }
}
