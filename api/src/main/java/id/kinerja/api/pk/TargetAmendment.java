package id.kinerja.api.pk;

import id.kinerja.api.common.Nilai;

/**
 * One indicator's target before and after an amendment (before is null for indicators the amendment added).
 */
public record TargetAmendment(String indicatorCode,
                              Nilai before,
                              Nilai after) {
}
