package id.kinerja.portal.provinsi;

import id.kinerja.portal.tampilan.Nilai;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A province's kabupaten/kota side by side, as query-service rolls them up. */
public record RekapBacaan(String provinsi, String name, int year, Instant asOf, List<Daerah> kabupatenKota,
                          List<Program> program, List<Indikator> indikator, List<Total> total,
                          List<Peringkat> peringkatSerapan, List<Peringkat> peringkatCapaian) {

    public record Daerah(String tenant, String name) {
    }

    public record Program(String name, Map<String, Anggaran> perDaerah, long pagu, long realisasi,
                          BigDecimal serapan) {
    }

    public record Anggaran(long pagu, long realisasi, BigDecimal serapan) {
    }

    public record Indikator(String name, String unit, Map<String, Kinerja> perDaerah) {
    }

    public record Kinerja(Nilai target, Nilai realisasi, BigDecimal capaian, String status) {
    }

    public record Total(String tenant, String name, long pagu, long realisasi, BigDecimal serapan,
                        BigDecimal rataRataCapaian, int dihitung, int dikecualikan) {
    }

    public record Peringkat(int peringkat, String tenant, String name, BigDecimal nilai) {
    }
}
