package id.kinerja.api.kendala;

import id.kinerja.api.common.Periode;
import id.kinerja.api.pk.PerjanjianKinerjaId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records the kendala (obstacles) met by an indicator in a period and the tindak lanjut (follow-up) taken or
 * planned, as the Capaian tables and the LKjIP print them; a later recording replaces the earlier one.
 *
 * @param tindakLanjut optional until decided
 */
public record RecordKendala(@TargetAggregateIdentifier PerjanjianKinerjaId pk, String indicatorCode, Periode period,
                            String kendala, String tindakLanjut) {
}
