package id.kinerja.api.indikator;

/**
 * How an indicator's period values (triwulan or month) combine into the year's value; the rule book's
 * {@code NilaiTahunan} combines them. A period may have no value (a "-" in the Rencana Aksi), which every kind skips.
 */
public enum PeriodCombination {
    /** A flow: the year is the sum of its periods (UTTP tera 70 + 585 + 120 + 170 = 945). */
    SUM,
    /** A running total: the year is the last period's value (koperasi supervised 39, 78, 117, 156). */
    CUMULATIVE,
    /** A level re-measured each period: the year is the last measured value (9,68 every triwulan). */
    LEVEL,
    /** A level whose year value is the mean of the measured periods. */
    AVERAGE
}
