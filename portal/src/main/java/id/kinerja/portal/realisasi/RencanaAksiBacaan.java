package id.kinerja.portal.realisasi;

import id.kinerja.portal.tampilan.Nilai;

import java.time.Instant;
import java.util.List;

/** The Rencana Aksi per indicator as query-service gives it, with what was recorded per period. */
public record RencanaAksiBacaan(Instant asOf, List<Baris> indikator) {

    /** @param granularity TRIWULAN, BULAN, or null when the indicator has no Rencana Aksi */
    public record Baris(String level, String nodeCode, String code, String name, String unit, String polarity,
                        String combination, Nilai targetTahunan, String granularity, List<Periode> periode,
                        String penanggungJawab) {
    }

    public record Periode(String period, Nilai target, Nilai realisasi, String belumTersedia) {

        public boolean tercatat() {
            return realisasi != null || belumTersedia != null;
        }
    }
}
