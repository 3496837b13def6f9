package id.kinerja.api.rencanaaksi;

import id.kinerja.api.pk.PerjanjianKinerjaId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/**
 * Breaks an indicator's annual target into triwulan or monthly targets, with the official responsible. They must
 * agree with the annual target under the indicator's period combination; replacing a Rencana Aksi needs a
 * reason.
 */
public record SetRencanaAksi(@TargetAggregateIdentifier PerjanjianKinerjaId pk,
                             String indicatorCode,
                             List<PeriodTarget> targets,
                             String responsible,
                             String reason) {
}
