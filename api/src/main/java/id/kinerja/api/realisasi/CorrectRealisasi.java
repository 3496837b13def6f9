package id.kinerja.api.realisasi;

import id.kinerja.api.common.Nilai;
import id.kinerja.api.common.Periode;
import id.kinerja.api.pk.PerjanjianKinerjaId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Corrects a recorded realisasi, saying why; the earlier value stays in history.
 */
public record CorrectRealisasi(@TargetAggregateIdentifier PerjanjianKinerjaId pk,
                               String indicatorCode,
                               Periode period,
                               Nilai value,
                               String pendingReason,
                               Map<String, BigDecimal> components,
                               String reason) {
}
