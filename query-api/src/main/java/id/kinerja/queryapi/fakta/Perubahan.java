package id.kinerja.queryapi.fakta;

import id.kinerja.api.buktidukung.Berkas;
import id.kinerja.api.buktidukung.BuktiUntuk;
import id.kinerja.api.common.Nilai;
import id.kinerja.api.common.OpdId;
import id.kinerja.api.common.Periode;
import id.kinerja.api.common.TenantId;
import id.kinerja.api.dokumen.StatedFigureRecorded;
import id.kinerja.api.indikator.Indicator;
import id.kinerja.api.pemda.JenisDaerah;
import id.kinerja.api.pk.PerjanjianKinerjaId;
import id.kinerja.api.rencanaaksi.MonthlyAmount;
import id.kinerja.api.rencanaaksi.PeriodTarget;
import id.kinerja.api.renstra.RenstraId;
import id.kinerja.queryapi.pk.Revisi;
import id.kinerja.rulebook.Realisasi;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What a recorded event changes in the facts, in the read side's words: {@link Peristiwa} turns every api event into
 * these calls, once; query-service's projections write them as recorded-time rows, an auditor's {@link LipatanPk}
 * keeps them in memory. Each listener implements what it keeps; the rest are no-ops. {@code at} is the event's
 * recorded time.
 */
public interface Perubahan {

    /** Renstra kinds of figure: a yearly target, the end-of-period target (under the Renstra's last year). */
    String TAHUNAN = "TAHUNAN";
    String AKHIR = "AKHIR";
    /** Comparison figures: an earlier year's realisasi as reported, the national standard. */
    String REALISASI = "REALISASI";
    String STANDAR_NASIONAL = "STANDAR_NASIONAL";

    default void pemda(TenantId tenant, String name, JenisDaerah jenis, Instant at) {
    }

    default void perangkatDaerah(OpdId opd, String name, Instant at) {
    }

    /** A tujuan or sasaran of a Renstra with its indicators. */
    default void renstraNode(RenstraId renstra, String level, String code, String parentCode, String name,
                             List<Indicator> indicators, Instant at) {
    }

    /** A Renstra target of kind {@link #TAHUNAN} or {@link #AKHIR}. */
    default void renstraTarget(RenstraId renstra, String indicator, String kind, int year, Nilai target,
                               String reason, Instant at) {
    }

    /** A comparison figure of kind {@link #REALISASI} or {@link #STANDAR_NASIONAL}. */
    default void pembanding(RenstraId renstra, String indicator, String kind, int year, Nilai value, String source,
                            String reason, Instant at) {
    }

    /** A PK was drafted from a Renstra. */
    default void pk(PerjanjianKinerjaId pk, RenstraId renstra, Instant at) {
    }

    /**
     * A node of the PK's cascade (TUJUAN … SUB_KEGIATAN) with its indicators, as of a revision; {@code nomenklatur}
     * is the national code of a program, kegiatan or sub kegiatan, null when unknown.
     */
    default void pkNode(PerjanjianKinerjaId pk, String level, String code, String parentCode, String name,
                        String nomenklatur, List<Indicator> indicators, int revision, Instant at) {
    }

    /** An indicator's target under a revision; null removes it. */
    default void target(PerjanjianKinerjaId pk, String indicator, Nilai target, int revision, Instant at) {
    }

    /** A sub kegiatan's pagu under a revision; null removes it. */
    default void pagu(PerjanjianKinerjaId pk, String subKegiatan, Long amount, int revision, Instant at) {
    }

    /** A signing (revision 0) or PK Perubahan (n); its recordedAt is {@code at}. */
    default void revisi(PerjanjianKinerjaId pk, Revisi revisi) {
    }

    /** An indicator's whole Rencana Aksi, replacing the earlier one. */
    default void rencanaAksi(PerjanjianKinerjaId pk, String indicator, List<PeriodTarget> targets, String responsible,
                             String reason, int basedOnRevision, Instant at) {
    }

    /** A sub kegiatan's whole monthly spending plan, replacing the earlier one. */
    default void rencanaAnggaran(PerjanjianKinerjaId pk, String subKegiatan, List<MonthlyAmount> plan, String reason,
                                 int basedOnRevision, Instant at) {
    }

    /**
     * A realisasi recorded or corrected (then {@code value.correctionReason()} says why); formula indicators keep
     * their components, the formula id and the figure the document printed; {@code lewatTenggat} is the deadline it
     * came after, null when on time.
     */
    default void realisasi(PerjanjianKinerjaId pk, String indicator, Periode period, Realisasi value,
                           Map<String, BigDecimal> components, String formula, Nilai stated, LocalDate lewatTenggat,
                           Instant at) {
    }

    /** A month's budget realisation recorded or corrected (with the reason), late or not. */
    default void realisasiAnggaran(PerjanjianKinerjaId pk, String subKegiatan, Periode month, long amount,
                                   String correction, LocalDate lewatTenggat, Instant at) {
    }

    default void verifikasi(PerjanjianKinerjaId pk, Periode period, String hasil, String catatan, String verifier,
                            Instant at) {
    }

    /** A period submitted to the verifier (ajukan), with its due date then and whether it came after it. */
    default void diajukan(PerjanjianKinerjaId pk, Periode period, String catatan, LocalDate tenggat, boolean terlambat,
                          String actor, Instant at) {
    }

    /** A verified or closed period reopened for correction, with the reason. */
    default void dibukaKembali(PerjanjianKinerjaId pk, Periode period, String alasan, String actor, Instant at) {
    }

    /** An indicator's kendala and tindak lanjut for a period, replacing the earlier ones. */
    default void kendala(PerjanjianKinerjaId pk, String indicator, Periode period, String kendala,
                         String tindakLanjut, String actor, Instant at) {
    }

    /** A bukti dukung attached ({@code dilampirkan}) or taken off. */
    default void buktiDukung(PerjanjianKinerjaId pk, BuktiUntuk untuk, Berkas berkas, boolean dilampirkan,
                             String actor, Instant at) {
    }

    default void narasi(PerjanjianKinerjaId pk, String section, String text, Instant at) {
    }

    default void angkaTertulis(StatedFigureRecorded figure, Instant at) {
    }
}
