package id.kinerja.api.realisasi;

import id.kinerja.api.TenantScoped;
import id.kinerja.api.common.Periode;
import id.kinerja.api.common.Rupiah;
import id.kinerja.api.common.TenantId;
import id.kinerja.api.pk.PerjanjianKinerjaId;

/**
 * A month's spending of a sub kegiatan was corrected: the new amount, the one it replaces, and why.
 */
public record RealisasiAnggaranCorrected(PerjanjianKinerjaId pk,
                                         String subKegiatanCode,
                                         Periode month,
                                         Rupiah amount,
                                         Rupiah previous,
                                         String reason) implements TenantScoped {

    @Override
    public TenantId tenant() {
        return pk.opd().tenant();
    }
}
