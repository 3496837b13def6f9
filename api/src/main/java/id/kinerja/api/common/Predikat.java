package id.kinerja.api.common;

import java.math.BigDecimal;

/**
 * The SAKIP grade scale (PermenPAN-RB 88/2021), used by qualitative indicators such as "Predikat SAKIP":
 * a target of A and a realisasi of A. Each grade stands for a band of the 0–100 evaluation score; its
 * {@link #midpoint()} lets capaian be computed for grades the same way as for numbers.
 */
public enum Predikat {
    AA(90, 100), A(80, 90), BB(70, 80), B(60, 70), CC(50, 60), C(30, 50), D(0, 30);

    private final int lowerBound;
    private final int upperBound;

    Predikat(int lowerBound, int upperBound) {
        this.lowerBound = lowerBound;
        this.upperBound = upperBound;
    }

    public BigDecimal midpoint() {
        return BigDecimal.valueOf(lowerBound + upperBound).divide(BigDecimal.valueOf(2));
    }
}
