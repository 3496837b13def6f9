package id.kinerja.api.verifikasi;

import id.kinerja.api.common.Periode;
import id.kinerja.api.pk.PerjanjianKinerjaId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The perangkat daerah submits (ajukan) a period's report to the verifier once its realisasi, bukti dukung and
 * kendala are complete.
 *
 * @param catatan an optional note for the verifier
 */
public record SubmitPeriode(@TargetAggregateIdentifier PerjanjianKinerjaId pk, Periode period, String catatan) {
}
