package id.kinerja.portal.pk;

import id.kinerja.portal.tampilan.Nilai;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The Perjanjian Kinerja as query-service gives it: only what the pages show. */
public final class PkBacaan {

    private PkBacaan() {
    }

    public record Pk(String tenant, String pemdaName, String opd, String opdName, int year, Instant asOf,
                     String status, Revisi revisiBerlaku, List<Sasaran> sasaran, long totalPagu) {
    }

    public record Revisi(int revision, String jenis, String reason, String explanation, LocalDate effectiveDate,
                        LocalDate signedOn, String place, Pejabat pihakPertama, Pejabat pihakKedua,
                        Instant recordedAt) {

        public String nama() {
            return revision == 0 ? "PK induk" : "PK Perubahan " + revision;
        }

        public String alasan() {
            if (reason == null) {
                return null;
            }
            return switch (reason) {
                case "PERGANTIAN_PEJABAT" -> "Pergantian pejabat";
                case "PERUBAHAN_STRATEGI" -> "Perubahan strategi";
                case "PERUBAHAN_PRIORITAS_ASUMSI" -> "Perubahan prioritas atau asumsi";
                default -> reason;
            };
        }
    }

    public record Pejabat(String name, String position, String rank, String nip) {
    }

    public record Indikator(String code, String name, String unit, String polarity, Nilai target,
                            Integer targetRevision) {
    }

    public record Sasaran(String code, String name, List<Indikator> indicators, List<Program> programs, long pagu) {
    }

    public record Program(String code, String name, List<Indikator> indicators, List<Kegiatan> kegiatan, long pagu) {
    }

    public record Kegiatan(String code, String name, List<Indikator> indicators, List<SubKegiatan> subKegiatan,
                           long pagu) {
    }

    public record SubKegiatan(String code, String name, List<Indikator> indicators, Long pagu, Integer paguRevision) {
    }

    public record Perbandingan(Revisi revisi, Revisi revisiSebelumnya, List<BarisTarget> target, List<BarisPagu> pagu,
                               List<TotalProgram> program, long totalSebelum, long totalSesudah, long selisih) {
    }

    public record BarisTarget(String level, String nodeCode, String indicatorCode, String indicatorName, String unit,
                              Nilai sebelum, Nilai sesudah, boolean berubah) {
    }

    public record BarisPagu(String programCode, String kegiatanCode, String subKegiatanCode, String name, Long sebelum,
                            Long sesudah, long selisih, boolean berubah) {
    }

    public record TotalProgram(String code, String name, long sebelum, long sesudah, long selisih) {
    }

    /** A recorded moment of the PK, for the "as of" slider. */
    public record Momen(Instant recordedAt, String jenis, String ringkasan, int jumlah) {
    }
}
