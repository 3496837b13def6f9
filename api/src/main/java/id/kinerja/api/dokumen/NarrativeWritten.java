package id.kinerja.api.dokumen;

import id.kinerja.api.TenantScoped;
import id.kinerja.api.common.TenantId;
import id.kinerja.api.pk.PerjanjianKinerjaId;

/** A narrative section of the year's LKjIP was written; previous is null the first time. */
public record NarrativeWritten(PerjanjianKinerjaId pk,
                               String section,
                               String text,
                               String previous) implements TenantScoped {

    @Override
    public TenantId tenant() {
        return pk.opd().tenant();
    }
}
