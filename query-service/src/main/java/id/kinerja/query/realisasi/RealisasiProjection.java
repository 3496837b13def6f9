package id.kinerja.query.realisasi;

import com.fasterxml.jackson.core.JsonProcessingException;
import id.kinerja.api.common.Nilai;
import id.kinerja.api.common.Periode;
import id.kinerja.api.pk.PerjanjianKinerjaId;
import id.kinerja.query.consumer.EnvelopeReader;
import id.kinerja.query.consumer.Projection;
import id.kinerja.query.history.History;
import id.kinerja.query.history.NilaiColumns;
import id.kinerja.rulebook.Realisasi;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

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
    public void realisasi(PerjanjianKinerjaId pk, String indicator, Periode period, Realisasi value,
                          Map<String, BigDecimal> components, String formula, Nilai stated, LocalDate lewatTenggat,
                          Instant at) {
        Map<String, Object> key = History.pkKey(pk);
        key.put("indicator_code", indicator);
        key.put("period", period.name());
        Map<String, Object> values = new LinkedHashMap<>(NilaiColumns.of("value", value.value()));
        values.put("pending_reason", value.pendingReason());
        values.put("components", json(components));
        values.put("formula", formula);
        values.put("stated_value", stated == null ? null : stated.toString());
        values.put("correction_reason", value.correctionReason());
        values.put("lewat_tenggat", lewatTenggat);
        history.replace("realisasi", key, values, at);
    }

    @Override
    public void realisasiAnggaran(PerjanjianKinerjaId pk, String subKegiatan, Periode month, long amount,
                                  String correction, LocalDate lewatTenggat, Instant at) {
        Map<String, Object> key = History.pkKey(pk);
        key.put("sub_kegiatan_code", subKegiatan);
        key.put("month", month.name());
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("amount", amount);
        values.put("correction_reason", correction);
        values.put("lewat_tenggat", lewatTenggat);
        history.replace("realisasi_anggaran", key, values, at);
    }

    private static String json(Map<String, BigDecimal> components) {
        try {
            return components == null || components.isEmpty() ? null
                    : EnvelopeReader.mapper().writeValueAsString(new TreeMap<>(components));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
