package id.kinerja.api.renstra;

import id.kinerja.api.TenantScoped;
import id.kinerja.api.common.Nilai;
import id.kinerja.api.common.TenantId;

/**
 * An indicator's end-of-period Renstra target was set.
 */
public record RenstraEndTargetSet(RenstraId renstra,
                                  String indicatorCode,
                                  Nilai target,
                                  Nilai previous,
                                  String reason) implements TenantScoped {

    @Override
    public TenantId tenant() {
        return renstra.opd().tenant();
    }
}
