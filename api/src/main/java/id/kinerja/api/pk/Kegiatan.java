package id.kinerja.api.pk;

import id.kinerja.api.indikator.Indicator;

import java.util.List;

/** A kegiatan (activity) of a program. */
public record Kegiatan(String code, String programCode, String name, List<Indicator> indicators) {
}
