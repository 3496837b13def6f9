package id.kinerja.api.pk;

import id.kinerja.api.indikator.Indicator;

import java.util.List;

/**
 * A sub kegiatan of a kegiatan: the leaf that carries a budget (pagu); every higher total is its sum.
 * {@code nomenklatur} is its national code (e.g. {@code 2.17.01.2.01.0001}), null where it is not known.
 */
public record SubKegiatan(String code, String kegiatanCode, String name, List<Indicator> indicators,
                          String nomenklatur) {

    public SubKegiatan(String code, String kegiatanCode, String name, List<Indicator> indicators) {
        this(code, kegiatanCode, name, indicators, null);
    }

    public SubKegiatan withNomenklatur(String nomenklatur) {
        return new SubKegiatan(code, kegiatanCode, name, indicators, nomenklatur);
    }
}
