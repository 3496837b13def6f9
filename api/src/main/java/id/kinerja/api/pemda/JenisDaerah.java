package id.kinerja.api.pemda;

/** The kind of pemerintah daerah: a province, or a kabupaten or kota inside one. */
public enum JenisDaerah {
    PROVINSI,
    KABUPATEN,
    KOTA
}
