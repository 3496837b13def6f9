package id.kinerja.query.anggaran;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The year's budget month by month as of a recorded time: for every sub kegiatan its pagu and, per month, the
 * Rencana Anggaran and the realisation recorded (null = nothing recorded, with the reason of the last correction);
 * for the OPD the month's totals and the running totals from January, absorbed against the pagu and the plan.
 */
public record AnggaranBulanan(String tenant, String opd, int year, Instant asOf, long pagu, List<Bulan> bulan,
                              List<SubKegiatan> subKegiatan) {

    public record Bulan(String period, long rencana, long realisasi, long rencanaKumulatif,
                        long realisasiKumulatif, BigDecimal serapanKumulatif, BigDecimal terhadapRencanaKumulatif) {
    }

    public record SubKegiatan(String programCode, String kegiatanCode, String code, String name, long pagu,
                              List<Sel> bulan) {
    }

    public record Sel(String period, Long rencana, Long realisasi, String alasanKoreksi) {
    }
}
