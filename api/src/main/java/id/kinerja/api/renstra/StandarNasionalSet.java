package id.kinerja.api.renstra;

import id.kinerja.api.TenantScoped;
import id.kinerja.api.common.Nilai;
import id.kinerja.api.common.TenantId;

/** An indicator's national standard for a year was set (previous is null the first time). */
public record StandarNasionalSet(RenstraId renstra,
                                 String indicatorCode,
                                 int year,
                                 Nilai value,
                                 Nilai previous,
                                 String source,
                                 String reason) implements TenantScoped {

    @Override
    public TenantId tenant() {
        return renstra.opd().tenant();
    }
}
