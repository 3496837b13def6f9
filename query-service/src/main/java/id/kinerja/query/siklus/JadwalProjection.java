package id.kinerja.query.siklus;

import id.kinerja.api.EventEnvelope;
import id.kinerja.api.jadwal.JadwalSet;
import id.kinerja.api.jadwal.PeriodeClosed;
import id.kinerja.api.jadwal.Tenggat;
import id.kinerja.query.consumer.Projection;
import id.kinerja.query.history.History;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A daerah's schedule per year: a new schedule replaces the whole year's rows (closed periods keep their closure,
 * whose dates the rules never let change); a closure replaces its period's row.
 */
@Component
public class JadwalProjection implements Projection {

    private final History history;
    private final JdbcTemplate jdbc;

    public JadwalProjection(History history, JdbcTemplate jdbc) {
        this.history = history;
        this.jdbc = jdbc;
    }

    @Override
    public void apply(Object event, EventEnvelope envelope) {
        Instant at = envelope.recordedAt();
        if (event instanceof JadwalSet e) {
            String tenant = e.jadwal().tenant().code();
            int year = e.jadwal().year();
            history.flush(); // the batch's rows so far, so a closing earlier in it is seen
            List<Map<String, Object>> closed = jdbc.queryForList("SELECT period, ditutup_pada, ditutup_oleh FROM jadwal"
                    + " WHERE tenant = ? AND year = ? AND recorded_to IS NULL AND ditutup_pada IS NOT NULL", tenant, year);
            history.close("jadwal", key(tenant, year), at);
            for (Tenggat tenggat : e.tenggat()) {
                Map<String, Object> row = key(tenant, year);
                row.put("period", tenggat.period().name());
                row.put("tenggat", tenggat.tanggal());
                closed.stream().filter(c -> tenggat.period().name().equals(c.get("period"))).findFirst()
                        .ifPresent(c -> {
                            row.put("ditutup_pada", c.get("ditutup_pada"));
                            row.put("ditutup_oleh", c.get("ditutup_oleh"));
                        });
                history.open("jadwal", row, at);
            }
        } else if (event instanceof PeriodeClosed e) {
            Map<String, Object> key = key(e.jadwal().tenant().code(), e.jadwal().year());
            key.put("period", e.period().name());
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("tenggat", e.tenggat());
            values.put("ditutup_pada", History.timestamp(at));
            values.put("ditutup_oleh", envelope.actor());
            history.replace("jadwal", key, values, at);
        }
    }

    private static Map<String, Object> key(String tenant, int year) {
        Map<String, Object> key = new LinkedHashMap<>();
        key.put("tenant", tenant);
        key.put("year", year);
        return key;
    }
}
