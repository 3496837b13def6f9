package id.kinerja.query.siklus;

import id.kinerja.api.common.Nilai;

import java.time.LocalDate;
import java.util.List;

/**
 * One period of a perangkat daerah's year as of a time, as the verifier checks it: its status, each indicator's
 * target and realisasi with its bukti dukung and kendala, each sub kegiatan's budget realisation of the period's
 * months with its bukti dukung, and the period's history up to then.
 */
public record PeriodeDetail(PeriodeStatus status, List<Indikator> realisasi, List<Anggaran> anggaran,
                            List<Riwayat> riwayat) {

    /** @param lewatTenggat the due date the value was entered after, if it was late */
    public record Indikator(String indicatorCode, String name, String unit, Nilai target, Nilai realisasi,
                            String pendingReason, String correctionReason, LocalDate lewatTenggat, List<Bukti> bukti,
                            Kendala kendala) {
    }

    public record Anggaran(String subKegiatanCode, String month, long amount, String correctionReason,
                           LocalDate lewatTenggat, List<Bukti> bukti) {
    }
}
