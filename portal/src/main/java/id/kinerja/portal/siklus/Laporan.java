package id.kinerja.portal.siklus;

import id.kinerja.portal.layanan.Layanan;
import id.kinerja.portal.layanan.Penolakan;
import org.springframework.ui.Model;

import java.util.Map;

/** A period's report as the pages read it, and what its fragments (siklus/laporan.html) expect beside it. */
public final class Laporan {

    private Laporan() {
    }

    /** The period's report as read; none for a period the perangkat daerah does not report (query-service's 404). */
    public static PeriodeBacaan baca(Layanan.Janji<PeriodeBacaan> asked) {
        try {
            return asked.ambil();
        } catch (Penolakan refused) {
            if (refused.status() == 404) {
                return null;
            }
            throw refused;
        }
    }

    /** Refusals and typed text come as flash attributes after a redirect; without one, there are none. */
    public static void siapkan(Model model) {
        if (!model.containsAttribute(PelaporanController.GALAT)) {
            model.addAttribute(PelaporanController.GALAT, Map.of());
        }
        if (!model.containsAttribute(PelaporanController.ISIAN)) {
            model.addAttribute(PelaporanController.ISIAN, Map.of());
        }
    }
}
