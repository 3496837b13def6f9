package id.kinerja.api.pk;

import id.kinerja.api.common.Signatory;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

/**
 * Amends a signed Perjanjian Kinerja (a PK Perubahan): an allowed reason, the date it takes effect, the
 * signatories, and what changes. Earlier revisions stay as they were.
 */
public record AmendPerjanjianKinerja(@TargetAggregateIdentifier PerjanjianKinerjaId pk,
                                     AlasanPerubahan reason,
                                     String explanation,
                                     LocalDate effectiveDate,
                                     LocalDate signedOn,
                                     String place,
                                     Signatory pihakPertama,
                                     Signatory pihakKedua,
                                     List<Program> newPrograms,
                                     List<Kegiatan> newKegiatan,
                                     List<SubKegiatan> newSubKegiatan,
                                     List<TargetChange> targets,
                                     List<PaguChange> pagu) {
}
