package id.kinerja.portal.pk;

import id.kinerja.portal.layanan.Layanan;
import id.kinerja.portal.layanan.PortalProperties;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Perjanjian Kinerja: its cascade (sasaran → program → kegiatan → sub kegiatan) with indicators, targets and pagu
 * under any signed revision, and a PK Perubahan beside what it amended.
 */
@Controller
@RequestMapping("/daerah/{tenant}/opd/{opd}/pk/{year}")
class PkController {

    private static final ParameterizedTypeReference<List<PkBacaan.Revisi>> REVISI =
            new ParameterizedTypeReference<>() {
            };

    /** One line of the cascade table: a node, or one of its indicators. */
    record Baris(String level, String code, String name, PkBacaan.Indikator indikator, Long pagu, boolean node) {
    }

    private final Layanan layanan;
    private final PkKonteks konteks;
    private final PortalProperties properties;

    PkController(Layanan layanan, PkKonteks konteks, PortalProperties properties) {
        this.layanan = layanan;
        this.konteks = konteks;
        this.properties = properties;
    }

    @GetMapping("/perjanjian")
    String perjanjian(@PathVariable String tenant, @PathVariable String opd, @PathVariable int year,
                      @RequestParam(required = false) Integer revisi, @RequestParam(required = false) String asOf,
                      @RequestParam(required = false) String momen,
                      Model model) {
        PkJalan jalan = new PkJalan(tenant, opd, year);
        Instant at = AsOf.baca(asOf, momen, properties.zona());
        PkBacaan.Pk pk = konteks.siapkan(model, jalan, at, "perjanjian", Map.of("revisi", revisi == null ? "" : revisi));
        Map<String, Object> params = new HashMap<>();
        params.put("asOf", at);
        List<PkBacaan.Revisi> revisions = layanan.baca(jalan.api("revisi"), params, REVISI);
        PkBacaan.Pk shown = pk;
        if (revisi != null && (pk.revisiBerlaku() == null || revisi != pk.revisiBerlaku().revision())) {
            params.put("revisi", revisi);
            shown = layanan.baca(jalan.api(""), params, PkBacaan.Pk.class);
        }
        model.addAttribute("menu", "pk");
        model.addAttribute("revisiList", revisions);
        model.addAttribute("revisiDipilih", revisi != null ? revisi
                : pk.revisiBerlaku() == null ? null : pk.revisiBerlaku().revision());
        model.addAttribute("ditampilkan", shown);
        model.addAttribute("baris", rows(shown));
        return "pk/perjanjian";
    }

    @GetMapping("/perbandingan")
    String perbandingan(@PathVariable String tenant, @PathVariable String opd, @PathVariable int year,
                        @RequestParam(required = false) Integer revisi, @RequestParam(required = false) String asOf,
                        @RequestParam(required = false) String momen,
                        Model model) {
        PkJalan jalan = new PkJalan(tenant, opd, year);
        Instant at = AsOf.baca(asOf, momen, properties.zona());
        Map<String, Object> params = new HashMap<>();
        params.put("asOf", at);
        Layanan.Janji<PkBacaan.Perbandingan> asked = revisi == null ? null : layanan.bacaNanti(
                jalan.api("revisi/" + revisi + "/perbandingan"), params, PkBacaan.Perbandingan.class);
        Layanan.Janji<List<PkBacaan.Revisi>> revisionsAsked = layanan.bacaNanti(jalan.api("revisi"), params, REVISI);
        konteks.siapkan(model, jalan, at, "perbandingan", Map.of("revisi", revisi == null ? "" : revisi));
        List<PkBacaan.Revisi> revisions = revisionsAsked.ambil();
        List<PkBacaan.Revisi> amendments = revisions.stream().filter(r -> r.revision() > 0).toList();
        model.addAttribute("menu", "pk");
        model.addAttribute("menuPk", "perjanjian");
        model.addAttribute("revisiList", amendments);
        if (amendments.isEmpty()) {
            return "pk/perbandingan";
        }
        int chosen = revisi != null ? revisi : amendments.get(amendments.size() - 1).revision();
        model.addAttribute("revisiDipilih", chosen);
        model.addAttribute("perbandingan", asked != null ? asked.ambil() : layanan.baca(
                jalan.api("revisi/" + chosen + "/perbandingan"), params, PkBacaan.Perbandingan.class));
        return "pk/perbandingan";
    }

    private static List<Baris> rows(PkBacaan.Pk pk) {
        List<Baris> rows = new ArrayList<>();
        for (PkBacaan.Sasaran sasaran : pk.sasaran()) {
            node(rows, "SASARAN", sasaran.code(), sasaran.name(), sasaran.indicators(), sasaran.pagu());
            for (PkBacaan.Program program : sasaran.programs()) {
                node(rows, "PROGRAM", program.code(), program.name(), program.indicators(), program.pagu());
                for (PkBacaan.Kegiatan kegiatan : program.kegiatan()) {
                    node(rows, "KEGIATAN", kegiatan.code(), kegiatan.name(), kegiatan.indicators(), kegiatan.pagu());
                    for (PkBacaan.SubKegiatan sub : kegiatan.subKegiatan()) {
                        node(rows, "SUB_KEGIATAN", sub.code(), sub.name(), sub.indicators(), sub.pagu());
                    }
                }
            }
        }
        return rows;
    }

    private static void node(List<Baris> rows, String level, String code, String name,
                             List<PkBacaan.Indikator> indicators, Long pagu) {
        rows.add(new Baris(level, code, name, indicators.isEmpty() ? null : indicators.get(0), pagu, true));
        indicators.stream().skip(1).forEach(i -> rows.add(new Baris(level, code, name, i, null, false)));
    }
}
