package id.kinerja.api.renstra;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Adds a sasaran strategis under a tujuan of a Renstra.
 */
public record AddSasaranStrategis(@TargetAggregateIdentifier RenstraId renstra,
                                  SasaranStrategis sasaran) {
}
