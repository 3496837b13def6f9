package id.kinerja.api.realisasi;

import id.kinerja.api.TenantScoped;
import id.kinerja.api.common.Periode;
import id.kinerja.api.common.Rupiah;
import id.kinerja.api.common.TenantId;
import id.kinerja.api.pk.PerjanjianKinerjaId;

import java.time.LocalDate;

/**
 * A sub kegiatan's spending in a month was recorded; lewatTenggat as in {@link RealisasiRecorded}.
 */
public record RealisasiAnggaranRecorded(PerjanjianKinerjaId pk,
                                        String subKegiatanCode,
                                        Periode month,
                                        Rupiah amount,
                                        LocalDate lewatTenggat) implements TenantScoped {

    /** Recorded on time, or with no deadline in the daerah's jadwal (as every event before the jadwal existed). */
    public RealisasiAnggaranRecorded(PerjanjianKinerjaId pk, String subKegiatanCode, Periode month, Rupiah amount) {
        this(pk, subKegiatanCode, month, amount, null);
    }

    @Override
    public TenantId tenant() {
        return pk.opd().tenant();
    }
}
