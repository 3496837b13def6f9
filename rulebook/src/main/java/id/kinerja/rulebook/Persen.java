package id.kinerja.rulebook;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;

/** Percentages as the documents print them: exact decimal arithmetic, 2 decimals, half up. */
public final class Persen {

    public static final int SKALA = 2;
    public static final MathContext PRESISI = MathContext.DECIMAL64;
    static final BigDecimal SERATUS = BigDecimal.valueOf(100);

    public static final Aturan ATURAN = new Aturan("pembulatan", "Pembulatan persentase",
            "Setiap persentase dihitung dengan desimal tepat (16 angka bermakna) lalu dibulatkan ke 2 desimal, "
                    + "setengah ke atas: 112,495 % menjadi 112,50 %. Pembagian dengan nol tidak menghasilkan "
                    + "persentase.",
            "001 Tabel 3.2 dan 3.9 mencetak persentase dengan 2 desimal");

    private Persen() {
    }

    /**
     * pembilang / penyebut × 100, or empty when the denominator is zero (no percentage of nothing) or either value
     * is outside {@link Batas}.
     */
    public static Optional<BigDecimal> dari(BigDecimal pembilang, BigDecimal penyebut) {
        if (!Batas.dapatDihitung(pembilang) || !Batas.dapatDihitung(penyebut) || penyebut.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(hitung(pembilang, penyebut));
    }

    /** pembilang / penyebut × 100 of values already checked: within {@link Batas} or computed from such. */
    static BigDecimal hitung(BigDecimal pembilang, BigDecimal penyebut) {
        return bulat(pembilang.multiply(SERATUS).divide(penyebut, PRESISI));
    }

    /** Rounds a percentage computed by the book (always within bounds) to 2 decimals, half up. */
    public static BigDecimal bulat(BigDecimal value) {
        return value.setScale(SKALA, RoundingMode.HALF_UP);
    }
}
