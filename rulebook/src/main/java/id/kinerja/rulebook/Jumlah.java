package id.kinerja.rulebook;

import id.kinerja.api.common.Periode;

import java.util.Map;
import java.util.stream.LongStream;

/**
 * Rupiah totals: always computed from the lines, never typed. Sums saturate at the largest long instead of
 * wrapping around, so an absurd stored amount can make a total too large but never negative or an error.
 */
public final class Jumlah {

    public static final Aturan ATURAN = new Aturan("jumlah-anggaran", "Total anggaran dihitung dari baris",
            "Pagu kegiatan = jumlah pagu sub kegiatannya; program = jumlah kegiatannya; sasaran = jumlah programnya; "
                    + "perangkat daerah = jumlah semua sub kegiatan. Rencana dan realisasi anggaran s.d. bulan = "
                    + "jumlah Januari sampai bulan itu, dijumlah ke atas dengan cara yang sama. Selisih PK Perubahan = "
                    + "sesudah − sebelum. Total tidak pernah diketik.",
            "004: total pagu 19.878.378.920 sebelum dan 22.243.685.702 sesudah perubahan; 000 mencetak dua total "
                    + "berbeda untuk anggaran yang sama");

    private Jumlah() {
    }

    public static long rupiah(LongStream amounts) {
        return amounts.reduce(0L, Jumlah::tambah);
    }

    /** a + b, at the long's limit rather than wrapping around. */
    public static long tambah(long a, long b) {
        long sum = a + b;
        if (((a ^ sum) & (b ^ sum)) < 0) {
            return a < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
        return sum;
    }

    /** The months January up to and including {@code bulan} of a monthly series (a month missing counts 0). */
    public static long sampaiBulan(Map<Periode, Long> perBulan, Periode bulan) {
        return rupiah(perBulan.entrySet().stream().filter(e -> e.getKey().granularity() == Periode.Granularity.BULAN
                && e.getKey().number() <= bulan.lastMonth()).mapToLong(Map.Entry::getValue));
    }
}
