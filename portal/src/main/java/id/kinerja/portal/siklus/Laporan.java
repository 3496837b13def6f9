package id.kinerja.portal.siklus;

import org.springframework.ui.Model;

import java.util.Map;

/** What the report fragments of a period (siklus/laporan.html) expect beside the period itself. */
public final class Laporan {

    private Laporan() {
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
