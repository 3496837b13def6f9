package id.kinerja.api.pk;

import id.kinerja.api.renstra.RenstraId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Drafts the year's Perjanjian Kinerja of a perangkat daerah from its Renstra, whose tujuan, sasaran and
 * indicators it takes over.
 */
public record DraftPerjanjianKinerja(@TargetAggregateIdentifier PerjanjianKinerjaId pk,
                                     RenstraId renstra) {
}
