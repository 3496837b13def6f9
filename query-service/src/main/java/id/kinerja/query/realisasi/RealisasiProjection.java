package id.kinerja.query.realisasi;

import com.fasterxml.jackson.core.JsonProcessingException;
import id.kinerja.api.EventEnvelope;
import id.kinerja.api.common.Nilai;
import id.kinerja.api.common.Periode;
import id.kinerja.api.pk.PerjanjianKinerjaId;
import id.kinerja.api.realisasi.RealisasiAnggaranCorrected;
import id.kinerja.api.realisasi.RealisasiAnggaranRecorded;
import id.kinerja.api.realisasi.RealisasiCorrected;
import id.kinerja.api.realisasi.RealisasiRecorded;
import id.kinerja.query.consumer.EnvelopeReader;
import id.kinerja.query.consumer.Projection;
import id.kinerja.query.history.History;
import id.kinerja.query.history.NilaiColumns;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Realisasi per indicator and period, and realisasi anggaran per sub kegiatan and month. A correction closes the
 * value it corrects and opens the new one with its reason: the corrected value stays visible as of before. An entry
 * made after its due date keeps the date it missed.
 */
@Component
public class RealisasiProjection implements Projection {

    private final History history;

    public RealisasiProjection(History history) {
        this.history = history;
    }

    @Override
    public void apply(Object event, EventEnvelope envelope) {
        Instant at = envelope.recordedAt();
        if (event instanceof RealisasiRecorded e) {
            realisasi(e.pk(), e.indicatorCode(), e.period(), e.value(), e.pendingReason(), e.components(),
                    e.formula(), e.statedValue(), null, e.lewatTenggat(), at);
        } else if (event instanceof RealisasiCorrected e) {
            realisasi(e.pk(), e.indicatorCode(), e.period(), e.value(), e.pendingReason(), e.components(),
                    e.formula(), null, e.reason(), e.lewatTenggat(), at);
        } else if (event instanceof RealisasiAnggaranRecorded e) {
            anggaran(e.pk(), e.subKegiatanCode(), e.month(), e.amount().amount(), null, e.lewatTenggat(), at);
        } else if (event instanceof RealisasiAnggaranCorrected e) {
            anggaran(e.pk(), e.subKegiatanCode(), e.month(), e.amount().amount(), e.reason(), e.lewatTenggat(), at);
        }
    }

    private void realisasi(PerjanjianKinerjaId pk, String indicator, Periode period, Nilai value, String pending,
                           Map<String, BigDecimal> components, String formula, Nilai stated, String correction,
                           LocalDate lewatTenggat, Instant at) {
        Map<String, Object> key = key(pk);
        key.put("indicator_code", indicator);
        key.put("period", period.name());
        Map<String, Object> values = new LinkedHashMap<>(NilaiColumns.of("value", value));
        values.put("pending_reason", value == null ? pending : null);
        values.put("components", json(components));
        values.put("formula", formula);
        values.put("stated_value", stated == null ? null : stated.toString());
        values.put("correction_reason", correction);
        values.put("lewat_tenggat", lewatTenggat);
        history.replace("realisasi", key, values, at);
    }

    private void anggaran(PerjanjianKinerjaId pk, String sub, Periode month, long amount, String correction,
                          LocalDate lewatTenggat, Instant at) {
        Map<String, Object> key = key(pk);
        key.put("sub_kegiatan_code", sub);
        key.put("month", month.name());
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("amount", amount);
        values.put("correction_reason", correction);
        values.put("lewat_tenggat", lewatTenggat);
        history.replace("realisasi_anggaran", key, values, at);
    }

    private static Map<String, Object> key(PerjanjianKinerjaId pk) {
        Map<String, Object> key = new LinkedHashMap<>();
        key.put("tenant", pk.opd().tenant().code());
        key.put("opd", pk.opd().code());
        key.put("year", pk.year());
        return key;
    }

    private static String json(Map<String, BigDecimal> components) {
        try {
            return components == null || components.isEmpty() ? null
                    : EnvelopeReader.mapper().writeValueAsString(new java.util.TreeMap<>(components));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
