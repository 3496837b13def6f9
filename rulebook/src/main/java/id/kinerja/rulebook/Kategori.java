package id.kinerja.rulebook;

import com.fasterxml.jackson.annotation.JsonValue;

import java.math.BigDecimal;

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

    public static final Aturan ATURAN = new Aturan("kategori", "Kategori capaian",
            "Capaian dibulatkan ke persen bulat (setengah ke atas) lalu ditempatkan: Sangat Tinggi ≥ 91; Tinggi "
                    + "76–90; Sedang 66–75; Rendah 51–65; Sangat Rendah ≤ 50. Jadi 90,49 % Tinggi dan 90,50 % Sangat "
                    + "Tinggi; tidak ada celah antara dua kategori. Berlaku untuk capaian indikator dan rata-rata.",
            "001 Tabel 3.1 Pengkategorian Capaian Kinerja");

    private final String label;
    /** The least capaian that rounds (half up) to the band's lowest whole percent: 90,50 for 91. */
    private final BigDecimal lowest;

    Kategori(String label, int lowestWholePercent) {
        this.label = label;
        this.lowest = BigDecimal.valueOf(lowestWholePercent).subtract(new BigDecimal("0.5"));
    }

    /**
     * The band of a capaian. Rounding half up to a whole percent and comparing with the band's lowest whole
     * percent is the same as comparing the unrounded capaian with that percent less one half, which needs no
     * rounding at all: safe for any magnitude.
     */
    public static Kategori of(BigDecimal capaian) {
        for (Kategori kategori : values()) {
            if (capaian.compareTo(kategori.lowest) >= 0) {
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
