package id.kinerja.api.pk;

import id.kinerja.api.common.Nilai;

/**
 * A new target for an indicator, asked for in an amendment.
 */
public record TargetChange(String indicatorCode,
                           Nilai target) {
}
