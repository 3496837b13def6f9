package id.kinerja.api.indikator;

/**
 * Which direction is good. Most indicators are higher-is-better; some are lower-is-better ("Persentase
 * fluktuasi harga", "Persentase penurunan pengaduan"), which changes how capaian is computed.
 */
public enum Polarity {
    HIGHER_IS_BETTER,
    LOWER_IS_BETTER
}
