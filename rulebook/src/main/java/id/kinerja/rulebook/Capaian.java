package id.kinerja.rulebook;

import id.kinerja.api.common.Nilai;
import id.kinerja.api.indikator.Polarity;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The capaian (achievement) of one indicator in one period, with whether it could be computed and, if it was
 * limited or not computed, a note saying why.
 *
 * @param persen  the capaian in percent (never below 0), null unless {@link StatusCapaian#ADA}
 * @param catatan why there is no capaian, or that the formula's negative figure was recorded as 0 %; else null
 */
public record Capaian(StatusCapaian status, BigDecimal persen, String catatan) {

    public static final Aturan ATURAN = new Aturan("capaian", "Capaian kinerja",
            "Semakin tinggi semakin baik: realisasi / target × 100 %. Semakin rendah semakin baik: "
                    + "(2 × target − realisasi) / target × 100 %, satu rumus untuk semua dokumen. Capaian tidak "
                    + "pernah di bawah 0 %: bila rumus memberi angka negatif (realisasi semakin-rendah-semakin-baik "
                    + "lebih dari dua kali target, atau realisasi negatif), capaian dicatat 0 % dan angka rumusnya "
                    + "disebut dalam catatan. Predikat (AA … D) dihitung dengan nilai tengah rentangnya. Tanpa "
                    + "target atau target nol: tidak ada capaian (TANPA_TARGET). Target negatif atau nilai di luar "
                    + "batas hitung: TIDAK_TERHITUNG dengan alasannya. 2 desimal, setengah ke atas.",
            "003 Tabel 3.x: pengaduan UTTP target 5 %, realisasi 2 % → 160 %; 003 mencetak juga 38,20 % untuk "
                    + "7,8 % → 2,98 % dengan rumus lain, platform memakai satu rumus; 001 Tabel 3.2: 7 % → 16,24 % "
                    + "= 232 %. SAKIP tidak mengenal capaian negatif: kinerja terburuk adalah tidak tercapai (0 %)");

    /**
     * The capaian of a realisasi against a target. {@code realisasi} null means nothing was recorded.
     * Decided in this order: target missing or zero, target not computable, realisasi missing, pending, realisasi
     * not computable, computed.
     */
    public static Capaian hitung(Polarity polarity, Nilai target, Realisasi realisasi) {
        if (target == null) {
            return new Capaian(StatusCapaian.TANPA_TARGET, null, null);
        }
        BigDecimal t = target.numeric();
        Optional<String> targetOut = Batas.alasan("target", t);
        if (targetOut.isPresent()) {
            return tidakTerhitung(targetOut.get());
        }
        if (t.signum() == 0) {
            return new Capaian(StatusCapaian.TANPA_TARGET, null, null);
        }
        if (t.signum() < 0) {
            return tidakTerhitung("target negatif (" + t.toPlainString() + "): capaian sebagai persentase tidak "
                    + "bermakna");
        }
        if (realisasi == null) {
            return new Capaian(StatusCapaian.BELUM_ADA, null, null);
        }
        if (realisasi.pending()) {
            return new Capaian(StatusCapaian.PENDING, null, realisasi.pendingReason());
        }
        BigDecimal r = realisasi.value().numeric();
        Optional<String> realisasiOut = Batas.alasan("realisasi", r);
        if (realisasiOut.isPresent()) {
            return tidakTerhitung(realisasiOut.get());
        }
        BigDecimal rumus = rumus(polarity, t, r);
        if (rumus.signum() < 0) {
            return new Capaian(StatusCapaian.ADA, Persen.bulat(BigDecimal.ZERO), "rumus memberi "
                    + rumus.toPlainString().replace('.', ',') + " %; capaian tidak pernah di bawah 0 %");
        }
        return new Capaian(StatusCapaian.ADA, rumus, null);
    }

    /** The formula alone, not limited at 0 %, of a positive target and a realisasi both within {@link Batas}. */
    private static BigDecimal rumus(Polarity polarity, BigDecimal target, BigDecimal realisasi) {
        BigDecimal pembilang = polarity == Polarity.LOWER_IS_BETTER
                ? target.multiply(BigDecimal.valueOf(2)).subtract(realisasi) : realisasi;
        return Persen.hitung(pembilang, target);
    }

    /**
     * The capaian limited at 0 %, or empty when the target is missing, not positive or either value is outside
     * {@link Batas}: for figures such as tingkat kemajuan that reuse the formula.
     */
    static Optional<BigDecimal> persen(Polarity polarity, BigDecimal target, BigDecimal realisasi) {
        if (!Batas.dapatDihitung(target) || !Batas.dapatDihitung(realisasi) || target.signum() <= 0) {
            return Optional.empty();
        }
        BigDecimal p = rumus(polarity, target, realisasi);
        return Optional.of(p.signum() < 0 ? Persen.bulat(BigDecimal.ZERO) : p);
    }

    private static Capaian tidakTerhitung(String why) {
        return new Capaian(StatusCapaian.TIDAK_TERHITUNG, null, why);
    }

    public boolean ada() {
        return status == StatusCapaian.ADA;
    }

    /** How the row reads against its target; null without a capaian. */
    public Keterangan keterangan() {
        return ada() ? Keterangan.of(persen) : null;
    }

    /** The band of 001 Tabel 3.1; null without a capaian. */
    public Kategori kategori() {
        return ada() ? Kategori.of(persen) : null;
    }
}
