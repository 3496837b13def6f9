package id.kinerja.reporting.naskah;

import id.kinerja.api.common.Nilai;
import id.kinerja.rulebook.Batas;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Numbers and dates the Indonesian way, as the documents print them: {@code 19.878.378.920}, {@code 7,00},
 * {@code 70,70}, {@code 31 Januari 2023}. A value is printed with two decimals unless it is whole, whatever scale
 * it was stored with, so one value prints one way from every source. A stored value outside the rule book's bounds
 * ({@link Batas}) prints as recorded in short scientific form ({@code 1E+309}), never as hundreds of digits.
 */
public final class Angka {

    private static final Locale INDONESIA = Locale.forLanguageTag("id-ID");
    private static final DateTimeFormatter TANGGAL = DateTimeFormatter.ofPattern("d MMMM yyyy", INDONESIA);

    private Angka() {
    }

    public static String rupiah(long amount) {
        return format("#,##0", BigDecimal.valueOf(amount));
    }

    public static String persen(BigDecimal percent) {
        if (!Batas.dapatDihitung(percent.movePointLeft(2))) {
            return Batas.ringkas(percent);
        }
        return format("#,##0.00", percent.setScale(2, RoundingMode.HALF_UP));
    }

    public static String nilai(BigDecimal value) {
        if (!Batas.dapatDihitung(value)) {
            return Batas.ringkas(value);
        }
        BigDecimal plain = value.stripTrailingZeros();
        return plain.scale() <= 0 ? format("#,##0", plain) : format("#,##0.00##", plain);
    }

    public static String nilai(Nilai value) {
        return value.isAngka() ? nilai(value.angka()) : value.toString();
    }

    public static String tanggal(LocalDate date) {
        return date.format(TANGGAL);
    }

    /** A cell's text under its column's kind; null is printed "-" as the seeds do. */
    public static String sel(Object value, Dokumen.Jenis jenis) {
        if (value == null) {
            return "-";
        }
        if (value instanceof Nilai nilai) {
            return nilai(nilai);
        }
        if (value instanceof Long amount) {
            return jenis == Dokumen.Jenis.RUPIAH ? rupiah(amount) : nilai(BigDecimal.valueOf(amount));
        }
        if (value instanceof BigDecimal number) {
            return jenis == Dokumen.Jenis.PERSEN ? persen(number) : nilai(number);
        }
        return value.toString();
    }

    private static String format(String pattern, BigDecimal value) {
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(INDONESIA)).format(value);
    }
}
