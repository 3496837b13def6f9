package id.kinerja.rulebook;

import com.fasterxml.jackson.annotation.JsonValue;

import java.math.BigDecimal;

/** How a capaian reads in a Capaian Rencana Aksi: above, at or below the target. */
public enum Keterangan {
    MELEBIHI_TARGET("melebihi target"),
    SESUAI_TARGET("sesuai target"),
    BELUM_MENCAPAI_TARGET("belum mencapai target");

    public static final Aturan ATURAN = new Aturan("keterangan", "Keterangan capaian",
            "Capaian di atas 100 %: melebihi target; tepat 100 %: sesuai target; di bawah 100 %: belum mencapai "
                    + "target. Dibandingkan tepat, sehingga 100 dan 100,00 sama-sama sesuai target.",
            "000 kolom Keterangan; DOMAIN.md");

    private final String label;

    Keterangan(String label) {
        this.label = label;
    }

    /** Compared exactly, so 100.00 and 100 are both "sesuai target". */
    public static Keterangan of(BigDecimal capaian) {
        int comparison = capaian.compareTo(Persen.SERATUS);
        return comparison > 0 ? MELEBIHI_TARGET : comparison == 0 ? SESUAI_TARGET : BELUM_MENCAPAI_TARGET;
    }

    @JsonValue
    public String label() {
        return label;
    }
}
