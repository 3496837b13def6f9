package id.kinerja.rulebook;

import java.util.List;
import java.util.Optional;

/** The whole rule book, in the order a reader meets the rules; the query API answers it at {@code /api/aturan}. */
public final class BukuAturan {

    private static final List<Aturan> SEMUA = List.of(Capaian.ATURAN, Keterangan.ATURAN, Kategori.ATURAN,
            NilaiTahunan.ATURAN, Rumus.ATURAN, TingkatKemajuan.ATURAN, RataRata.ATURAN, Serapan.ATURAN,
            Efisiensi.ATURAN, Jumlah.ATURAN, Rekap.ATURAN, Peringkat.ATURAN, Persen.ATURAN, Batas.ATURAN);

    private BukuAturan() {
    }

    public static List<Aturan> semua() {
        return SEMUA;
    }

    public static Optional<Aturan> aturan(String id) {
        return SEMUA.stream().filter(a -> a.id().equals(id)).findFirst();
    }
}
