package id.kinerja.rulebook;

import id.kinerja.api.common.Nilai;
import id.kinerja.api.common.Periode;
import id.kinerja.api.indikator.PeriodCombination;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** How an indicator's period values (triwulan or month) make the year's value. */
public final class NilaiTahunan {

    public static final Aturan ATURAN = new Aturan("nilai-tahunan", "Nilai tahun dari nilai periode",
            "Bila realisasi TAHUN dicatat, itulah nilai tahunnya. Bila tidak, nilai triwulan (atau, tanpa triwulan, "
                    + "nilai bulan) digabung menurut jenis indikator: SUM dijumlah; CUMULATIVE nilai periode terakhir; "
                    + "LEVEL nilai terakhir yang diukur; AVERAGE rata-rata periode yang diukur, dibulatkan ke jumlah "
                    + "desimal target tahunan. Periode tanpa nilai (\"-\") dilewati. Satu periode pending membuat "
                    + "tahunnya pending; indikator predikat memakai predikat terakhir; nilai di luar batas hitung "
                    + "ditampilkan apa adanya dan tidak digabung. Target triwulan harus sama dengan target tahunan "
                    + "menurut aturan yang sama.",
            "002: tera UTTP 70 + 585 + 120 + 170 = 945 (003 melaporkan 945); koperasi diawasi 39, 78, 117, 156 → 156; "
                    + "persentase 9,68 setiap triwulan → 9,68");

    private NilaiTahunan() {
    }

    /**
     * The year's value from period values in calendar order; empty when no period has a value or a value is
     * outside {@link Batas}. An average is rounded to {@code scale} decimals, half up.
     */
    public static Optional<BigDecimal> gabung(PeriodCombination combination, List<BigDecimal> periodValues, int scale) {
        List<BigDecimal> present = periodValues.stream().filter(Objects::nonNull).toList();
        if (present.isEmpty() || !present.stream().allMatch(Batas::dapatDihitung)) {
            return Optional.empty();
        }
        PeriodCombination kind = combination == null ? PeriodCombination.LEVEL : combination;
        return Optional.of(switch (kind) {
            case SUM -> present.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            case CUMULATIVE, LEVEL -> present.get(present.size() - 1);
            case AVERAGE -> present.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                    .divide(BigDecimal.valueOf(present.size()), Math.max(0, Math.min(scale, 10)), RoundingMode.HALF_UP);
        });
    }

    /**
     * The realisasi of a period: what was recorded for it, and for TAHUN without its own value the triwulan (else
     * the months) combined; null when nothing was recorded.
     */
    public static Realisasi realisasi(PeriodCombination combination, Map<Periode, Realisasi> values, Periode period) {
        Realisasi direct = values.get(period);
        if (direct != null || period != Periode.TAHUN) {
            return direct;
        }
        for (Periode.Granularity granularity : List.of(Periode.Granularity.TRIWULAN, Periode.Granularity.BULAN)) {
            List<Realisasi> parts = Periode.all(granularity).stream().map(values::get).toList();
            List<Realisasi> present = parts.stream().filter(Objects::nonNull).toList();
            if (present.isEmpty()) {
                continue;
            }
            Optional<Realisasi> pending = present.stream().filter(Realisasi::pending).findFirst();
            if (pending.isPresent()) {
                return pending.get();
            }
            if (present.stream().anyMatch(p -> !p.value().isAngka())) {
                return present.get(present.size() - 1);
            }
            Optional<Realisasi> outside = present.stream()
                    .filter(p -> !Batas.dapatDihitung(p.value().angka())).findFirst();
            if (outside.isPresent()) {
                return outside.get();
            }
            List<BigDecimal> numbers = parts.stream().map(p -> p == null ? null : p.value().angka()).toList();
            return gabung(combination, numbers, Persen.SKALA).map(v -> Realisasi.of(Nilai.of(v))).orElse(null);
        }
        return null;
    }
}
