package id.kinerja.api.realisasi;

import id.kinerja.api.TenantScoped;
import id.kinerja.api.common.Nilai;
import id.kinerja.api.common.Periode;
import id.kinerja.api.common.TenantId;
import id.kinerja.api.pk.PerjanjianKinerjaId;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A realisasi was corrected: the new value (null while pending), the one it replaces, and why.
 */
public record RealisasiCorrected(PerjanjianKinerjaId pk,
                                 String indicatorCode,
                                 Periode period,
                                 Nilai value,
                                 String pendingReason,
                                 Map<String, BigDecimal> components,
                                 String formula,
                                 Nilai previous,
                                 String reason) implements TenantScoped {

    @Override
    public TenantId tenant() {
        return pk.opd().tenant();
    }
}
