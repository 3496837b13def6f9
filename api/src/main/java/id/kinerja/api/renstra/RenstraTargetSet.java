package id.kinerja.api.renstra;

import id.kinerja.api.TenantScoped;
import id.kinerja.api.common.Nilai;
import id.kinerja.api.common.TenantId;

/**
 * An indicator's Renstra target for a year was set (previous is null the first time).
 */
public record RenstraTargetSet(RenstraId renstra,
                               String indicatorCode,
                               int year,
                               Nilai target,
                               Nilai previous,
                               String reason) implements TenantScoped {

    @Override
    public TenantId tenant() {
        return renstra.opd().tenant();
    }
}
