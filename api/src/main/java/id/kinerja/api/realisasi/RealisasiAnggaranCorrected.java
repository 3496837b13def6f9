package id.kinerja.api.realisasi;

import id.kinerja.api.TenantScoped;
import id.kinerja.api.common.Periode;
import id.kinerja.api.common.Rupiah;
import id.kinerja.api.common.TenantId;
import id.kinerja.api.pk.PerjanjianKinerjaId;

import java.time.LocalDate;

/**
 * A month's spending of a sub kegiatan was corrected: the new amount, the one it replaces, and why; lewatTenggat as
 * in {@link RealisasiRecorded}.
 */
public record RealisasiAnggaranCorrected(PerjanjianKinerjaId pk,
                                         String subKegiatanCode,
                                         Periode month,
                                         Rupiah amount,
                                         Rupiah previous,
                                         String reason,
                                         LocalDate lewatTenggat) implements TenantScoped {

    /** Recorded on time, or with no deadline in the daerah's jadwal (as every event before the jadwal existed). */
    public RealisasiAnggaranCorrected(PerjanjianKinerjaId pk, String subKegiatanCode, Periode month, Rupiah amount,
                                      Rupiah previous, String reason) {
        this(pk, subKegiatanCode, month, amount, previous, reason, null);
    }

    @Override
    public TenantId tenant() {
        return pk.opd().tenant();
    }
}
