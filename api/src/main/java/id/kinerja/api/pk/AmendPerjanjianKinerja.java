package id.kinerja.api.pk;

import id.kinerja.api.common.Signatory;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

/**
 * Amends a signed Perjanjian Kinerja (a PK Perubahan): an allowed reason, the date it takes effect, the
 * signatories, and what changes. Earlier revisions stay as they were.
 *
 * @param amends the revision the Perubahan was prepared against (0 = the PK induk); when given and another Perubahan
 *               was signed since, it is refused rather than stacked on a PK its authors did not see. Null: the
 *               revision in force, whichever it is.
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
                                     List<PaguChange> pagu,
                                     Integer amends) {

    public AmendPerjanjianKinerja(PerjanjianKinerjaId pk, AlasanPerubahan reason, String explanation,
                                  LocalDate effectiveDate, LocalDate signedOn, String place, Signatory pihakPertama,
                                  Signatory pihakKedua, List<Program> newPrograms, List<Kegiatan> newKegiatan,
                                  List<SubKegiatan> newSubKegiatan, List<TargetChange> targets, List<PaguChange> pagu) {
        this(pk, reason, explanation, effectiveDate, signedOn, place, pihakPertama, pihakKedua, newPrograms,
                newKegiatan, newSubKegiatan, targets, pagu, null);
    }
}
