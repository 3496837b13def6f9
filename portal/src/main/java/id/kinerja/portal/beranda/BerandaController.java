package id.kinerja.portal.beranda;

import id.kinerja.portal.daerah.DaerahBacaan;
import id.kinerja.portal.grafik.GrafikGaris;
import id.kinerja.portal.layanan.Layanan;
import id.kinerja.portal.layanan.PortalProperties;
import id.kinerja.portal.masuk.Pengguna;
import id.kinerja.portal.pk.AsOf;
import id.kinerja.portal.pk.PkJalan;
import id.kinerja.portal.pk.PkKonteks;
import id.kinerja.portal.realisasi.AnggaranBacaan;
import id.kinerja.portal.realisasi.CapaianBacaan;
import id.kinerja.portal.realisasi.RencanaAksiBacaan;
import id.kinerja.portal.siklus.Pemberitahuan;
import id.kinerja.portal.tampilan.Format;
import id.kinerja.portal.tampilan.Periode;
import id.kinerja.portal.verifikasi.StatusBacaan;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Beranda: where each role starts. An OPD's operator and Kepala Dinas land on their PK of the year — capaian as
 * traffic lights by kategori, budget absorption against plan month by month, and what is due or was returned; a
 * verifier on the inbox; a province viewer on the province; an auditor on the daerah granted to them.
 */
@Controller
class BerandaController {

    private static final ParameterizedTypeReference<List<StatusBacaan>> STATUS = new ParameterizedTypeReference<>() {
    };

    /** A period of the Rencana Aksi that has ended with a target and nothing recorded. */
    record JatuhTempo(String code, String name, String period, String target) {
    }

    private final Layanan layanan;
    private final PkKonteks konteks;
    private final Format fmt;
    private final PortalProperties properties;

    private final Pemberitahuan pemberitahuan;

    BerandaController(Layanan layanan, PkKonteks konteks, Format fmt, PortalProperties properties,
                      Pemberitahuan pemberitahuan) {
        this.pemberitahuan = pemberitahuan;
        this.layanan = layanan;
        this.konteks = konteks;
        this.fmt = fmt;
        this.properties = properties;
    }

    @GetMapping("/")
    String beranda(@ModelAttribute("pengguna") Pengguna pengguna, Model model) {
        if (pengguna.staffOpd()) {
            return "redirect:/daerah/" + pengguna.tenant() + "/opd/" + pengguna.opd() + "/pk";
        }
        if (pengguna.verifikator()) {
            return "redirect:/daerah/" + pengguna.tenant() + "/verifikasi";
        }
        if (pengguna.peninjauProvinsi()) {
            return "redirect:/provinsi/" + pengguna.tenant();
        }
        if (pengguna.tenant() != null && pengguna.punya("KEPALA_DAERAH")) {
            return "redirect:/daerah/" + pengguna.tenant();
        }
        model.addAttribute("menu", "beranda");
        model.addAttribute("notifikasi", pengguna.tenant() == null ? null
                : Pemberitahuan.ambil(pemberitahuan.untukSaya(pengguna.tenant())));
        return "beranda/umum";
    }

    /** The perangkat daerah's latest PK. */
    @GetMapping("/daerah/{tenant}/opd/{opd}/pk")
    String pkTerbaru(@PathVariable String tenant, @PathVariable String opd) {
        DaerahBacaan daerah = layanan.baca("/api/tenants/" + tenant + "/opd", Map.of(), DaerahBacaan.class);
        return daerah.perangkatDaerah().stream().filter(o -> o.opd().equals(opd) && !o.tahunPk().isEmpty())
                .findFirst().map(o -> "redirect:/daerah/" + tenant + "/opd/" + opd + "/pk/" + o.tahunPk().get(0))
                .orElse("redirect:/daerah/" + tenant);
    }

    @GetMapping("/daerah/{tenant}/opd/{opd}/pk/{year}")
    String berandaPk(@PathVariable String tenant, @PathVariable String opd, @PathVariable int year,
                     @RequestParam(required = false) String asOf,
                     @RequestParam(required = false) String momen, @ModelAttribute("pengguna") Pengguna pengguna,
                     Model model) {
        PkJalan jalan = new PkJalan(tenant, opd, year);
        Instant at = AsOf.baca(asOf, momen, properties.zona());
        Map<String, Object> params = new HashMap<>();
        params.put("asOf", at);
        Map<String, Object> statusParams = new HashMap<>(params);
        statusParams.put("year", year);
        statusParams.put("opd", opd);
        // the parts of the page are independent: asked for at once, the page waits for the slowest only
        var capaianAsked = layanan.bacaNanti(jalan.api("capaian"), params, CapaianBacaan.Capaian.class);
        var anggaranAsked = layanan.bacaNanti(jalan.api("anggaran/bulanan"), params, AnggaranBacaan.class);
        var rencanaAsked = layanan.bacaNanti(jalan.api("rencana-aksi"), params, RencanaAksiBacaan.class);
        var statusAsked = layanan.bacaNanti("/api/tenants/" + tenant + "/verifikasi", statusParams, STATUS);
        // what awaits the user now, on their own perangkat daerah's page (not on a page of the past)
        var notifikasiAsked = at == null && tenant.equals(pengguna.tenant()) && opd.equals(pengguna.opd())
                ? pemberitahuan.untukSaya(tenant) : null;
        konteks.siapkan(model, jalan, at, "", Map.of());
        CapaianBacaan.Capaian capaian = capaianAsked.ambil();
        AnggaranBacaan anggaran = anggaranAsked.ambil();
        RencanaAksiBacaan rencana = rencanaAsked.ambil();
        List<StatusBacaan> status = statusAsked.ambil();

        Map<String, List<CapaianBacaan.Baris>> byKategori = new LinkedHashMap<>();
        for (String kategori : List.of("Sangat Tinggi", "Tinggi", "Sedang", "Rendah", "Sangat Rendah")) {
            byKategori.put(kategori, new ArrayList<>());
        }
        List<CapaianBacaan.Baris> tanpaCapaian = new ArrayList<>();
        capaian.indicators().forEach(row -> {
            if (row.kategori() != null) {
                byKategori.get(row.kategori()).add(row);
            } else {
                tanpaCapaian.add(row);
            }
        });
        LocalDate today = LocalDate.ofInstant(at == null ? Instant.now() : at, properties.zona());
        List<JatuhTempo> due = new ArrayList<>();
        for (RencanaAksiBacaan.Baris row : rencana.indikator()) {
            for (RencanaAksiBacaan.Periode period : row.periode()) {
                if (period.target() != null && !period.tercatat() && Periode.akhir(year, period.period()).isBefore(today)) {
                    due.add(new JatuhTempo(row.code(), row.name(), period.period(), fmt.nilai(period.target())));
                }
            }
        }
        due.sort(Comparator.comparing((JatuhTempo d) -> Periode.akhir(year, d.period())).thenComparing(JatuhTempo::code));
        AnggaranBacaan.Bulan last = anggaran.bulan().stream().filter(b -> b.realisasi() > 0)
                .reduce((a, b) -> b).orElse(null);

        model.addAttribute("menu", "pk");
        model.addAttribute("notifikasi", notifikasiAsked == null ? null : Pemberitahuan.ambil(notifikasiAsked)
                .stream().filter(n -> n.opd() == null || n.opd().equals(opd)).toList());
        model.addAttribute("capaian", capaian);
        model.addAttribute("perKategori", byKategori);
        model.addAttribute("tanpaCapaian", tanpaCapaian);
        model.addAttribute("anggaran", anggaran);
        model.addAttribute("bulanTerakhir", last);
        model.addAttribute("grafik", grafik(anggaran));
        model.addAttribute("jatuhTempo", due);
        model.addAttribute("dikembalikan", status.stream().filter(s -> s.status().equals("DIKEMBALIKAN")).toList());
        model.addAttribute("menunggu", status.stream().filter(s -> s.status().equals("MENUNGGU")).count());
        return "beranda/pk";
    }

    private GrafikGaris grafik(AnggaranBacaan anggaran) {
        int lastMonthWithData = -1;
        for (int i = 0; i < anggaran.bulan().size(); i++) {
            if (anggaran.bulan().get(i).realisasi() > 0) {
                lastMonthWithData = i;
            }
        }
        List<Long> actual = new ArrayList<>();
        for (int i = 0; i < anggaran.bulan().size(); i++) {
            actual.add(i <= lastMonthWithData ? anggaran.bulan().get(i).realisasiKumulatif() : null);
        }
        return GrafikGaris.dari(anggaran.bulan().stream().map(b -> fmt.periode(b.period()).substring(0, 3)).toList(),
                anggaran.bulan().stream().map(AnggaranBacaan.Bulan::rencanaKumulatif).toList(), actual,
                anggaran.pagu(), fmt::rupiah, Format::singkat, "Serapan anggaran kumulatif terhadap rencana");
    }
}
