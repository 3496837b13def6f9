package id.kinerja.api.buktidukung;

import id.kinerja.api.pk.PerjanjianKinerjaId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Takes a bukti dukung off a realisasi or budget realisation. The file stays stored and in history: "as of" an
 * earlier time still shows it.
 *
 * @param alasan why, optional
 */
public record RemoveBuktiDukung(@TargetAggregateIdentifier PerjanjianKinerjaId pk, BuktiUntuk untuk, String sha256,
                                String alasan) {
}
