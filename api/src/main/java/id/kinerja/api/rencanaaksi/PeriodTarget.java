package id.kinerja.api.rencanaaksi;

import id.kinerja.api.common.Nilai;
import id.kinerja.api.common.Periode;

/**
 * The target for one triwulan or month; a null target is a period without one ("-").
 */
public record PeriodTarget(Periode period,
                           Nilai target) {
}
