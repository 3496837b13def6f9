package id.kinerja.api.pk;

import id.kinerja.api.TenantScoped;
import id.kinerja.api.common.Signatory;
import id.kinerja.api.common.TenantId;

import java.time.LocalDate;

/**
 * The Perjanjian Kinerja was signed: revision 0, the PK induk.
 */
public record PerjanjianKinerjaSigned(PerjanjianKinerjaId pk,
                                      int revision,
                                      LocalDate signedOn,
                                      String place,
                                      Signatory pihakPertama,
                                      Signatory pihakKedua) implements TenantScoped {

    @Override
    public TenantId tenant() {
        return pk.opd().tenant();
    }
}
