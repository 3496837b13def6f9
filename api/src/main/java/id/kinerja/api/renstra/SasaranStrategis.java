package id.kinerja.api.renstra;

import id.kinerja.api.indikator.Indicator;

import java.util.List;

/**
 * A sasaran strategis (strategic objective) under a tujuan, measured by its indikator kinerja utama (IKU).
 */
public record SasaranStrategis(String code, String tujuanCode, String name, List<Indicator> indicators) {
}
