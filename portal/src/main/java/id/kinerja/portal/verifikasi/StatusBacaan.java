package id.kinerja.portal.verifikasi;

import java.time.Instant;

/** One period of one PK as the verifier's inbox lists it (query-service decides the status). */
public record StatusBacaan(String opd, String opdName, int year, String period, String status, int indikator,
                           Instant realisasiTerakhir, String hasil, String catatan, String verifier,
                           Instant diputuskan) {

    public String lencana() {
        return status.toLowerCase();
    }

    public String statusTertulis() {
        return switch (status) {
            case "MENUNGGU" -> "Menunggu verifikasi";
            case "DIKEMBALIKAN" -> "Dikembalikan";
            case "TERVERIFIKASI" -> "Terverifikasi";
            default -> status;
        };
    }
}
