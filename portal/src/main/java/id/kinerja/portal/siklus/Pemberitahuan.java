package id.kinerja.portal.siklus;

import id.kinerja.portal.layanan.Layanan;
import id.kinerja.portal.layanan.Penolakan;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What awaits the signed-in user, from query-service's notifications read model: returned or reopened periods and
 * deadlines for the perangkat daerah, submitted periods for the verifier, late ones for the verifier and the Kepala
 * Daerah. Query-service decides who sees which; the portal only lists them, each with the page to act on.
 */
@Component
public class Pemberitahuan {

    private static final ParameterizedTypeReference<List<Notifikasi>> DAFTAR = new ParameterizedTypeReference<>() {
    };

    /** One notification; {@code jenis} TERLAMBAT, DIKEMBALIKAN, DIBUKA_KEMBALI, MENUNGGU_VERIFIKASI, TENGGAT_MENDEKAT. */
    public record Notifikasi(String id, String jenis, String tenant, String opd, String opdName, int year,
                             String period, String pesan, String catatan, String oleh, LocalDate tenggat,
                             Instant sejak) {

        /** The page where it is acted on: the verifier's check of a submitted period, else the period's report. */
        public String tautan() {
            String pk = "/daerah/" + tenant + "/opd/" + opd + "/pk/" + year;
            return jenis.equals("MENUNGGU_VERIFIKASI") ? pk + "/verifikasi/" + period
                    : pk + "/realisasi?periode=" + period;
        }

        public String lencana() {
            return switch (jenis) {
                case "TERLAMBAT", "DIKEMBALIKAN", "DIBUKA_KEMBALI" -> "dikembalikan";
                case "MENUNGGU_VERIFIKASI", "TENGGAT_MENDEKAT" -> "menunggu";
                default -> "terverifikasi";
            };
        }

        public String jenisTertulis() {
            return switch (jenis) {
                case "TERLAMBAT" -> "Terlambat";
                case "DIKEMBALIKAN" -> "Dikembalikan";
                case "DIBUKA_KEMBALI" -> "Dibuka kembali";
                case "MENUNGGU_VERIFIKASI" -> "Menunggu verifikasi";
                case "TENGGAT_MENDEKAT" -> "Tenggat mendekat";
                case "TERVERIFIKASI" -> "Terverifikasi";
                default -> jenis;
            };
        }
    }

    private final Layanan layanan;

    Pemberitahuan(Layanan layanan) {
        this.layanan = layanan;
    }

    /** The user's notifications in the daerah, started now and read when the page is put together. */
    public Layanan.Janji<List<Notifikasi>> untukSaya(String tenant) {
        return layanan.bacaNanti("/api/tenants/" + tenant + "/notifikasi", Map.of(), DAFTAR);
    }

    /** What was read; none when the user's role has no notifications to read there (a refusal is not a page error). */
    public static List<Notifikasi> ambil(Layanan.Janji<List<Notifikasi>> asked) {
        try {
            return asked.ambil();
        } catch (Penolakan refused) {
            return List.of();
        }
    }
}
