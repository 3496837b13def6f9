package id.kinerja.api.pk;

import id.kinerja.api.common.Signatory;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Pihak Pertama and Pihak Kedua sign the Perjanjian Kinerja; from then on it changes only by amendment.
 */
public record SignPerjanjianKinerja(@TargetAggregateIdentifier PerjanjianKinerjaId pk,
                                    LocalDate signedOn,
                                    String place,
                                    Signatory pihakPertama,
                                    Signatory pihakKedua) {
}
