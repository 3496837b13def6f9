package id.kinerja.command.shared;

import id.kinerja.api.common.Rupiah;
import id.kinerja.api.indikator.Indicator;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;

import static id.kinerja.command.shared.RuleViolation.require;

/**
 * The bounds (batas) every number given to the platform respects, by what it measures: magnitude and decimals per
 * unit of an indicator, whole and non-negative rupiah for money. They are far beyond any real figure of a daerah
 * and close enough that no stored value can break a calculation, a sum or a document. The aggregates check them
 * for every command (422); {@link NilaiMasukan} refuses what no unit allows at the edge (400). The table is
 * docs/batas-nilai.md.
 */
public final class Batas {

    /** The largest amount of money in one entry (pagu, rencana or realisasi anggaran): Rp 100 triliun. */
    public static final long RUPIAH_TERBESAR = 100_000_000_000_000L;
    /**
     * The largest total pagu of one PK and the largest printed total: Rp 1.000 triliun. A province's roll-up of
     * its kabupaten/kota's PKs therefore always fits a long.
     */
    public static final long TOTAL_PAGU_TERBESAR = 1_000_000_000_000_000L;

    /** What an indicator's value measures, by its unit (satuan), and the bounds that go with it. */
    public enum Jenis {
        /** %, persen: growth may be negative; a thousandfold is the most any percentage reaches. */
        PERSEN("persentase", new BigDecimal("-100000"), new BigDecimal("100000"), 4),
        /** indeks, nilai, skor, poin, rasio, koefisien: scores and ratios, possibly negative. */
        INDEKS("indeks atau nilai", new BigDecimal("-1000000"), new BigDecimal("1000000"), 4),
        /** Rp, rupiah: an indicator measured in money (e.g. nilai ekspor), sen allowed. */
        RUPIAH("nilai rupiah", BigDecimal.ZERO, new BigDecimal("1E+18"), 2),
        /** Every other unit counts or measures something (orang, UMKM, dokumen, ton …): never negative. */
        JUMLAH("jumlah", BigDecimal.ZERO, new BigDecimal("1E+15"), 4),
        /** A formula's component (pembilang, nilai tahun ini …), which may be a count, a rupiah value or a rate. */
        KOMPONEN("komponen rumus", new BigDecimal("-1E+18"), new BigDecimal("1E+18"), 6);

        private static final Set<String> INDEX_UNITS = Set.of("indeks", "index", "nilai", "skor", "poin", "rasio",
                "koefisien");

        private final String what;
        private final BigDecimal min;
        private final BigDecimal max;
        private final int decimals;

        Jenis(String what, BigDecimal min, BigDecimal max, int decimals) {
            this.what = what;
            this.min = min;
            this.max = max;
            this.decimals = decimals;
        }

        /** The kind of an indicator's values, read from its unit. */
        public static Jenis of(Indicator indicator) {
            String unit = indicator.unit() == null ? "" : indicator.unit().trim().toLowerCase(Locale.ROOT);
            if (unit.contains("%") || unit.startsWith("persen")) {
                return PERSEN;
            }
            if (unit.equals("rp") || unit.startsWith("rp ") || unit.startsWith("rp.") || unit.contains("rupiah")) {
                return RUPIAH;
            }
            return INDEX_UNITS.contains(unit.split("[\\s/]")[0]) ? INDEKS : JUMLAH;
        }

        public BigDecimal min() {
            return min;
        }

        public BigDecimal max() {
            return max;
        }

        public int decimals() {
            return decimals;
        }
    }

    private Batas() {
    }

    /** Checks a number against the bounds of its kind, naming the field and the bound it breaks. */
    public static void check(BigDecimal value, Jenis jenis, String field) {
        require(value.signum() >= 0 || jenis.min.signum() < 0, "value-negative", field,
                jenis.what + " tidak boleh negatif (diberi " + shown(value) + ")");
        require(value.compareTo(jenis.min) >= 0 && value.compareTo(jenis.max) <= 0, "value-out-of-range", field,
                jenis.what + " harus di antara " + shown(jenis.min) + " dan " + shown(jenis.max) + " (diberi "
                        + shown(value) + ")");
        require(value.scale() <= jenis.decimals, "too-many-decimals", field, jenis.what + " paling banyak "
                + jenis.decimals + " angka di belakang koma (diberi " + value.scale() + ")");
    }

    /** Checks an amount of money: given, whole by its type, not negative, at most {@link #RUPIAH_TERBESAR}. */
    public static void checkRupiah(Rupiah amount, String field, String what) {
        require(amount != null && !amount.isNegative(), "amount-negative", field,
                what + " wajib diisi dan tidak boleh negatif");
        require(amount.amount() <= RUPIAH_TERBESAR, "amount-too-large", field,
                what + " paling besar Rp " + shown(BigDecimal.valueOf(RUPIAH_TERBESAR)) + " (diberi Rp "
                        + shown(BigDecimal.valueOf(amount.amount())) + ")");
    }

    /** Checks a printed amount of money: whole rupiah, not negative, at most {@link #TOTAL_PAGU_TERBESAR}. */
    public static void checkPrintedRupiah(BigDecimal amount, String field) {
        require(amount.signum() >= 0, "amount-negative", field, "jumlah rupiah tidak boleh negatif");
        require(amount.compareTo(BigDecimal.valueOf(TOTAL_PAGU_TERBESAR)) <= 0, "amount-too-large", field,
                "jumlah rupiah paling besar Rp " + shown(BigDecimal.valueOf(TOTAL_PAGU_TERBESAR)) + " (diberi "
                        + shown(amount) + ")");
        require(amount.stripTrailingZeros().scale() <= 0, "amount-not-whole", field,
                "jumlah rupiah ditulis dalam rupiah utuh, tanpa sen (diberi " + shown(amount) + ")");
    }

    /**
     * A number for a message in Indonesian notation (19.878.378.920; 12,5); one too long to print whole (a
     * refused 1E+309) in scientific notation, so a message never grows with the number it refuses.
     */
    public static String shown(BigDecimal value) {
        int integerDigits = value.precision() - value.scale();
        if (integerDigits > 24 || value.scale() > 24) {
            return value.toString();
        }
        String plain = value.abs().toPlainString();
        int point = plain.indexOf('.');
        String whole = point < 0 ? plain : plain.substring(0, point);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                grouped.append('.');
            }
            grouped.append(whole.charAt(i));
        }
        return (value.signum() < 0 ? "-" : "") + grouped + (point < 0 ? "" : "," + plain.substring(point + 1));
    }
}
