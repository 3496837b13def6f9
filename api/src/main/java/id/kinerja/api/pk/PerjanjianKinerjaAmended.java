package id.kinerja.api.pk;

import id.kinerja.api.TenantScoped;
import id.kinerja.api.common.Signatory;
import id.kinerja.api.common.TenantId;

import java.time.LocalDate;
import java.util.List;

/**
 * A PK Perubahan was signed: revision n, with every target and pagu that changed, before and after.
 */
public record PerjanjianKinerjaAmended(PerjanjianKinerjaId pk,
                                       int revision,
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
                                       List<TargetAmendment> targets,
                                       List<PaguAmendment> pagu) implements TenantScoped {

    @Override
    public TenantId tenant() {
        return pk.opd().tenant();
    }
}
