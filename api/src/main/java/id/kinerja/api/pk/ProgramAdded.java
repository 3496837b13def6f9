package id.kinerja.api.pk;

import id.kinerja.api.TenantScoped;
import id.kinerja.api.common.TenantId;

/**
 * A program was added to a draft Perjanjian Kinerja.
 */
public record ProgramAdded(PerjanjianKinerjaId pk,
                           Program program) implements TenantScoped {

    @Override
    public TenantId tenant() {
        return pk.opd().tenant();
    }
}
