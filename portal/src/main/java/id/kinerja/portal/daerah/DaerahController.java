package id.kinerja.portal.daerah;

import id.kinerja.portal.layanan.Layanan;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.util.Map;

/** A daerah's perangkat daerah and their PK years: where a verifier, a Bupati or an auditor picks a PK. */
@Controller
class DaerahController {

    private final Layanan layanan;

    DaerahController(Layanan layanan) {
        this.layanan = layanan;
    }

    @GetMapping("/daerah/{tenant}")
    String daerah(@PathVariable String tenant, Model model) {
        model.addAttribute("menu", "daerah");
        model.addAttribute("daerah", layanan.baca("/api/tenants/" + tenant + "/opd", Map.of(), DaerahBacaan.class));
        return "daerah/daerah";
    }
}
