package id.kinerja.api.verifikasi;

/**
 * Where a period's report (realisasi, budget realisation, bukti dukung, kendala) stands in the reporting cycle:
 * the perangkat daerah fills it in and submits it (ajukan), the verifier verifies it or returns it with a note,
 * and once verified it is locked until the verifier reopens it with a reason.
 */
public enum StatusPeriode {
    /** Being filled in; nothing submitted yet. */
    TERBUKA,
    /** Submitted (diajukan) and waiting for the verifier; locked meanwhile. */
    DIAJUKAN,
    /** Returned by the verifier with a note: to be corrected and submitted again. */
    DIKEMBALIKAN,
    /** Verified: locked. */
    TERVERIFIKASI,
    /** Reopened by the verifier with a reason after it was verified or closed: to be corrected and submitted again. */
    DIBUKA_KEMBALI;

    /** Whether the perangkat daerah may change the period's data in this status (a closed period aside). */
    public boolean terbukaUntukPerubahan() {
        return this == TERBUKA || this == DIKEMBALIKAN || this == DIBUKA_KEMBALI;
    }
}
