package id.kinerja.api.pk;

import id.kinerja.api.TenantScoped;
import id.kinerja.api.common.Nilai;
import id.kinerja.api.common.TenantId;

/**
 * An indicator's target in a draft Perjanjian Kinerja was set (previous is null the first time).
 */
public record TargetSet(PerjanjianKinerjaId pk,
                        String indicatorCode,
                        Nilai target,
                        Nilai previous) implements TenantScoped {

    @Override
    public TenantId tenant() {
        return pk.opd().tenant();
    }
}
