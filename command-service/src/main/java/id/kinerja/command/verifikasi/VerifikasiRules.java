package id.kinerja.command.verifikasi;

import id.kinerja.api.verifikasi.HasilVerifikasi;
import id.kinerja.api.verifikasi.RecordVerifikasi;
import id.kinerja.command.realisasi.RealisasiLedger;

import static id.kinerja.command.shared.RuleViolation.require;
import static id.kinerja.command.shared.RuleViolation.requireText;

/**
 * The rules of verification (verifikasi) by Bappeda or the Inspektorat: a period is verified or returned only
 * once something was recorded for it, and a return says what to correct.
 */
public final class VerifikasiRules {

    private VerifikasiRules() {
    }

    public static void check(RecordVerifikasi command, RealisasiLedger ledger) {
        require(command.period() != null, "required", "period", "periode yang diverifikasi wajib diisi");
        require(command.hasil() != null, "required", "hasil", "hasil verifikasi wajib diisi (TERVERIFIKASI atau "
                + "DIKEMBALIKAN)");
        if (command.hasil() == HasilVerifikasi.DIKEMBALIKAN) {
            requireText(command.catatan(), "catatan", "catatan yang menjelaskan apa yang harus diperbaiki");
        }
        require(ledger.hasRealisasiFor(command.period()), "nothing-to-verify", "period",
                "belum ada realisasi periode " + command.period() + " yang dapat diverifikasi");
    }
}
