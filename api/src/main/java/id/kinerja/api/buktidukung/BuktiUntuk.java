package id.kinerja.api.buktidukung;

import id.kinerja.api.common.Periode;

/**
 * What a bukti dukung supports: an indicator's realisasi in a period, or a sub kegiatan's budget realisation in a
 * month.
 *
 * @param kode the indicator code (REALISASI) or the sub kegiatan code (REALISASI_ANGGARAN)
 */
public record BuktiUntuk(Jenis jenis, String kode, Periode period) {

    public enum Jenis { REALISASI, REALISASI_ANGGARAN }

    public static BuktiUntuk realisasi(String indicatorCode, Periode period) {
        return new BuktiUntuk(Jenis.REALISASI, indicatorCode, period);
    }

    public static BuktiUntuk realisasiAnggaran(String subKegiatanCode, Periode month) {
        return new BuktiUntuk(Jenis.REALISASI_ANGGARAN, subKegiatanCode, month);
    }

    @Override
    public String toString() {
        return (jenis == Jenis.REALISASI ? "realisasi " : "realisasi anggaran ") + kode + " periode " + period;
    }
}
