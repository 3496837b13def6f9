package id.kinerja.security;

/**
 * The roles of SAKIP work (docs/security.md has the matrix of what each may do). A token carries them in its
 * {@code roles} claim, by these names.
 */
public enum Peran {
    /** OPD planning staff: Renstra, targets, Rencana Aksi, realisasi of their own perangkat daerah. */
    OPERATOR_OPD,
    /** Kepala Dinas: signs and amends the PK of their own perangkat daerah as Pihak Pertama. */
    KEPALA_DINAS,
    /** Bupati / Wali Kota: Pihak Kedua of every PK of the daerah. */
    KEPALA_DAERAH,
    /** Bappeda / Inspektorat: reads the whole daerah to verify it. */
    VERIFIKATOR,
    /** Province staff: reads the province's kabupaten/kota and the roll-ups. */
    PENINJAU_PROVINSI,
    /** Inspektorat, BPKP, KemenPAN-RB evaluators: read-only, the daerah granted, any point in time, replay. */
    AUDITOR,
    /** Registers daerah and perangkat daerah; sees nothing inside them. */
    ADMIN_PLATFORM
}
