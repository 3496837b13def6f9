package id.kinerja.api.kendala;

import id.kinerja.api.TenantScoped;
import id.kinerja.api.common.Periode;
import id.kinerja.api.common.TenantId;
import id.kinerja.api.pk.PerjanjianKinerjaId;

/** An indicator's kendala and tindak lanjut for a period were recorded. */
public record KendalaRecorded(PerjanjianKinerjaId pk, String indicatorCode, Periode period, String kendala,
                              String tindakLanjut) implements TenantScoped {

    @Override
    public TenantId tenant() {
        return pk.opd().tenant();
    }
}
