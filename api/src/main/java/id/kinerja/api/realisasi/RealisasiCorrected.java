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
 * A realisasi was corrected: the new value (null while pending), the one it replaces, and why; lewatTenggat as in
 * {@link RealisasiRecorded}.
 */
public record RealisasiCorrected(PerjanjianKinerjaId pk,
                                 String indicatorCode,
                                 Periode period,
                                 Nilai value,
                                 String pendingReason,
                                 Map<String, BigDecimal> components,
                                 String formula,
                                 Nilai previous,
                                 String reason,
                                 LocalDate lewatTenggat) implements TenantScoped {

    /** Recorded on time, or with no deadline in the daerah's jadwal (as every event before the jadwal existed). */
    public RealisasiCorrected(PerjanjianKinerjaId pk, String indicatorCode, Periode period, Nilai value,
                              String pendingReason, Map<String, BigDecimal> components, String formula,
                              Nilai previous, String reason) {
        this(pk, indicatorCode, period, value, pendingReason, components, formula, previous, reason, null);
    }

    @Override
    public TenantId tenant() {
        return pk.opd().tenant();
    }
}
