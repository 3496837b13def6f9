package id.kinerja.api.buktidukung;

import id.kinerja.api.TenantScoped;
import id.kinerja.api.common.TenantId;
import id.kinerja.api.pk.PerjanjianKinerjaId;

/** A bukti dukung was taken off; the event names the file it was, as the attachment did. */
public record BuktiDukungRemoved(PerjanjianKinerjaId pk, BuktiUntuk untuk, Berkas berkas, String alasan)
        implements TenantScoped {

    @Override
    public TenantId tenant() {
        return pk.opd().tenant();
    }
}
