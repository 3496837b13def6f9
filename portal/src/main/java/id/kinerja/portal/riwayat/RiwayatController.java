package id.kinerja.portal.riwayat;

import id.kinerja.portal.layanan.Layanan;
import id.kinerja.portal.layanan.Penolakan;
import id.kinerja.portal.layanan.PortalProperties;
import id.kinerja.portal.pk.AsOf;
import id.kinerja.portal.pk.PkJalan;
import id.kinerja.portal.pk.PkKonteks;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Riwayat for the auditor: each recorded change of the PK between two moments — when, who, what, the reason given —
 * and the integrity check's verdict on the daerah's hash-chained events.
 */
@Controller
class RiwayatController {

    /** The changes query-service lists between two moments. */
    record Riwayat(Instant dari, Instant sampai, List<Perubahan> perubahan, boolean terpotong) {
    }

    record Perubahan(Instant recordedAt, String actor, String jenis, String ringkasan, String alasan) {
    }

    /** command-service's verdict on the daerah's event chain. */
    record Integritas(String tenant, long links, String headHash, boolean intact, Putus firstBroken) {
    }

    record Putus(long position, Long globalIndex, String eventIdentifier, String aggregateIdentifier,
                 Long sequenceNumber, String problem) {
    }

    private final Layanan layanan;
    private final PkKonteks konteks;
    private final PortalProperties properties;

    RiwayatController(Layanan layanan, PkKonteks konteks, PortalProperties properties) {
        this.layanan = layanan;
        this.konteks = konteks;
        this.properties = properties;
    }

    @GetMapping("/daerah/{tenant}/opd/{opd}/pk/{year}/riwayat")
    String riwayat(@PathVariable String tenant, @PathVariable String opd, @PathVariable int year,
                   @RequestParam(required = false) String dari, @RequestParam(required = false) String sampai,
                   @RequestParam(defaultValue = "false") boolean periksa, Model model) {
        PkJalan jalan = new PkJalan(tenant, opd, year);
        Instant from = AsOf.baca(dari, properties.zona());
        Instant to = AsOf.baca(sampai, properties.zona());
        konteks.siapkan(model, jalan, to, "riwayat", Map.of());
        Map<String, Object> params = new HashMap<>();
        params.put("dari", from);
        params.put("sampai", to);
        model.addAttribute("menu", "pk");
        model.addAttribute("dari", from);
        model.addAttribute("sampai", to);
        model.addAttribute("riwayat", layanan.baca(jalan.api("riwayat"), params, Riwayat.class));
        if (periksa) {
            try {
                model.addAttribute("integritas", layanan.bacaPerintah("/api/tenants/" + tenant + "/integritas",
                        Integritas.class));
            } catch (Penolakan refused) {
                model.addAttribute("integritasGalat", refused.detail());
            }
        }
        return "riwayat/riwayat";
    }
}
