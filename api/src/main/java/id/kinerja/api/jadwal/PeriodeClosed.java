package id.kinerja.api.jadwal;

import id.kinerja.api.TenantScoped;
import id.kinerja.api.common.Periode;
import id.kinerja.api.common.TenantId;

import java.time.LocalDate;

/** A period was closed for the whole daerah after its deadline {@code tenggat}. */
public record PeriodeClosed(JadwalId jadwal, Periode period, LocalDate tenggat) implements TenantScoped {

    @Override
    public TenantId tenant() {
        return jadwal.tenant();
    }
}
