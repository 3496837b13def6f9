package id.kinerja.command.pk;

import id.kinerja.api.buktidukung.BuktiUntuk;
import id.kinerja.api.common.Nilai;
import id.kinerja.api.common.Periode;
import id.kinerja.api.indikator.Indicator;
import id.kinerja.api.indikator.Polarity;
import id.kinerja.command.buktidukung.DaftarBuktiDukung;
import id.kinerja.command.kendala.CatatanKendala;
import id.kinerja.command.pk.Cascade.DefinedIndicator;
import id.kinerja.command.realisasi.RealisasiLedger;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static id.kinerja.command.shared.RuleViolation.require;

/**
 * When a period's report is complete enough to submit (ajukan): every indicator with a target in the period has
 * its realisasi (a value, or pending with the reason), every value has at least one bukti dukung, and every value
 * that falls short of its target says what held it back (kendala). The verifier should not have to return a
 * period for what the platform can see is missing.
 */
final class Kelengkapan {

    private static final int DISEBUT_MAKSIMUM = 10;

    private Kelengkapan() {
    }

    /**
     * @param annual the PK's annual targets, for TAHUN
     * @param plans  the Rencana Aksi per indicator, for months and triwulan
     */
    static void periksa(Periode period, Cascade cascade, Map<String, Nilai> annual, Map<String, PlannedTargets> plans,
                        RealisasiLedger ledger, DaftarBuktiDukung bukti, CatatanKendala kendala) {
        Map<String, Indicator> indicators = new LinkedHashMap<>();
        Map<String, Nilai> expected = new LinkedHashMap<>();
        for (DefinedIndicator defined : cascade.indicators()) {
            String code = defined.definition().code();
            indicators.put(code, defined.definition());
            Nilai target = period == Periode.TAHUN ? annual.get(code) : targetOf(plans.get(code), period);
            if (target != null) {
                expected.put(code, target);
            }
        }
        Map<String, RealisasiLedger.Entry> recorded = ledger.recordedIn(period);
        require(!expected.isEmpty() || !recorded.isEmpty(), "periode-kosong", "period",
                "periode " + period + " tidak memiliki target maupun realisasi untuk diajukan");

        List<String> missing = new ArrayList<>();
        List<String> unsupported = new ArrayList<>();
        List<String> unexplained = new ArrayList<>();
        for (Map.Entry<String, Indicator> indicator : indicators.entrySet()) {
            String code = indicator.getKey();
            RealisasiLedger.Entry entry = recorded.get(code);
            if (entry == null) {
                if (expected.containsKey(code)) {
                    missing.add(code);
                }
                continue;
            }
            if (entry.pending()) {
                continue; // nothing to support yet; its reason says why
            }
            if (!bukti.ada(BuktiUntuk.realisasi(code, period))) {
                unsupported.add(code);
            }
            Nilai target = expected.get(code);
            if (target != null && belowTarget(indicator.getValue().polarity(), entry.value(), target)
                    && !kendala.ada(code, period)) {
                unexplained.add(code);
            }
        }
        require(missing.isEmpty(), "realisasi-belum-lengkap", "period", "realisasi periode " + period
                + " belum diisi untuk indikator " + list(missing));
        require(unsupported.isEmpty(), "bukti-dukung-belum-lengkap", "period", "realisasi periode " + period
                + " belum memiliki bukti dukung: indikator " + list(unsupported));
        require(unexplained.isEmpty(), "kendala-belum-diisi", "period", "realisasi periode " + period
                + " di bawah target tanpa kendala dan tindak lanjut: indikator " + list(unexplained));
    }

    private static boolean belowTarget(Polarity polarity, Nilai value, Nilai target) {
        int compared = value.numeric().compareTo(target.numeric());
        return polarity == Polarity.LOWER_IS_BETTER ? compared > 0 : compared < 0;
    }

    private static Nilai targetOf(PlannedTargets plan, Periode period) {
        if (plan == null) {
            return null;
        }
        return plan.targets().stream().filter(t -> t.period() == period && t.target() != null)
                .map(t -> t.target()).findFirst().orElse(null);
    }

    private static String list(List<String> codes) {
        if (codes.size() <= DISEBUT_MAKSIMUM) {
            return String.join(", ", codes);
        }
        return String.join(", ", codes.subList(0, DISEBUT_MAKSIMUM)) + " dan " + (codes.size() - DISEBUT_MAKSIMUM)
                + " lainnya";
    }
}
