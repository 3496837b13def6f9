package id.kinerja.load.province;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.SplittableRandom;

/**
 * The generator's only source of chance: a {@link SplittableRandom} seeded from the province's seed and the key of
 * what is drawn (a daerah, an OPD, a year), so every part of the province comes out the same whatever was generated
 * before it and in whatever order the load sends it.
 */
final class Rng {

    private final SplittableRandom random;

    Rng(long seed, Object... key) {
        long mixed = seed;
        for (Object part : key) {
            mixed = mixed * 0x9E3779B97F4A7C15L + part.hashCode();
        }
        this.random = new SplittableRandom(mixed);
    }

    boolean chance(double share) {
        return random.nextDouble() < share;
    }

    int between(int from, int to) {
        return random.nextInt(from, to + 1);
    }

    double between(double from, double to) {
        return from + random.nextDouble() * (to - from);
    }

    /** A decimal between the bounds, with {@code scale} decimals. */
    BigDecimal decimal(double from, double to, int scale) {
        return BigDecimal.valueOf(between(from, to)).setScale(scale, RoundingMode.HALF_UP);
    }

    /** {@code value × factor} for a factor between the bounds, with {@code scale} decimals. */
    BigDecimal around(BigDecimal value, double from, double to, int scale) {
        return value.multiply(BigDecimal.valueOf(between(from, to))).setScale(scale, RoundingMode.HALF_UP);
    }

    /** Whole thousands of rupiah: budgets are planned in round figures. */
    long rupiah(double amount) {
        return Math.max(0, Math.round(amount / 1000.0) * 1000);
    }

    <T> T pick(java.util.List<T> options) {
        return options.get(random.nextInt(options.size()));
    }
}
