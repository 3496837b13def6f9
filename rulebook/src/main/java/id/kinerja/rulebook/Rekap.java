package id.kinerja.rulebook;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * A province's roll-up of its kabupaten/kota budgets, grouped by an opaque key chosen by the caller — the key
 * that says two daerah's lines are the same program. Rupiah are summed per daerah and across daerah first,
 * absorption divided once per sum.
 *
 * @param <K> the grouping key
 */
public final class Rekap<K> {

    public static final Aturan ATURAN = new Aturan("rekap-provinsi", "Rekapitulasi provinsi",
            "Baris anggaran kabupaten/kota yang dianggap program yang sama (menurut kunci nomenklatur) dijumlahkan "
                    + "per daerah dan untuk seluruh provinsi, lalu serapannya dihitung sekali dari jumlah rupiah. Per "
                    + "daerah: total pagu dan realisasi semua perangkat daerah, serapan, dan rata-rata capaian "
                    + "indikator sasaran yang memiliki capaian (yang lain disebut jumlahnya).",
            "ARCHITECTURE.md: rekap provinsi menurut nomenklatur program bersama; DOMAIN.md: program yang sama di "
                    + "Buleleng, Badung, Sumenep dan Luwu Timur");

    /** The budget of one group in one daerah, or across daerah. */
    public record Anggaran(long pagu, long realisasi, BigDecimal serapan) {

        static Anggaran of(long pagu, long realisasi) {
            return new Anggaran(pagu, realisasi, Serapan.hitung(realisasi, pagu).orElse(null));
        }
    }

    /** One group's budget per daerah (by daerah code) and in total. */
    public record Kelompok(Map<String, Anggaran> perDaerah, Anggaran total) {
    }

    private final Map<K, Map<String, long[]>> groups = new LinkedHashMap<>();

    public void tambah(K kunci, String daerah, long pagu, long realisasi) {
        long[] sums = groups.computeIfAbsent(kunci, k -> new LinkedHashMap<>())
                .computeIfAbsent(daerah, d -> new long[2]);
        sums[0] = Jumlah.tambah(sums[0], pagu);
        sums[1] = Jumlah.tambah(sums[1], realisasi);
    }

    public Kelompok kelompok(K kunci) {
        Map<String, Anggaran> perDaerah = new TreeMap<>();
        long pagu = 0;
        long realisasi = 0;
        for (Map.Entry<String, long[]> daerah : groups.getOrDefault(kunci, Map.of()).entrySet()) {
            perDaerah.put(daerah.getKey(), Anggaran.of(daerah.getValue()[0], daerah.getValue()[1]));
            pagu = Jumlah.tambah(pagu, daerah.getValue()[0]);
            realisasi = Jumlah.tambah(realisasi, daerah.getValue()[1]);
        }
        return new Kelompok(perDaerah, Anggaran.of(pagu, realisasi));
    }

    public Iterable<K> kunci() {
        return groups.keySet();
    }
}
