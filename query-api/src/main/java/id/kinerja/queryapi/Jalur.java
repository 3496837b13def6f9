package id.kinerja.queryapi;

/**
 * Where query-service answers each view: the paths its controllers map and its readers call, in one place, with
 * {@code {tenant}}, {@code {opd}}, {@code {year}} and {@code {provinsi}} variables. Every read takes {@code asOf}.
 */
public final class Jalur {

    /** One perangkat daerah's PK of a year: the PK view ({@code revisi} optional). */
    public static final String PK = "/api/tenants/{tenant}/opd/{opd}/pk/{year}";
    /** Everything the documents are composed from ({@code revisi} optional): a {@code FaktaPk}. */
    public static final String FAKTA = PK + "/fakta";
    /** A {@code CapaianView} for {@code period} (TW1–TW4, JAN–DES, TAHUN). */
    public static final String CAPAIAN = PK + "/capaian";
    /** An {@code AnggaranView} up to {@code sampai} (JAN–DES). */
    public static final String ANGGARAN = PK + "/anggaran";
    /** A province's {@code RekapProvinsi} across its kabupaten/kota. */
    public static final String REKAP = "/api/provinsi/{provinsi}/rekap/{year}";
    /** The rule book: every formula and band with its text. */
    public static final String ATURAN = "/api/aturan";

    private Jalur() {
    }
}
