package id.kinerja.query.capaian;

import com.fasterxml.jackson.annotation.JsonValue;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The capaian bands of 001, Tabel 3.1: Sangat Tinggi ≥ 91; Tinggi 76–90; Sedang 66–75; Rendah 51–65;
 * Sangat Rendah ≤ 50. The table speaks in whole percent, so a capaian is first rounded half up to a whole
 * percent and then placed: 90,49 % is Tinggi, 90,50 % is Sangat Tinggi; 50,49 % is Sangat Rendah, 50,50 % Rendah.
 * This is how a reader of the integer table would classify the printed figure, and it leaves no gap between bands.
 */
public enum Kategori {
    SANGAT_TINGGI("Sangat Tinggi", 91),
    TINGGI("Tinggi", 76),
    SEDANG("Sedang", 66),
    RENDAH("Rendah", 51),
    SANGAT_RENDAH("Sangat Rendah", Integer.MIN_VALUE);

    private final String label;
    private final int lowestWholePercent;

    Kategori(String label, int lowestWholePercent) {
        this.label = label;
        this.lowestWholePercent = lowestWholePercent;
    }

    public static Kategori of(BigDecimal capaian) {
        int whole = capaian.setScale(0, RoundingMode.HALF_UP).intValueExact();
        for (Kategori kategori : values()) {
            if (whole >= kategori.lowestWholePercent) {
                return kategori;
            }
        }
        return SANGAT_RENDAH;
    }

    @JsonValue
    public String label() {
        return label;
    }
}
