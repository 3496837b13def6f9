package id.kinerja.query.capaian;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Budget absorption (serapan anggaran, % capaian anggaran): realisasi anggaran / pagu × 100. Rolled up by summing
 * rupiah first and dividing once, never by averaging the children's percentages.
 */
public final class Serapan {

    private Serapan() {
    }

    public static Optional<BigDecimal> of(long realisasi, long pagu) {
        return Persen.of(BigDecimal.valueOf(realisasi), BigDecimal.valueOf(pagu));
    }
}
