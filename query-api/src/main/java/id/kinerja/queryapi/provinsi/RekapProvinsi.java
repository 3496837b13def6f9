package id.kinerja.queryapi.provinsi;

import id.kinerja.api.common.Nilai;
import id.kinerja.rulebook.StatusCapaian;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A province's kabupaten/kota side by side for one year, as of a recorded time: per shared program pagu, realisasi and
 * absorption; per indicator (matched by name and unit) target, realisasi and capaian; totals per daerah and rankings
 * by absorption and by mean capaian. Programs are lined up by their national nomenclature code ({@code kode},
 * {@code dicocokkan} = {@code KODE}); a program without a known code by its name, case, punctuation and spacing
 * ignored ({@code dicocokkan} = {@code NAMA}, {@code kode} null).
 */
public record RekapProvinsi(String provinsi, String name, int year, Instant asOf, List<Daerah> kabupatenKota,
                            List<Program> program, List<Indikator> indikator, List<Total> total,
                            List<Peringkat> peringkatSerapan, List<Peringkat> peringkatCapaian) {

    public record Daerah(String tenant, String name) {
    }

    public record Program(String kode, String dicocokkan, String name, Map<String, Anggaran> perDaerah, long pagu,
                          long realisasi, BigDecimal serapan) {
    }

    public record Anggaran(long pagu, long realisasi, BigDecimal serapan) {
    }

    public record Indikator(String name, String unit, Map<String, Kinerja> perDaerah) {
    }

    public record Kinerja(Nilai target, Nilai realisasi, BigDecimal capaian, StatusCapaian status) {
    }

    public record Total(String tenant, String name, long pagu, long realisasi, BigDecimal serapan,
                        BigDecimal rataRataCapaian, int dihitung, int dikecualikan) {
    }

    public record Peringkat(int peringkat, String tenant, String name, BigDecimal nilai) {
    }
}
