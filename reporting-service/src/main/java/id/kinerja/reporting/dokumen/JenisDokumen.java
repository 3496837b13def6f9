package id.kinerja.reporting.dokumen;

import java.util.Arrays;
import java.util.Optional;

/** The documents of a perangkat daerah's year, by the name used in their URL. */
public enum JenisDokumen {
    PERJANJIAN_KINERJA("perjanjian-kinerja"),
    PK_PERUBAHAN("pk-perubahan"),
    RENCANA_AKSI("rencana-aksi"),
    CAPAIAN_RENCANA_AKSI("capaian-rencana-aksi"),
    LKJIP("lkjip");

    private final String slug;

    JenisDokumen(String slug) {
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }

    public static Optional<JenisDokumen> of(String slug) {
        return Arrays.stream(values()).filter(j -> j.slug.equals(slug)).findFirst();
    }
}
