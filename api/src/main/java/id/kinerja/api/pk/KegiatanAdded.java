package id.kinerja.api.pk;

import id.kinerja.api.TenantScoped;
import id.kinerja.api.common.TenantId;

/**
 * A kegiatan (activity) was added to a draft Perjanjian Kinerja.
 */
public record KegiatanAdded(PerjanjianKinerjaId pk,
                            Kegiatan kegiatan) implements TenantScoped {

    @Override
    public TenantId tenant() {
        return pk.opd().tenant();
    }
}
