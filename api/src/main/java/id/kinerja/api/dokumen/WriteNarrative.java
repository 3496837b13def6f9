package id.kinerja.api.dokumen;

import id.kinerja.api.pk.PerjanjianKinerjaId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Write (or rewrite) a narrative section of the year's LKjIP, e.g. {@code kesimpulan}: the analysis, causes and
 * solutions only the OPD can tell.
 */
public record WriteNarrative(@TargetAggregateIdentifier PerjanjianKinerjaId pk,
                             String section,
                             String text) {
}
