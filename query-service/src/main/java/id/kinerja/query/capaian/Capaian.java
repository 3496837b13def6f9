package id.kinerja.query.capaian;

import id.kinerja.api.indikator.Polarity;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Capaian (achievement) of an indicator, in percent.
 * <ul>
 *   <li>higher is better: realisasi / target × 100;</li>
 *   <li>lower is better: (2 × target − realisasi) / target × 100 — the one rule the platform applies (003:
 *   complaints target 5 %, realisasi 2 % → 160 %), although documents sometimes print other forms. A realisasi
 *   at twice the target or worse gives 0 % or less; the figure is not clipped.</li>
 * </ul>
 * Empty when the target is zero: no percentage of nothing.
 */
public final class Capaian {

    private Capaian() {
    }

    public static Optional<BigDecimal> of(Polarity polarity, BigDecimal target, BigDecimal realisasi) {
        if (target == null || realisasi == null) {
            return Optional.empty();
        }
        if (polarity == Polarity.LOWER_IS_BETTER) {
            return Persen.of(target.multiply(BigDecimal.valueOf(2)).subtract(realisasi), target);
        }
        return Persen.of(realisasi, target);
    }
}
