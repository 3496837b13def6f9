package id.kinerja.api.verifikasi;

import id.kinerja.api.common.Periode;
import id.kinerja.api.pk.PerjanjianKinerjaId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The verifier (or another role the access matrix names) reopens a verified period, or one the daerah closed
 * after its deadline, so that the perangkat daerah can correct it; the reason is required.
 */
public record ReopenPeriode(@TargetAggregateIdentifier PerjanjianKinerjaId pk, Periode period, String alasan) {
}
