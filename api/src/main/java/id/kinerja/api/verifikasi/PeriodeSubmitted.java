package id.kinerja.api.verifikasi;

import id.kinerja.api.TenantScoped;
import id.kinerja.api.common.Periode;
import id.kinerja.api.common.TenantId;
import id.kinerja.api.pk.PerjanjianKinerjaId;

import java.time.LocalDate;

/**
 * A period's report was submitted to the verifier.
 *
 * @param tenggat   the period's due date in the daerah's jadwal at the time, null when it has none
 * @param terlambat whether it was submitted after that date (accepted, but marked late)
 */
public record PeriodeSubmitted(PerjanjianKinerjaId pk, Periode period, String catatan, LocalDate tenggat,
                               boolean terlambat) implements TenantScoped {

    @Override
    public TenantId tenant() {
        return pk.opd().tenant();
    }
}
