package id.kinerja.api.realisasi;

import id.kinerja.api.TenantScoped;
import id.kinerja.api.common.Nilai;
import id.kinerja.api.common.Periode;
import id.kinerja.api.common.TenantId;
import id.kinerja.api.pk.PerjanjianKinerjaId;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * A realisasi was recorded; value is null while pending. formula is the id of the formula the value was computed
 * with. lewatTenggat is the due date in the daerah's jadwal it was recorded after (a late entry, accepted
 * but marked), null when on time.
 */
public record RealisasiRecorded(PerjanjianKinerjaId pk,
                                String indicatorCode,
                                Periode period,
                                Nilai value,
                                String pendingReason,
                                Map<String, BigDecimal> components,
                                String formula,
                                Nilai statedValue,
                                LocalDate lewatTenggat) implements TenantScoped {

    /** Recorded on time, or with no deadline in the daerah's jadwal (as every event before the jadwal existed). */
    public RealisasiRecorded(PerjanjianKinerjaId pk, String indicatorCode, Periode period, Nilai value,
                             String pendingReason, Map<String, BigDecimal> components, String formula,
                             Nilai statedValue) {
        this(pk, indicatorCode, period, value, pendingReason, components, formula, statedValue, null);
    }

    @Override
    public TenantId tenant() {
        return pk.opd().tenant();
    }
}
