package id.kinerja.api.renstra;

import id.kinerja.api.common.Nilai;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Sets an indicator's Renstra target for one year of the period; changing a set target needs a reason.
 */
public record SetRenstraTarget(@TargetAggregateIdentifier RenstraId renstra,
                               String indicatorCode,
                               int year,
                               Nilai target,
                               String reason) {
}
