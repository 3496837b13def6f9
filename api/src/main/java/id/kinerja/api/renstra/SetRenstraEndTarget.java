package id.kinerja.api.renstra;

import id.kinerja.api.common.Nilai;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Sets the target an indicator must reach by the end of the Renstra period; changing it needs a reason.
 */
public record SetRenstraEndTarget(@TargetAggregateIdentifier RenstraId renstra,
                                  String indicatorCode,
                                  Nilai target,
                                  String reason) {
}
