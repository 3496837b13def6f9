package id.kinerja.api.buktidukung;

import id.kinerja.api.pk.PerjanjianKinerjaId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Attaches a bukti dukung (supporting evidence: a report, minutes, photos) to a realisasi or a budget realisation.
 * The file itself is already stored under its hash; the command carries what the events record about it.
 */
public record AttachBuktiDukung(@TargetAggregateIdentifier PerjanjianKinerjaId pk, BuktiUntuk untuk, Berkas berkas) {
}
