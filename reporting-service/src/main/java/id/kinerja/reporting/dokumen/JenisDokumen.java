package id.kinerja.reporting.dokumen;

import id.kinerja.queryapi.fakta.FaktaPk.Bagian;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/** The documents of a perangkat daerah's year, by the name used in their URL. */
public enum JenisDokumen {
    PERJANJIAN_KINERJA("perjanjian-kinerja", Set.of()),
    PK_PERUBAHAN("pk-perubahan", Set.of()),
    RENCANA_AKSI("rencana-aksi", Set.of(Bagian.CAPAIAN)),
    CAPAIAN_RENCANA_AKSI("capaian-rencana-aksi", Bagian.SEMUA),
    LKJIP("lkjip", Bagian.SEMUA);

    private final String slug;
    private final Set<Bagian> bagian;

    JenisDokumen(String slug, Set<Bagian> bagian) {
        this.slug = slug;
        this.bagian = bagian;
    }

    public String slug() {
        return slug;
    }

    /**
     * The parts of the facts the document is composed from, besides the PK; the others are not read for it.
     * {@code AuditorModeEndToEndTest} holds every document so composed equal to the one folded from every event.
     */
    public Set<Bagian> bagian() {
        return bagian;
    }

    public static Optional<JenisDokumen> of(String slug) {
        return Arrays.stream(values()).filter(j -> j.slug.equals(slug)).findFirst();
    }
}
