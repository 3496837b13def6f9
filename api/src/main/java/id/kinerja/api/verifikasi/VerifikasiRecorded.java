package id.kinerja.api.verifikasi;

import id.kinerja.api.TenantScoped;
import id.kinerja.api.common.Periode;
import id.kinerja.api.common.TenantId;
import id.kinerja.api.pk.PerjanjianKinerjaId;

/**
 * A period's report was verified or returned with a note. Events recorded before the cycle knew submission
 * (a verdict without a preceding {@link PeriodeSubmitted}) replay unchanged: the verdict sets the status.
 */
public record VerifikasiRecorded(PerjanjianKinerjaId pk,
                                 Periode period,
                                 HasilVerifikasi hasil,
                                 String catatan) implements TenantScoped {

    @Override
    public TenantId tenant() {
        return pk.opd().tenant();
    }
}
