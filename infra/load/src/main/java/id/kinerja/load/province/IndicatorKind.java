package id.kinerja.load.province;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The kinds of indicator a PK is made of, each with its unit, polarity and way of combining months into the year
 * (DOMAIN.md), a plausible range of annual targets and of realisasi against them, and the monthly Rencana Aksi that
 * agrees with the annual target under its combination.
 */
enum IndicatorKind {
    /** A percentage re-measured each month (LEVEL): the year's value is the last month's. */
    PERSEN("Persentase %s", "%", "LEVEL", "HIGHER_IS_BETTER", 2, 60, 95),
    /** A count per month (SUM): 70 + 585 + 120 + 170 = 945 UTTP a year. */
    JUMLAH("Jumlah Layanan %s", "laporan", "SUM", "HIGHER_IS_BETTER", 0, 24, 600),
    /** A running total (CUMULATIVE): koperasi supervised 39, 78, 117, 156. */
    KUMULATIF("Jumlah Sasaran %s yang Dibina", "lembaga", "CUMULATIVE", "HIGHER_IS_BETTER", 0, 12, 300),
    /** A survey index averaged over the months (AVERAGE). */
    INDEKS("Indeks Kepuasan Layanan %s", "indeks", "AVERAGE", "HIGHER_IS_BETTER", 2, 3.0, 3.9),
    /** Lower is better: complaints not yet followed up. */
    PENURUNAN("Persentase Pengaduan %s yang Belum Ditindaklanjuti", "%", "LEVEL", "LOWER_IS_BETTER", 2, 2, 15);

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal FOUR = BigDecimal.valueOf(4);

    final String nameFormat;
    final String unit;
    final String combination;
    final String polarity;
    final int scale;
    private final double low;
    private final double high;

    IndicatorKind(String nameFormat, String unit, String combination, String polarity, int scale, double low,
                  double high) {
        this.nameFormat = nameFormat;
        this.unit = unit;
        this.combination = combination;
        this.polarity = polarity;
        this.scale = scale;
        this.low = low;
        this.high = high;
    }

    /** The kind of the indicator with this code: fixed by the code, so alike in every daerah. */
    static IndicatorKind of(String code) {
        int bucket = Math.floorMod(code.hashCode(), 20);
        if (bucket < 7) {
            return PERSEN;
        }
        if (bucket < 13) {
            return JUMLAH;
        }
        if (bucket < 16) {
            return KUMULATIF;
        }
        return bucket < 18 ? INDEKS : PENURUNAN;
    }

    BigDecimal annualTarget(Rng rng) {
        return rng.decimal(low, high, scale);
    }

    /** A changed target, as a PK Perubahan sets it: 5–20 % more ambitious, and never the same value. */
    BigDecimal amended(BigDecimal target, Rng rng) {
        BigDecimal amended = cap(this == PENURUNAN ? rng.around(target, 0.8, 0.95, scale)
                : rng.around(target, 1.05, 1.2, scale));
        return amended.compareTo(target) == 0 ? target.subtract(ulp()) : amended;
    }

    /** The monthly Rencana Aksi targets that agree with the annual target under the combination. */
    List<BigDecimal> monthlyTargets(BigDecimal annual) {
        List<BigDecimal> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            months.add(switch (this) {
                case JUMLAH -> BigDecimal.valueOf(annual.longValueExact() / 12 + (m > 12 - annual.longValueExact() % 12 ? 1 : 0));
                case KUMULATIF -> m == 12 ? annual : BigDecimal.valueOf(annual.longValueExact() * m / 12);
                default -> annual;
            });
        }
        return months;
    }

    /**
     * The realisasi of a month against its target; a running total never falls below the last month's.
     *
     * @param previous the previous month's realisasi, or null in January
     */
    BigDecimal realisasi(BigDecimal annual, BigDecimal monthTarget, BigDecimal previous, Rng rng) {
        return switch (this) {
            case PERSEN -> cap(rng.around(annual, 0.85, 1.08, scale));
            case JUMLAH -> rng.around(monthTarget, 0.6, 1.4, 0);
            case KUMULATIF -> rng.around(monthTarget, 0.85, 1.1, 0).max(previous == null ? BigDecimal.ZERO : previous);
            case INDEKS -> cap(rng.around(annual, 0.9, 1.06, scale));
            case PENURUNAN -> cap(rng.around(annual, 0.5, 1.4, scale));
        };
    }

    /** A corrected value: within a few percent of the recorded one and never equal to it. */
    BigDecimal corrected(BigDecimal recorded, Rng rng) {
        BigDecimal corrected = cap(rng.around(recorded, 0.95, 1.05, scale));
        if (corrected.compareTo(recorded) != 0) {
            return corrected;
        }
        BigDecimal up = recorded.add(ulp());
        return cap(up).compareTo(up) == 0 ? up : recorded.subtract(ulp());
    }

    private BigDecimal cap(BigDecimal value) {
        BigDecimal max = this == INDEKS ? FOUR : this == PERSEN || this == PENURUNAN ? HUNDRED : null;
        return max != null && value.compareTo(max) > 0 ? max.setScale(scale, RoundingMode.HALF_UP) : value;
    }

    private BigDecimal ulp() {
        return BigDecimal.ONE.movePointLeft(scale);
    }
}
