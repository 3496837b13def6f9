package id.kinerja.query.riwayat;

import id.kinerja.api.EventEnvelope;
import id.kinerja.query.consumer.Projection;
import id.kinerja.query.history.History;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;

/** Lists every change of a tenant's aggregates as it was recorded: when, by whom, what and why. */
@Component
public class RiwayatProjection implements Projection {

    private final History history;

    public RiwayatProjection(History history) {
        this.history = history;
    }

    @Override
    public void apply(Object event, EventEnvelope envelope) {
        if (envelope.tenant() == null || envelope.aggregateId() == null) {
            return;
        }
        Uraian uraian = Uraian.of(event);
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("tenant", envelope.tenant());
        row.put("aggregate_id", envelope.aggregateId());
        row.put("global_index", envelope.globalIndex());
        row.put("recorded_at", History.timestamp(envelope.recordedAt()));
        row.put("actor", envelope.actor());
        row.put("jenis", uraian.jenis());
        row.put("ringkasan", uraian.ringkasan());
        row.put("alasan", uraian.alasan());
        history.append("riwayat", row);
    }
}
