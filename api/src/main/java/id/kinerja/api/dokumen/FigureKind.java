package id.kinerja.api.dokumen;

/** Which printed figure a {@link RecordStatedFigure} is about, and which key it needs. */
public enum FigureKind {
    /** The OPD's total pagu of a revision; no key. */
    PAGU_TOTAL(false),
    /** A program's pagu of a revision; key = program code. */
    PAGU_PROGRAM(true),
    /** A kegiatan's pagu of a revision; key = kegiatan code. */
    PAGU_KEGIATAN(true),
    /** An indicator's target; key = indicator code. */
    TARGET(true),
    /** An indicator's realisasi for a period; key = indicator code. */
    REALISASI(true),
    /** An indicator's capaian (%) for a period; key = indicator code. */
    CAPAIAN(true),
    /** The OPD's budget realisation summed from January through a month (the period); no key. */
    REALISASI_ANGGARAN_TOTAL(false);

    private final boolean keyed;

    FigureKind(boolean keyed) {
        this.keyed = keyed;
    }

    public boolean keyed() {
        return keyed;
    }
}
