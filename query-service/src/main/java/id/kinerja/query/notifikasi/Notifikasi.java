package id.kinerja.query.notifikasi;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Something that awaits someone: a returned or reopened period for its perangkat daerah, a submitted one for the
 * verifier, a deadline approaching or passed. The same shape is published on Kafka for integrators.
 *
 * @param untuk the roles it is for; those of a perangkat daerah only for {@code opd}
 * @param sejak when it arose: the step's recorded time, or the due date's start for a deadline
 */
public record Notifikasi(String id, Jenis jenis, List<String> untuk, String tenant, String opd, String opdName,
                         int year, String period, String pesan, String catatan, String oleh, LocalDate tenggat,
                         Instant sejak) {

    public enum Jenis {
        /** Past its due date and not submitted. */
        TERLAMBAT,
        /** Returned by the verifier with a note. */
        DIKEMBALIKAN,
        /** Reopened by the verifier with a reason. */
        DIBUKA_KEMBALI,
        /** Submitted; waits for the verifier. */
        MENUNGGU_VERIFIKASI,
        /** Due within a week. */
        TENGGAT_MENDEKAT,
        /** Verified (published to integrators; nothing awaits anyone). */
        TERVERIFIKASI
    }
}
