package id.kinerja.api.rencanaaksi;

import id.kinerja.api.TenantScoped;
import id.kinerja.api.common.TenantId;
import id.kinerja.api.pk.PerjanjianKinerjaId;

import java.util.List;

/**
 * An indicator's Rencana Aksi was set, agreeing with the annual target of PK revision basedOnRevision.
 */
public record RencanaAksiSet(PerjanjianKinerjaId pk,
                             String indicatorCode,
                             List<PeriodTarget> targets,
                             String responsible,
                             String reason,
                             int basedOnRevision) implements TenantScoped {

    @Override
    public TenantId tenant() {
        return pk.opd().tenant();
    }
}
