package id.kinerja.api.jadwal;

import id.kinerja.api.TenantScoped;
import id.kinerja.api.common.TenantId;

import java.util.List;

/** A daerah's reporting schedule for a year was set (as a whole), in period order. */
public record JadwalSet(JadwalId jadwal, List<Tenggat> tenggat) implements TenantScoped {

    @Override
    public TenantId tenant() {
        return jadwal.tenant();
    }
}
