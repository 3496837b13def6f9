package id.kinerja.api.rencanaaksi;

import id.kinerja.api.TenantScoped;
import id.kinerja.api.common.TenantId;
import id.kinerja.api.pk.PerjanjianKinerjaId;

import java.util.List;

/**
 * A sub kegiatan's monthly spending plan was set, adding up to its pagu in PK revision basedOnRevision.
 */
public record RencanaAnggaranSet(PerjanjianKinerjaId pk,
                                 String subKegiatanCode,
                                 List<MonthlyAmount> plan,
                                 String reason,
                                 int basedOnRevision) implements TenantScoped {

    @Override
    public TenantId tenant() {
        return pk.opd().tenant();
    }
}
