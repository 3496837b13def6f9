package id.kinerja.api.renstra;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Adds a tujuan (goal) with its indicators to a Renstra.
 */
public record AddTujuan(@TargetAggregateIdentifier RenstraId renstra,
                        Tujuan tujuan) {
}
