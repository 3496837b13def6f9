package id.kinerja.api.dokumen;

import id.kinerja.api.TenantScoped;
import id.kinerja.api.common.Periode;
import id.kinerja.api.common.TenantId;
import id.kinerja.api.pk.PerjanjianKinerjaId;

import java.math.BigDecimal;

/** A figure as a document printed it was kept. */
public record StatedFigureRecorded(PerjanjianKinerjaId pk,
                                   FigureKind figure,
                                   String key,
                                   Periode period,
                                   Integer revision,
                                   BigDecimal value,
                                   String where) implements TenantScoped {

    @Override
    public TenantId tenant() {
        return pk.opd().tenant();
    }
}
