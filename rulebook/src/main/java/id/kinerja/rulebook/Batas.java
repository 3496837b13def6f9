package id.kinerja.rulebook;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The range of numbers the rule book computes with. A stored value outside it — {@code 1e309}, {@code 1e-400},
 * anything an older import let through — is never an error: it is shown as stored, its row is marked
 * {@link StatusCapaian#TIDAK_TERHITUNG} with the reason, and averages leave it out and say so. Inside the range,
 * every operation of the book is cheap and exact enough; outside it, a single {@code setScale} or addition could
 * need billions of digits.
 */
public final class Batas {

    /** Larger than any APBD in rupiah (the largest are ~10^14) and any indicator value. */
    public static final BigDecimal TERBESAR = new BigDecimal("1E+15");
    /** Smaller than any meaningful non-zero figure. */
    public static final BigDecimal TERKECIL = new BigDecimal("1E-10");

    public static final Aturan ATURAN = new Aturan("batas-hitung", "Batas nilai yang dihitung",
            "Buku aturan menghitung hanya dengan nilai nol atau yang besarnya antara 10^-10 dan 10^15. Nilai "
                    + "tersimpan di luar batas itu tetap ditampilkan apa adanya, barisnya bertanda TIDAK_TERHITUNG "
                    + "dengan alasannya dan rata-rata tidak mengikutkannya; tidak ada tampilan atau dokumen yang gagal "
                    + "karena sebuah nilai. Jumlah rupiah yang melampaui batas bilangan (9.223.372.036.854.775.807) "
                    + "ditampilkan pada batas itu dan diberi tanda.",
            "issue 11 (nilai 1e309 merusak riwayat); batas tulis ditetapkan pada perintah dan impor");

    private Batas() {
    }

    /** Whether the rule book computes with this value: zero, or a magnitude within [10^-10, 10^15]. */
    public static boolean dapatDihitung(BigDecimal value) {
        if (value == null) {
            return false;
        }
        if (value.signum() == 0) {
            return true;
        }
        BigDecimal magnitude = value.abs();
        return magnitude.compareTo(TERBESAR) <= 0 && magnitude.compareTo(TERKECIL) >= 0;
    }

    /** Why a value is not computed with, or empty when it is. */
    public static Optional<String> alasan(String apa, BigDecimal value) {
        if (dapatDihitung(value)) {
            return Optional.empty();
        }
        return Optional.of(apa + " " + (value == null ? "kosong" : ringkas(value))
                + " di luar batas hitung (0 atau 10^-10 sampai 10^15)");
    }

    /** A value in a few characters, however large its exponent: {@code 1E+309}, never 310 digits. */
    public static String ringkas(BigDecimal value) {
        String text = value.toString();
        return text.length() <= 40 ? text : text.substring(0, 20) + "…";
    }
}
