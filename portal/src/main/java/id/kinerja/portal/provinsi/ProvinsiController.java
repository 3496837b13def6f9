package id.kinerja.portal.provinsi;

import id.kinerja.portal.daerah.DaerahBacaan;
import id.kinerja.portal.grafik.GrafikBatang;
import id.kinerja.portal.layanan.Layanan;
import id.kinerja.portal.layanan.Penolakan;
import id.kinerja.portal.layanan.PortalProperties;
import id.kinerja.portal.pk.AsOf;
import id.kinerja.portal.tampilan.Format;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Provinsi: the kabupaten/kota of a province side by side for a year — rankings by budget absorption and by mean
 * capaian with their charts, shared programs and indicators — drilling down to each kabupaten's perangkat daerah
 * and PK.
 */
@Controller
class ProvinsiController {

    private final Layanan layanan;
    private final PortalProperties properties;
    private final Format fmt;

    ProvinsiController(Layanan layanan, PortalProperties properties, Format fmt) {
        this.layanan = layanan;
        this.properties = properties;
        this.fmt = fmt;
    }

    @GetMapping("/provinsi/{provinsi}")
    String rekap(@PathVariable String provinsi, @RequestParam(required = false) Integer tahun,
                 @RequestParam(required = false) String asOf,
                 @RequestParam(required = false) String momen, Model model) {
        Instant at = AsOf.baca(asOf, momen, properties.zona());
        Map<String, Object> params = new HashMap<>();
        params.put("asOf", at);
        RekapBacaan first = layanan.baca("/api/provinsi/" + provinsi + "/rekap/" + (tahun != null ? tahun
                : java.time.Year.now(properties.zona()).getValue()), params, RekapBacaan.class);
        List<DaerahBacaan> daerah = new ArrayList<>();
        TreeSet<Integer> years = new TreeSet<>();
        for (RekapBacaan.Daerah kab : first.kabupatenKota()) {
            try {
                DaerahBacaan d = layanan.baca("/api/tenants/" + kab.tenant() + "/opd", params, DaerahBacaan.class);
                daerah.add(d);
                d.perangkatDaerah().forEach(o -> years.addAll(o.tahunPk()));
            } catch (Penolakan notReadable) {
                // a kabupaten this user may not open is left out of the drill-down
            }
        }
        int year = tahun != null ? tahun : years.isEmpty() ? first.year() : years.last();
        RekapBacaan rekap = year == first.year() ? first
                : layanan.baca("/api/provinsi/" + provinsi + "/rekap/" + year, params, RekapBacaan.class);
        model.addAttribute("menu", "provinsi");
        model.addAttribute("rekap", rekap);
        model.addAttribute("tahun", year);
        model.addAttribute("tahunList", years.descendingSet());
        model.addAttribute("daerahList", daerah);
        model.addAttribute("asOf", at);
        model.addAttribute("grafikSerapan", GrafikBatang.dari(rekap.peringkatSerapan().stream()
                .map(p -> new GrafikBatang.Masukan(p.peringkat() + ". " + p.name(), p.nilai(), fmt.persen(p.nilai())))
                .toList(), "Peringkat serapan anggaran"));
        model.addAttribute("grafikCapaian", GrafikBatang.dari(rekap.peringkatCapaian().stream()
                .map(p -> new GrafikBatang.Masukan(p.peringkat() + ". " + p.name(), p.nilai(), fmt.persen(p.nilai())))
                .toList(), "Peringkat rata-rata capaian"));
        return "provinsi/rekap";
    }
}
