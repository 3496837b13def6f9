package id.kinerja.api.pk;

import id.kinerja.api.indikator.Indicator;

import java.util.List;

/**
 * A kegiatan (activity) of a program; {@code nomenklatur} is its national code (e.g. {@code 2.17.03.2.01}), null
 * where it is not known.
 */
public record Kegiatan(String code, String programCode, String name, List<Indicator> indicators, String nomenklatur) {

    public Kegiatan(String code, String programCode, String name, List<Indicator> indicators) {
        this(code, programCode, name, indicators, null);
    }

    public Kegiatan withNomenklatur(String nomenklatur) {
        return new Kegiatan(code, programCode, name, indicators, nomenklatur);
    }
}
