package id.kinerja.portal.realisasi;

import id.kinerja.portal.tampilan.Nilai;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** Capaian as query-service computes it: per indicator for a period, and the means. */
public final class CapaianBacaan {

    private CapaianBacaan() {
    }

    public record Capaian(String period, Instant asOf, String rumusPolaritas, List<Baris> indicators,
                          List<Sasaran> sasaran, RataRata rataRataOpd) {
    }

    /**
     * @param status ADA, PENDING (belum tersedia), BELUM_ADA or TANPA_TARGET
     */
    public record Baris(String level, String nodeCode, String code, String name, String unit, String polarity,
                        Nilai target, Nilai realisasi, String status, String pendingReason, String correctionReason,
                        BigDecimal capaian, String keterangan, String kategori, String penanggungJawab) {

        /** The CSS class of the traffic light: the kategori, or neutral without a capaian. */
        public String lampu() {
            return kategori == null ? "netral" : kategori.toLowerCase().replace(' ', '-');
        }

        public String statusTertulis() {
            return switch (status) {
                case "PENDING" -> "belum tersedia";
                case "BELUM_ADA" -> "belum ada realisasi";
                case "TANPA_TARGET" -> "tanpa target periode ini";
                default -> keterangan;
            };
        }
    }

    public record Sasaran(String code, String name, RataRata rataRata) {
    }

    public record RataRata(BigDecimal rataRata, int dihitung, int jumlahDikecualikan) {
    }
}
