package id.kinerja.rulebook;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * Tingkat efisiensi (001, Tabel 3.9): % capaian kinerja / % capaian anggaran, both as printed (2 decimals), the
 * ratio to 2 decimals half up; ≥ 1 is efisien. 112,50 % / 74,64 % = 1,51.
 */
public record Efisiensi(BigDecimal rasio, boolean efisien) {

    public static final Aturan ATURAN = new Aturan("efisiensi", "Tingkat efisiensi",
            "Capaian kinerja (%) / serapan anggaran (%), keduanya sebagaimana dicetak (2 desimal), hasilnya 2 "
                    + "desimal setengah ke atas; ≥ 1 efisien, < 1 tidak efisien. Capaian kinerja sasaran dan "
                    + "perangkat daerah adalah rata-rata capaian indikatornya. Tanpa capaian atau serapan nol: tidak "
                    + "dihitung.",
            "001 Tabel 3.9: 112,50 % / 74,64 % = 1,51 efisien");

    public static Optional<Efisiensi> hitung(BigDecimal capaianKinerja, BigDecimal capaianAnggaran) {
        if (!Batas.dapatDihitung(capaianKinerja) || !Batas.dapatDihitung(capaianAnggaran)
                || capaianAnggaran.signum() == 0) {
            return Optional.empty();
        }
        BigDecimal rasio = capaianKinerja.divide(capaianAnggaran, Persen.PRESISI)
                .setScale(Persen.SKALA, RoundingMode.HALF_UP);
        return Optional.of(new Efisiensi(rasio, rasio.compareTo(BigDecimal.ONE) >= 0));
    }
}
