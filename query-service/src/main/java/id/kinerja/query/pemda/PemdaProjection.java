package id.kinerja.query.pemda;

import id.kinerja.api.EventEnvelope;
import id.kinerja.api.pemda.PemerintahDaerahRegistered;
import id.kinerja.api.pemda.PerangkatDaerahRegistered;
import id.kinerja.query.consumer.Projection;
import id.kinerja.query.history.History;
import org.springframework.stereotype.Component;

import java.util.Map;

/** Tenants (pemerintah daerah, with the province they belong to) and their perangkat daerah. */
@Component
public class PemdaProjection implements Projection {

    private final History history;

    public PemdaProjection(History history) {
        this.history = history;
    }

    @Override
    public void apply(Object event, EventEnvelope envelope) {
        if (event instanceof PemerintahDaerahRegistered e) {
            history.replace("pemda", Map.of("tenant", e.tenant().code()), Map.of("name", e.name(),
                    "jenis", e.jenis().name(), "provinsi", e.tenant().provinsi().code()), envelope.recordedAt());
        } else if (event instanceof PerangkatDaerahRegistered e) {
            history.replace("perangkat_daerah", Map.of("tenant", e.tenant().code(), "opd", e.opd().code()),
                    Map.of("name", e.name()), envelope.recordedAt());
        }
    }
}
