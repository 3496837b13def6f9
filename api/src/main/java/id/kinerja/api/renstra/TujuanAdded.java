package id.kinerja.api.renstra;

import id.kinerja.api.TenantScoped;
import id.kinerja.api.common.TenantId;

/**
 * A tujuan was added to a Renstra.
 */
public record TujuanAdded(RenstraId renstra,
                          Tujuan tujuan) implements TenantScoped {

    @Override
    public TenantId tenant() {
        return renstra.opd().tenant();
    }
}
