package id.kinerja.api.renstra;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Starts the Renstra (five-year strategic plan) of a perangkat daerah for its period.
 */
public record DeclareRenstra(@TargetAggregateIdentifier RenstraId renstra) {
}
