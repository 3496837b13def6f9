package id.kinerja.api.pemda;

import id.kinerja.api.TenantScoped;
import id.kinerja.api.common.OpdId;
import id.kinerja.api.common.TenantId;

/**
 * A perangkat daerah was registered inside its tenant.
 */
public record PerangkatDaerahRegistered(OpdId opd,
                                        String name) implements TenantScoped {

    @Override
    public TenantId tenant() {
        return opd.tenant();
    }
}
