package id.kinerja.rulebook;

import id.kinerja.api.common.Nilai;
import id.kinerja.api.indikator.Polarity;

import java.math.BigDecimal;
import java.util.Optional;

/** Progress of the year's realisasi towards the Renstra end-of-period target (001, Tabel 3.4). */
public final class TingkatKemajuan {

    public static final Aturan ATURAN = new Aturan("tingkat-kemajuan", "Tingkat kemajuan terhadap target akhir Renstra",
            "Realisasi tahun ini / target akhir Renstra × 100 % untuk indikator semakin tinggi semakin baik; untuk "
                    + "semakin rendah semakin baik rumus capaian dipakai terhadap target akhir, sehingga kemajuan tetap "
                    + "naik saat nilainya turun. Tidak pernah di bawah 0 %; tanpa target akhir, target akhir nol atau "
                    + "negatif, atau realisasi pending: tidak dihitung.",
            "001 Tabel 3.4 Perbandingan Realisasi dengan Target Akhir Renstra");

    private TingkatKemajuan() {
    }

    /** Empty when either value is missing, pending, a non-positive end target, or outside {@link Batas}. */
    public static Optional<BigDecimal> hitung(Polarity polarity, Nilai realisasi, Nilai targetAkhir) {
        if (realisasi == null || targetAkhir == null) {
            return Optional.empty();
        }
        return Capaian.persen(polarity, targetAkhir.numeric(), realisasi.numeric());
    }
}
