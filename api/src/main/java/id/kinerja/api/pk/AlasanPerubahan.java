package id.kinerja.api.pk;

/**
 * The reasons for which a signed Perjanjian Kinerja may be amended (PermenPAN-RB 53/2014, as quoted in the
 * Sumenep LKjIP 2023, BAB II).
 */
public enum AlasanPerubahan {
    /** Pergantian pejabat: a new Pihak Pertama or Pihak Kedua. */
    PERGANTIAN_PEJABAT,
    /** Perubahan strategi: programs, activities or the allocation of the budget change. */
    PERUBAHAN_STRATEGI,
    /** Perubahan prioritas atau asumsi: priorities or the assumptions behind the targets change. */
    PERUBAHAN_PRIORITAS_ASUMSI
}
