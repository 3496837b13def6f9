package id.kinerja.rulebook;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Budget absorption (serapan anggaran, % capaian anggaran): realisasi anggaran / pagu × 100. Rolled up by summing
 * rupiah first and dividing once, never by averaging the children's percentages.
 */
public final class Serapan {

    public static final Aturan ATURAN = new Aturan("serapan", "Serapan (capaian) anggaran",
            "Realisasi anggaran / pagu × 100 %, pada sub kegiatan, kegiatan, program, sasaran dan perangkat daerah. "
                    + "Tingkat di atas sub kegiatan menjumlahkan rupiah anak-anaknya lalu membagi sekali, tidak "
                    + "merata-ratakan persentase. Terhadap rencana: realisasi s.d. bulan / rencana anggaran s.d. bulan "
                    + "× 100 %. Pagu nol: tidak ada serapan.",
            "001 Tabel 3.9: Rp 9.440.925.382 dari Rp 12.649.363.995 = 74,64 %; 000 realisasi bulanan terhadap rencana");

    private Serapan() {
    }

    public static Optional<BigDecimal> hitung(long realisasi, long pagu) {
        if (pagu <= 0) {
            return Optional.empty();
        }
        return Persen.dari(BigDecimal.valueOf(realisasi), BigDecimal.valueOf(pagu));
    }
}
