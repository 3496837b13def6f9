package id.kinerja.rulebook;

/** Whether a capaian could be computed for an indicator and period, and if not, why not. */
public enum StatusCapaian {
    /** Target and realisasi present: the capaian is computed. */
    ADA,
    /** The realisasi waits for an outside source (e.g. BPS). */
    PENDING,
    /** Nothing recorded yet. */
    BELUM_ADA,
    /** No target for the period ("-"), or a zero target: no percentage of nothing. */
    TANPA_TARGET,
    /** A stored value the book does not compute with (outside {@link Batas}, a negative target): shown, not computed. */
    TIDAK_TERHITUNG
}
