package id.kinerja.query.riwayat;

import id.kinerja.api.EventEnvelope;
import id.kinerja.query.consumer.Projection;
import id.kinerja.query.history.History;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Lists every change of a tenant's aggregates as it was recorded: when, by whom, what and why. */
@Component
public class RiwayatProjection implements Projection {

    private final JdbcTemplate jdbc;

    public RiwayatProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void apply(Object event, EventEnvelope envelope) {
        if (envelope.tenant() == null || envelope.aggregateId() == null) {
            return;
        }
        Uraian uraian = Uraian.of(event);
        jdbc.update("""
                INSERT INTO riwayat (tenant, aggregate_id, global_index, recorded_at, actor, jenis, ringkasan, alasan)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", envelope.tenant(), envelope.aggregateId(), envelope.globalIndex(),
                History.timestamp(envelope.recordedAt()), envelope.actor(), uraian.jenis(), uraian.ringkasan(),
                uraian.alasan());
    }
}
