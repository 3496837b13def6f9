package id.kinerja.api.pk;

import id.kinerja.api.TenantScoped;
import id.kinerja.api.common.TenantId;
import id.kinerja.api.renstra.RenstraId;
import id.kinerja.api.renstra.SasaranStrategis;
import id.kinerja.api.renstra.Tujuan;

import java.util.List;

/**
 * A Perjanjian Kinerja was drafted, with the tujuan and sasaran (and their indicators) of its Renstra as they
 * stood then.
 */
public record PerjanjianKinerjaDrafted(PerjanjianKinerjaId pk,
                                       RenstraId renstra,
                                       List<Tujuan> tujuan,
                                       List<SasaranStrategis> sasaran) implements TenantScoped {

    @Override
    public TenantId tenant() {
        return pk.opd().tenant();
    }
}
