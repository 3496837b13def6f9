package id.kinerja.api.verifikasi;

/** What a verifier (Bappeda, Inspektorat) concluded about a period's realisasi. */
public enum HasilVerifikasi {
    /** Checked against the evidence and accepted. */
    TERVERIFIKASI,
    /** Sent back to the perangkat daerah with a note saying what to correct. */
    DIKEMBALIKAN
}
