package id.kinerja.api.realisasi;

import id.kinerja.api.TenantScoped;
import id.kinerja.api.common.Periode;
import id.kinerja.api.common.Rupiah;
import id.kinerja.api.common.TenantId;
import id.kinerja.api.pk.PerjanjianKinerjaId;

/**
 * A sub kegiatan's spending in a month was recorded.
 */
public record RealisasiAnggaranRecorded(PerjanjianKinerjaId pk,
                                        String subKegiatanCode,
                                        Periode month,
                                        Rupiah amount) implements TenantScoped {

    @Override
    public TenantId tenant() {
        return pk.opd().tenant();
    }
}
