package id.kinerja.query.history;

import id.kinerja.api.common.Nilai;
import id.kinerja.api.common.Predikat;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A {@link Nilai} in three columns: {@code <prefix>_angka} numeric (exact, scale kept), {@code <prefix>_predikat},
 * or — for a number whose exponent a numeric column cannot hold faithfully (beyond ±{@value #EXPONENT}; the driver
 * would refuse or even silently change it) — {@code <prefix>_teks}, its exact text. Reads give back what was
 * recorded either way.
 */
public final class NilaiColumns {

    static final int EXPONENT = 1000;

    private NilaiColumns() {
    }

    public static Map<String, Object> of(String prefix, Nilai nilai) {
        BigDecimal angka = nilai == null ? null : nilai.angka();
        boolean numeric = angka == null || fitsNumeric(angka);
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put(prefix + "_angka", numeric ? angka : null);
        columns.put(prefix + "_predikat", nilai == null || nilai.predikat() == null ? null : nilai.predikat().name());
        columns.put(prefix + "_teks", numeric ? null : angka.toString());
        return columns;
    }

    /** The columns to select for a Nilai, on a table alias. */
    public static String columns(String alias, String prefix) {
        return alias + "." + prefix + "_angka, " + alias + "." + prefix + "_predikat, " + alias + "." + prefix + "_teks";
    }

    public static Nilai read(ResultSet rs, String prefix) throws SQLException {
        BigDecimal angka = rs.getBigDecimal(prefix + "_angka");
        if (angka != null) {
            return Nilai.of(angka);
        }
        String text = rs.getString(prefix + "_teks");
        if (text != null) {
            return Nilai.of(new BigDecimal(text));
        }
        String predikat = rs.getString(prefix + "_predikat");
        return predikat == null ? null : Nilai.of(Predikat.valueOf(predikat));
    }

    private static boolean fitsNumeric(BigDecimal value) {
        long exponent = (long) value.precision() - value.scale();
        return Math.abs(exponent) <= EXPONENT && Math.abs((long) value.scale()) <= EXPONENT;
    }
}
