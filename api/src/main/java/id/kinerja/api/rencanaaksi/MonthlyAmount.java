package id.kinerja.api.rencanaaksi;

import id.kinerja.api.common.Periode;
import id.kinerja.api.common.Rupiah;

/**
 * An amount of money for one month.
 */
public record MonthlyAmount(Periode month,
                            Rupiah amount) {
}
