package id.kinerja.portal.dokumen;

import java.time.Instant;
import java.util.List;

/**
 * What reporting-service's public verification says of a document's data version: COCOK (the events still give this
 * very document), BERBEDA (with what differs) or TIDAK_ADA (no such document can be put together from the events).
 */
public record HasilPeriksa(String status, Versi versi, String sidikJariSekarang, List<Rantai> rantai,
                           List<String> perbedaan, List<Baris> baris) {

    /** The version the document carries: which document of which PK, the moment it shows, its fingerprint. */
    public record Versi(String jenis, String tenant, String opd, Integer tahun, Integer revisi, Instant per,
                        String sidikJari) {

        public String jenisTertulis() {
            return switch (jenis) {
                case "perjanjian-kinerja" -> "Perjanjian Kinerja";
                case "pk-perubahan" -> "PK Perubahan";
                case "rencana-aksi" -> "Rencana Aksi";
                case "capaian-rencana-aksi" -> "Capaian Rencana Aksi";
                case "lkjip" -> "LKjIP";
                case "rekap-provinsi" -> "Rekap provinsi";
                default -> jenis;
            };
        }

        public String revisiTertulis() {
            return revisi == null ? "yang berlaku saat itu" : revisi == 0 ? "PK induk" : "PK Perubahan " + revisi;
        }
    }

    /** A daerah's event hash chain as checked up to the link the document names. */
    public record Rantai(String tenant, long posisi, boolean utuh, String hashTersimpan, Putus putus) {
    }

    /** The first link whose event was changed or deleted after it was written. */
    public record Putus(long posisi, String peristiwa, String agregat, Long urutan, String dicatat, String masalah) {
    }

    /** A content line of an uploaded file that differs: as printed, and (for a file the platform signed) as now. */
    public record Baris(int nomor, String tertulis, String sekarang) {
    }

    public String statusTertulis() {
        return switch (status) {
            case "COCOK" -> "Cocok: dokumen ini sesuai dengan data yang tercatat";
            case "BERBEDA" -> "Berbeda: dokumen ini tidak sesuai dengan data yang tercatat";
            case "TIDAK_ADA" -> "Tidak ditemukan: dokumen ini tidak dapat disusun dari data yang tercatat";
            default -> status;
        };
    }

    public String lencana() {
        return status.equals("COCOK") ? "terverifikasi" : "dikembalikan";
    }
}
