package id.kinerja.api.verifikasi;

import id.kinerja.api.TenantScoped;
import id.kinerja.api.common.Periode;
import id.kinerja.api.common.TenantId;
import id.kinerja.api.pk.PerjanjianKinerjaId;

/** A verified or closed period was reopened for correction, with the reason. */
public record PeriodeReopened(PerjanjianKinerjaId pk, Periode period, String alasan) implements TenantScoped {

    @Override
    public TenantId tenant() {
        return pk.opd().tenant();
    }
}
