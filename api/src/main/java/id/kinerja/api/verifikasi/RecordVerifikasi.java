package id.kinerja.api.verifikasi;

import id.kinerja.api.common.Periode;
import id.kinerja.api.pk.PerjanjianKinerjaId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A verifier marks a submitted period of a PK verified (which locks it), or returns it with a note (required then)
 * saying what the perangkat daerah must correct.
 */
public record RecordVerifikasi(@TargetAggregateIdentifier PerjanjianKinerjaId pk,
                               Periode period,
                               HasilVerifikasi hasil,
                               String catatan) {
}
