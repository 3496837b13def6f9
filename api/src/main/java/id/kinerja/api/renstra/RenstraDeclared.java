package id.kinerja.api.renstra;

import id.kinerja.api.TenantScoped;
import id.kinerja.api.common.TenantId;

/**
 * A perangkat daerah declared its Renstra for a period.
 */
public record RenstraDeclared(RenstraId renstra) implements TenantScoped {

    @Override
    public TenantId tenant() {
        return renstra.opd().tenant();
    }
}
