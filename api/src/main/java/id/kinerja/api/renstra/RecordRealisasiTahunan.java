package id.kinerja.api.renstra;

import id.kinerja.api.common.Nilai;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records what an indicator achieved in a year as the perangkat daerah reported it — the kondisi awal before the
 * period or a year before the platform was used — so the LKjIP can compare the year with the one before
 * (001 Tabel 3.3); a recorded value changes only with a reason.
 *
 * @param source where the value was reported, e.g. "LKjIP 2022"
 */
public record RecordRealisasiTahunan(@TargetAggregateIdentifier RenstraId renstra,
                                     String indicatorCode,
                                     int year,
                                     Nilai value,
                                     String source,
                                     String reason) {
}
