package id.kinerja.query.verifikasi;

import id.kinerja.api.EventEnvelope;
import id.kinerja.api.verifikasi.VerifikasiRecorded;
import id.kinerja.query.consumer.Projection;
import id.kinerja.query.history.History;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;

/** A verifier's verdict per period, the latest open and the earlier ones kept with their recorded times. */
@Component
public class VerifikasiProjection implements Projection {

    private final History history;

    public VerifikasiProjection(History history) {
        this.history = history;
    }

    @Override
    public void apply(Object event, EventEnvelope envelope) {
        if (event instanceof VerifikasiRecorded e) {
            Map<String, Object> key = new LinkedHashMap<>();
            key.put("tenant", e.pk().opd().tenant().code());
            key.put("opd", e.pk().opd().code());
            key.put("year", e.pk().year());
            key.put("period", e.period().name());
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("hasil", e.hasil().name());
            values.put("catatan", e.catatan());
            values.put("verifier", envelope.actor());
            history.replace("verifikasi", key, values, envelope.recordedAt());
        }
    }
}
