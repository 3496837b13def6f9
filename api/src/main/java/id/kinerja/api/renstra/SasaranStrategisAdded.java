package id.kinerja.api.renstra;

import id.kinerja.api.TenantScoped;
import id.kinerja.api.common.TenantId;

/**
 * A sasaran strategis was added to a Renstra.
 */
public record SasaranStrategisAdded(RenstraId renstra,
                                    SasaranStrategis sasaran) implements TenantScoped {

    @Override
    public TenantId tenant() {
        return renstra.opd().tenant();
    }
}
