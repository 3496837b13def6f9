package id.kinerja.query.capaian;

import id.kinerja.api.indikator.Polarity;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Progress of the year's realisasi towards the Renstra end-of-period target (001, Tabel 3.4): realisasi / end
 * target × 100 for higher-is-better indicators; for lower-is-better ones the capaian rule is applied to the end
 * target, so progress still grows as the value falls.
 */
public final class TingkatKemajuan {

    private TingkatKemajuan() {
    }

    public static Optional<BigDecimal> of(Polarity polarity, BigDecimal realisasi, BigDecimal endTarget) {
        return Capaian.of(polarity, endTarget, realisasi);
    }
}
