package id.kinerja.api.realisasi;

import id.kinerja.api.common.Nilai;
import id.kinerja.api.common.Periode;
import id.kinerja.api.pk.PerjanjianKinerjaId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Records what an indicator actually reached in a period: a value, or pending with the reason (e.g. waiting for
 * BPS to publish PDRB). Formula indicators give their components and the value is computed; statedValue keeps a
 * figure as printed in a source document when it differs.
 */
public record RecordRealisasi(@TargetAggregateIdentifier PerjanjianKinerjaId pk,
                              String indicatorCode,
                              Periode period,
                              Nilai value,
                              String pendingReason,
                              Map<String, BigDecimal> components,
                              Nilai statedValue) {
}
