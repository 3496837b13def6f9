package id.kinerja.api.pk;

import id.kinerja.api.TenantScoped;
import id.kinerja.api.common.Rupiah;
import id.kinerja.api.common.TenantId;

/**
 * A sub kegiatan's pagu in a draft Perjanjian Kinerja was set (previous is null the first time).
 */
public record PaguSet(PerjanjianKinerjaId pk,
                      String subKegiatanCode,
                      Rupiah pagu,
                      Rupiah previous) implements TenantScoped {

    @Override
    public TenantId tenant() {
        return pk.opd().tenant();
    }
}
