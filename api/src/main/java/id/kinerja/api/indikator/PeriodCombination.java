package id.kinerja.api.indikator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How an indicator's period values (triwulan or month) combine into the year's value. A period may have
 * no value (a "-" in the Rencana Aksi), which every kind skips.
 */
public enum PeriodCombination {
    /** A flow: the year is the sum of its periods (UTTP tera 70 + 585 + 120 + 170 = 945). */
    SUM,
    /** A running total: the year is the last period's value (koperasi supervised 39, 78, 117, 156). */
    CUMULATIVE,
    /** A level re-measured each period: the year is the last measured value (9,68 every triwulan). */
    LEVEL,
    /** A level whose year value is the mean of the measured periods. */
    AVERAGE;

    /**
     * The year's value from period values in calendar order; empty when no period has a value. An average is
     * rounded to {@code scale} decimals (half up), the precision in which its annual target is written.
     */
    public Optional<BigDecimal> yearValue(List<BigDecimal> periodValues, int scale) {
        List<BigDecimal> present = periodValues.stream().filter(Objects::nonNull).toList();
        if (present.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(switch (this) {
            case SUM -> present.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            case CUMULATIVE, LEVEL -> present.get(present.size() - 1);
            case AVERAGE -> present.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                    .divide(BigDecimal.valueOf(present.size()), scale, RoundingMode.HALF_UP);
        });
    }
}
