package id.kinerja.api.indikator;

import java.util.List;

/**
 * The catalogue of formulas by which an indicator's value is computed from recorded components, so anyone can
 * recompute a reported figure (the rule book's {@code Rumus} computes them). Each kind is versioned ({@link #id()});
 * a realisasi stores the id it was computed with, so a later change of formula never silently rewrites history.
 */
public enum FormulaKind {
    /** pembilang / penyebut × 100 %, e.g. UMKM whose income rose / all UMKM. */
    RASIO("pembilang", "penyebut"),
    /** (nilai tahun n − nilai tahun n−1) / nilai tahun n−1 × 100 %, e.g. PDRB or UMKM growth. */
    PERTUMBUHAN("nilai_tahun_ini", "nilai_tahun_lalu"),
    /**
     * The mean over items of pembilang / penyebut × 100 %, e.g. availability = stock / need averaged over
     * commodities. Components are named {@code <item>.pembilang} and {@code <item>.penyebut}.
     */
    RATA_RATA_RASIO();

    public static final int VERSION = 1;

    private final List<String> components;

    FormulaKind(String... components) {
        this.components = List.of(components);
    }

    public String id() {
        return name() + "@" + VERSION;
    }

    /** The fixed component names; empty for {@link #RATA_RATA_RASIO}, whose names depend on its items. */
    public List<String> components() {
        return components;
    }
}
