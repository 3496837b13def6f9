package id.kinerja.query.siklus;

import id.kinerja.api.verifikasi.StatusPeriode;

import java.time.LocalDate;

/**
 * Where a period stands against its deadline, as a dashboard sorts it: what still has time, what is due within a
 * week, what is late, what waits for the verifier, what must be corrected, what is done.
 */
public enum Keadaan {
    /** Not submitted; the due date is more than a week away. */
    BELUM_JATUH_TEMPO,
    /** Not submitted; due within {@link #SEGERA_HARI} days. */
    SEGERA_JATUH_TEMPO,
    /** Not submitted and past its due date (accepted when it comes, but late). */
    TERLAMBAT,
    /** Not submitted and the daerah has no due date for it. */
    TANPA_TENGGAT,
    /** Submitted; the verifier's turn. */
    MENUNGGU_VERIFIKASI,
    /** Returned with a note or reopened: the perangkat daerah's turn again. */
    PERLU_PERBAIKAN,
    /** Verified and locked. */
    SELESAI;

    public static final int SEGERA_HARI = 7;

    static Keadaan of(StatusPeriode status, LocalDate tenggat, LocalDate today) {
        return switch (status) {
            case DIAJUKAN -> MENUNGGU_VERIFIKASI;
            case DIKEMBALIKAN, DIBUKA_KEMBALI -> PERLU_PERBAIKAN;
            case TERVERIFIKASI -> SELESAI;
            case TERBUKA -> tenggat == null ? TANPA_TENGGAT : today.isAfter(tenggat) ? TERLAMBAT
                    : today.plusDays(SEGERA_HARI).isBefore(tenggat) ? BELUM_JATUH_TEMPO : SEGERA_JATUH_TEMPO;
        };
    }
}
