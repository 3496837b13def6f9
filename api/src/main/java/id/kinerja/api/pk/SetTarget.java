package id.kinerja.api.pk;

import id.kinerja.api.common.Nilai;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Sets the year's target of an indicator of a draft Perjanjian Kinerja, on any level.
 */
public record SetTarget(@TargetAggregateIdentifier PerjanjianKinerjaId pk,
                        String indicatorCode,
                        Nilai target) {
}
