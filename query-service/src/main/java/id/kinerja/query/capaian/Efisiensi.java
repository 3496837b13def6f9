package id.kinerja.query.capaian;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * Tingkat efisiensi (001, Tabel 3.9): % capaian kinerja / % capaian anggaran, both as printed (2 decimals), the
 * ratio to 2 decimals half up; ≥ 1 is efisien. 112,50 % / 74,64 % = 1,51.
 */
public record Efisiensi(BigDecimal rasio, boolean efisien) {

    public static Optional<Efisiensi> of(BigDecimal capaianKinerja, BigDecimal capaianAnggaran) {
        if (capaianKinerja == null || capaianAnggaran == null || capaianAnggaran.signum() == 0) {
            return Optional.empty();
        }
        BigDecimal rasio = capaianKinerja.divide(capaianAnggaran, Persen.PRECISION)
                .setScale(Persen.SCALE, RoundingMode.HALF_UP);
        return Optional.of(new Efisiensi(rasio, rasio.compareTo(BigDecimal.ONE) >= 0));
    }
}
