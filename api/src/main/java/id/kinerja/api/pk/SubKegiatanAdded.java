package id.kinerja.api.pk;

import id.kinerja.api.TenantScoped;
import id.kinerja.api.common.TenantId;

/**
 * A sub kegiatan (the budget leaf) was added to a draft Perjanjian Kinerja.
 */
public record SubKegiatanAdded(PerjanjianKinerjaId pk,
                               SubKegiatan subKegiatan) implements TenantScoped {

    @Override
    public TenantId tenant() {
        return pk.opd().tenant();
    }
}
