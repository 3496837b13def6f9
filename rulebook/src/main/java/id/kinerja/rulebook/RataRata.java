package id.kinerja.rulebook;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The mean capaian of a sasaran or OPD. Indicators without a capaian (pending, no realisasi yet, no target, not
 * computable) are left out of the mean and listed with why, as 001 does for the PDRB indicators waiting for BPS.
 *
 * @param rataRata           null when no indicator could be counted
 * @param dihitung           how many indicators are in the mean
 * @param jumlahDikecualikan how many were left out
 * @param dikecualikan       the indicators left out, with why
 */
public record RataRata(BigDecimal rataRata, int dihitung, int jumlahDikecualikan, List<Dikecualikan> dikecualikan) {

    public static final Aturan ATURAN = new Aturan("rata-rata", "Rata-rata capaian sasaran dan perangkat daerah",
            "Rata-rata hitung capaian indikator sasaran (IKU) yang memiliki capaian, 2 desimal setengah ke atas. "
                    + "Indikator pending, belum ada realisasi, tanpa target atau tidak terhitung tidak diikutkan dan "
                    + "disebut satu per satu beserta alasannya.",
            "001 Tabel 3.2: indikator PDRB \"Menunggu Rilis PDRB oleh BPS 2024\" tidak diikutkan");

    public record Dikecualikan(String indicatorCode, String alasan) {
    }

    /** One indicator's contribution: its capaian, or why it has none. */
    public record Anggota(String indicatorCode, BigDecimal capaian, String alasan) {

        /** An indicator's capaian as a member of a mean: counted when computed, else left out with why. */
        public static Anggota dari(String indicatorCode, Capaian capaian) {
            String why = switch (capaian.status()) {
                case ADA -> null;
                case PENDING -> "pending: " + capaian.catatan();
                case BELUM_ADA -> "belum ada realisasi";
                case TANPA_TARGET -> "tidak ada target";
                case TIDAK_TERHITUNG -> "tidak terhitung: " + capaian.catatan();
            };
            return new Anggota(indicatorCode, capaian.ada() ? capaian.persen() : null, why);
        }
    }

    public static RataRata of(List<Anggota> members) {
        BigDecimal sum = BigDecimal.ZERO;
        int counted = 0;
        List<Dikecualikan> leftOut = new ArrayList<>();
        for (Anggota member : members) {
            if (member.capaian() == null) {
                leftOut.add(new Dikecualikan(member.indicatorCode(), member.alasan()));
            } else {
                sum = sum.add(member.capaian());
                counted++;
            }
        }
        BigDecimal mean = counted == 0 ? null
                : Persen.bulat(sum.divide(BigDecimal.valueOf(counted), Persen.PRESISI));
        return new RataRata(mean, counted, leftOut.size(), List.copyOf(leftOut));
    }

    /** The mean's band, when there is a mean. */
    public Kategori kategori() {
        return rataRata == null ? null : Kategori.of(rataRata);
    }
}
