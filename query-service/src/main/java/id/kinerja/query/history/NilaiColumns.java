package id.kinerja.query.history;

import id.kinerja.api.common.Nilai;
import id.kinerja.api.common.Predikat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** A {@link Nilai} in two columns: {@code <prefix>_angka} numeric (exact, scale kept) or {@code <prefix>_predikat}. */
public final class NilaiColumns {

    private NilaiColumns() {
    }

    public static Map<String, Object> of(String prefix, Nilai nilai) {
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put(prefix + "_angka", nilai == null ? null : nilai.angka());
        columns.put(prefix + "_predikat", nilai == null || nilai.predikat() == null ? null : nilai.predikat().name());
        return columns;
    }

    public static Nilai read(BigDecimal angka, String predikat) {
        if (angka != null) {
            return Nilai.of(angka);
        }
        return predikat == null ? null : Nilai.of(Predikat.valueOf(predikat));
    }
}
