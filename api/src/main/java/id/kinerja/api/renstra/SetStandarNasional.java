package id.kinerja.api.renstra;

import id.kinerja.api.common.Nilai;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Sets the national standard or national figure an indicator is compared with in a year's LKjIP (001 Tabel 3.5),
 * with its source; a set value changes only with a reason.
 *
 * @param source where the figure comes from, e.g. "RPJMN 2020–2024" or "BPS"
 */
public record SetStandarNasional(@TargetAggregateIdentifier RenstraId renstra,
                                 String indicatorCode,
                                 int year,
                                 Nilai value,
                                 String source,
                                 String reason) {
}
