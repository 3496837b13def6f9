package id.kinerja.api.pk;

import id.kinerja.api.indikator.Indicator;

import java.util.List;

/** A sub kegiatan of a kegiatan: the leaf that carries a budget (pagu); every higher total is its sum. */
public record SubKegiatan(String code, String kegiatanCode, String name, List<Indicator> indicators) {
}
