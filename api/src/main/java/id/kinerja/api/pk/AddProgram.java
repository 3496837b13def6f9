package id.kinerja.api.pk;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Adds a program with its indicators under a sasaran strategis of a draft Perjanjian Kinerja.
 */
public record AddProgram(@TargetAggregateIdentifier PerjanjianKinerjaId pk,
                         Program program) {
}
