package id.kinerja.api.buktidukung;

import id.kinerja.api.TenantScoped;
import id.kinerja.api.common.TenantId;
import id.kinerja.api.pk.PerjanjianKinerjaId;

/** A file was attached as bukti dukung of a realisasi or budget realisation. */
public record BuktiDukungAttached(PerjanjianKinerjaId pk, BuktiUntuk untuk, Berkas berkas) implements TenantScoped {

    @Override
    public TenantId tenant() {
        return pk.opd().tenant();
    }
}
