package id.kinerja.portal.realisasi;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** The year's budget month by month as query-service sums it. */
public record AnggaranBacaan(Instant asOf, long pagu, List<Bulan> bulan, List<SubKegiatan> subKegiatan) {

    public record Bulan(String period, long rencana, long realisasi, long rencanaKumulatif, long realisasiKumulatif,
                        BigDecimal serapanKumulatif, BigDecimal terhadapRencanaKumulatif) {
    }

    public record SubKegiatan(String programCode, String kegiatanCode, String code, String name, long pagu,
                              List<Sel> bulan) {

        public Sel sel(String month) {
            return bulan.stream().filter(s -> s.period().equals(month)).findFirst().orElse(null);
        }
    }

    public record Sel(String period, Long rencana, Long realisasi, String alasanKoreksi) {
    }
}
