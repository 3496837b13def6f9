package id.kinerja.query.capaian;

import com.fasterxml.jackson.annotation.JsonValue;

import java.math.BigDecimal;

/** How a capaian reads in a Capaian Rencana Aksi: above, at or below the target. */
public enum Keterangan {
    MELEBIHI_TARGET("melebihi target"),
    SESUAI_TARGET("sesuai target"),
    BELUM_MENCAPAI_TARGET("belum mencapai target");

    private final String label;

    Keterangan(String label) {
        this.label = label;
    }

    /** Compared exactly, so 100.00 and 100 are both "sesuai target". */
    public static Keterangan of(BigDecimal capaian) {
        int comparison = capaian.compareTo(BigDecimal.valueOf(100));
        return comparison > 0 ? MELEBIHI_TARGET : comparison == 0 ? SESUAI_TARGET : BELUM_MENCAPAI_TARGET;
    }

    @JsonValue
    public String label() {
        return label;
    }
}
