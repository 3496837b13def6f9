package id.kinerja.api.renstra;

import id.kinerja.api.indikator.Indicator;

import java.util.List;

/** A tujuan (goal) of a Renstra and the indicators that measure it. */
public record Tujuan(String code, String name, List<Indicator> indicators) {
}
