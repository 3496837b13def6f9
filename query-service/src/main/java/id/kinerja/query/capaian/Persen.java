package id.kinerja.query.capaian;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;

/** Percentages as the documents print them: exact BigDecimal arithmetic, 2 decimals, half up. */
public final class Persen {

    public static final int SCALE = 2;
    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    static final MathContext PRECISION = MathContext.DECIMAL64;

    private Persen() {
    }

    /** numerator / denominator × 100, or empty when the denominator is zero (no percentage of nothing). */
    public static Optional<BigDecimal> of(BigDecimal numerator, BigDecimal denominator) {
        if (denominator == null || numerator == null || denominator.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(round(numerator.multiply(HUNDRED).divide(denominator, PRECISION)));
    }

    public static BigDecimal round(BigDecimal value) {
        return value.setScale(SCALE, RoundingMode.HALF_UP);
    }
}
