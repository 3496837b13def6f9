package id.kinerja.queryapi.dokumen;

import java.util.List;

/**
 * What checking a document's data version found. {@code COCOK}: every daerah's chain is intact up to the link the
 * document names and still has the hash it named, and the document rendered again from the events has the same
 * fingerprint. {@code BERBEDA}: something differs, said in {@code perbedaan} — a changed or missing event, a chain
 * that no longer ends in the named hash, other content (and, when the file was given, which lines). {@code
 * TIDAK_ADA}: the document named cannot be rendered from the events at all.
 *
 * @param sidikJariSekarang the fingerprint of the document rendered again now from the events
 * @param perbedaan         each difference found, in Indonesian; empty when COCOK
 * @param baris             when the file itself was given: each content line that differs, as printed and — for a
 *                          file the service signed — as now
 */
public record HasilVerifikasi(Status status, VersiDokumen versi, String sidikJariSekarang,
                              List<RantaiDiperiksa> rantai, List<String> perbedaan, List<BarisBerbeda> baris) {

    public enum Status { COCOK, BERBEDA, TIDAK_ADA }

    /**
     * One daerah's chain as checked up to the named link: intact or not, the hash stored there now, and the first
     * link whose event was changed or deleted after it was written.
     */
    public record RantaiDiperiksa(String tenant, long posisi, boolean utuh, String hashTersimpan, Putus putus) {
    }

    /** The first broken link: which event (type, aggregate, sequence, recorded time) was changed, and how. */
    public record Putus(long posisi, String peristiwa, String agregat, Long urutan, String dicatat, String masalah) {
    }

    /**
     * A content line of the document: as the given file prints it, and as the events give it now — null when there
     * is no such line, or when the file is not one the service signed (then only that the line differs is said).
     */
    public record BarisBerbeda(int nomor, String tertulis, String sekarang) {
    }
}
