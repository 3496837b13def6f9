package id.kinerja.api.jadwal;

import id.kinerja.api.common.Periode;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The daerah closes a period after its deadline: from then on no perangkat daerah changes that period's
 * realisasi, budget realisation, bukti dukung or kendala unless the verifier reopens it for them.
 */
public record ClosePeriode(@TargetAggregateIdentifier JadwalId jadwal, Periode period) {
}
