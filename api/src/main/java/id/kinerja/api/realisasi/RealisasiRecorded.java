package id.kinerja.api.realisasi;

import id.kinerja.api.TenantScoped;
import id.kinerja.api.common.Nilai;
import id.kinerja.api.common.Periode;
import id.kinerja.api.common.TenantId;
import id.kinerja.api.pk.PerjanjianKinerjaId;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A realisasi was recorded; value is null while pending. formula is the id of the formula the value was computed
 * with.
 */
public record RealisasiRecorded(PerjanjianKinerjaId pk,
                                String indicatorCode,
                                Periode period,
                                Nilai value,
                                String pendingReason,
                                Map<String, BigDecimal> components,
                                String formula,
                                Nilai statedValue) implements TenantScoped {

    @Override
    public TenantId tenant() {
        return pk.opd().tenant();
    }
}
