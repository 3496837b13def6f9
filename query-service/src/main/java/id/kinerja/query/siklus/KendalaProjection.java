package id.kinerja.query.siklus;

import id.kinerja.api.EventEnvelope;
import id.kinerja.api.kendala.KendalaRecorded;
import id.kinerja.query.consumer.Projection;
import id.kinerja.query.history.History;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;

/** Kendala and tindak lanjut per indicator and period; a new recording replaces the earlier one from its time. */
@Component
public class KendalaProjection implements Projection {

    private final History history;

    public KendalaProjection(History history) {
        this.history = history;
    }

    @Override
    public void apply(Object event, EventEnvelope envelope) {
        if (event instanceof KendalaRecorded e) {
            Map<String, Object> key = Keys.of(e.pk());
            key.put("indicator_code", e.indicatorCode());
            key.put("period", e.period().name());
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("kendala", e.kendala());
            values.put("tindak_lanjut", e.tindakLanjut());
            values.put("oleh", envelope.actor());
            history.replace("kendala", key, values, envelope.recordedAt());
        }
    }
}
