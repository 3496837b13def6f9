package id.kinerja.reporting.pk;

import id.kinerja.api.common.Nilai;
import id.kinerja.api.common.Signatory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A Perjanjian Kinerja as it stood under one revision: what its documents print. The same shape whether it was
 * read from query-service's projections or folded from the raw events (auditor mode), so both give one document.
 */
public record PkData(String tenant, String pemdaName, String opd, String opdName, int year, Instant asOf,
                     Revisi revisiBerlaku,
                     List<Tujuan> tujuan, List<Sasaran> sasaran, long totalPagu) {

    /** Revision 0 is the PK induk, n the n-th PK Perubahan. */
    public record Revisi(int revision, String jenis, String reason, String explanation, LocalDate effectiveDate,
                         LocalDate signedOn, String place, Signatory pihakPertama, Signatory pihakKedua) {
    }

    public record Indikator(String code, String name, String unit, Nilai target) {
    }

    public record Tujuan(String code, String name, List<Indikator> indicators) {
    }

    public record Sasaran(String code, String name, String tujuanCode, List<Indikator> indicators,
                          List<Program> programs, long pagu) {
    }

    public record Program(String code, String name, List<Indikator> indicators, List<Kegiatan> kegiatan, long pagu) {
    }

    public record Kegiatan(String code, String name, List<Indikator> indicators, List<SubKegiatan> subKegiatan,
                           long pagu) {
    }

    public record SubKegiatan(String code, String name, List<Indikator> indicators, Long pagu) {
    }
}
