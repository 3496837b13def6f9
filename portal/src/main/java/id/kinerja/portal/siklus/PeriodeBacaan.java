package id.kinerja.portal.siklus;

import id.kinerja.portal.tampilan.Nilai;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One period of a perangkat daerah's reporting cycle as query-service answers it: its status against its deadline,
 * each indicator's realisasi with its bukti dukung (evidence files) and kendala (obstacle and follow-up), each sub
 * kegiatan's budget realisation of the period's months with its bukti dukung, and the period's history. Whether it is locked, and why, follows from the status; the rules stay in command-service.
 */
public record PeriodeBacaan(Status status, List<Indikator> realisasi, List<Anggaran> anggaran, List<Langkah> riwayat) {

    /**
     * @param status    TERBUKA, DIAJUKAN, DIKEMBALIKAN, DIBUKA_KEMBALI or TERVERIFIKASI
     * @param keadaan   where it stands against the deadline (BELUM_JATUH_TEMPO … SELESAI)
     * @param terlambat submitted after its due date, or not submitted past it
     */
    public record Status(String period, String status, String keadaan, boolean terlambat, LocalDate tenggat,
                         Instant ditutupPada, String catatan, String oleh, Instant sejak, Instant diajukanPada,
                         String diajukanOleh) {

        public String statusTertulis() {
            return switch (status) {
                case "TERBUKA" -> "Belum diajukan";
                case "DIAJUKAN" -> "Diajukan, menunggu verifikasi";
                case "DIKEMBALIKAN" -> "Dikembalikan verifikator";
                case "DIBUKA_KEMBALI" -> "Dibuka kembali";
                case "TERVERIFIKASI" -> "Terverifikasi";
                default -> status;
            };
        }

        public String keadaanTertulis() {
            return switch (keadaan) {
                case "BELUM_JATUH_TEMPO" -> "belum jatuh tempo";
                case "SEGERA_JATUH_TEMPO" -> "segera jatuh tempo";
                case "TERLAMBAT" -> "terlambat";
                case "TANPA_TENGGAT" -> "tanpa tenggat";
                case "MENUNGGU_VERIFIKASI" -> "menunggu verifikasi";
                case "PERLU_PERBAIKAN" -> "perlu perbaikan";
                case "SELESAI" -> "selesai";
                default -> keadaan;
            };
        }

        /** The badge class the inbox uses for the same status. */
        public String lencana() {
            return switch (status) {
                case "DIAJUKAN" -> "menunggu";
                case "DIKEMBALIKAN", "DIBUKA_KEMBALI" -> "dikembalikan";
                case "TERVERIFIKASI" -> "terverifikasi";
                default -> "netral";
            };
        }

        /** Why nothing of the period can change now, or null while the operator may still work on it. */
        public String terkunci() {
            return terkunci("Periode ini");
        }

        /** The same reason, naming the period as {@code subjek} (e.g. "Triwulan I", for a month it covers). */
        public String terkunci(String subjek) {
            if (status.equals("DIAJUKAN")) {
                return subjek + " sudah diajukan dan menunggu verifikasi: realisasi, bukti dukung dan kendalanya "
                        + "tidak dapat diubah kecuali verifikator mengembalikannya.";
            }
            if (status.equals("TERVERIFIKASI")) {
                return subjek + " sudah diverifikasi dan terkunci: perubahan hanya setelah verifikator membukanya "
                        + "kembali dengan alasan.";
            }
            if (ditutupPada != null && status.equals("TERBUKA")) {
                return subjek + " sudah ditutup oleh daerah setelah tenggatnya: perubahan hanya setelah "
                        + "verifikator membukanya kembali dengan alasan.";
            }
            return null;
        }

        /** Whether the operator may submit it now: open, returned or reopened, and not closed. */
        public boolean dapatDiajukan() {
            return terkunci() == null;
        }

        /** Whether the verifier may reopen it: verified, or closed by the daerah. */
        public boolean dapatDibukaKembali() {
            return status.equals("TERVERIFIKASI") || ditutupPada != null && status.equals("TERBUKA");
        }
    }

    /** @param lewatTenggat the due date the value was entered after, when it was late */
    public record Indikator(String indicatorCode, String name, String unit, Nilai target, Nilai realisasi,
                            String pendingReason, String correctionReason, LocalDate lewatTenggat, List<Bukti> bukti,
                            Kendala kendala) {
    }

    /** A sub kegiatan's budget realisation of one month (in rupiah) with its bukti dukung. */
    public record Anggaran(String subKegiatanCode, String month, long amount, String correctionReason,
                           LocalDate lewatTenggat, List<Bukti> bukti) {
    }

    /** An evidence file: what it supports, its SHA-256, name, size and type, who attached it and when. */
    public record Bukti(String untukJenis, String untukKode, String period, String sha256, String nama, long ukuran,
                        String mediaType, String oleh, Instant dilampirkanPada) {

        /** The size as people read it: 12,3 KB, 1,5 MB. */
        public String ukuranTertulis() {
            java.text.DecimalFormat one = new java.text.DecimalFormat("#,##0.#",
                    java.text.DecimalFormatSymbols.getInstance(java.util.Locale.forLanguageTag("id-ID")));
            if (ukuran >= 1024 * 1024) {
                return one.format(ukuran / (1024.0 * 1024.0)) + " MB";
            }
            if (ukuran >= 1024) {
                return one.format(ukuran / 1024.0) + " KB";
            }
            return ukuran + " bita";
        }
    }

    public record Kendala(String indicatorCode, String period, String kendala, String tindakLanjut, String oleh,
                          Instant dicatatPada) {
    }

    /** A step of the period's history: what (a sentence), about which code, a note, who, when. */
    public record Langkah(String period, String langkah, String kode, boolean anggaran, String uraian,
                          String catatan, boolean terlambat, String oleh, Instant pada) {
    }
}
