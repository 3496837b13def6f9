package id.kinerja.query.pemda;

import id.kinerja.api.common.OpdId;
import id.kinerja.api.common.TenantId;
import id.kinerja.api.pemda.JenisDaerah;
import id.kinerja.query.consumer.Projection;
import id.kinerja.query.history.History;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Map;

/** Tenants (pemerintah daerah, with the province they belong to) and their perangkat daerah. */
@Component
public class PemdaProjection implements Projection {

    private final History history;

    public PemdaProjection(History history) {
        this.history = history;
    }

    @Override
    public void pemda(TenantId tenant, String name, JenisDaerah jenis, Instant at) {
        history.replace("pemda", Map.of("tenant", tenant.code()), Map.of("name", name, "jenis", jenis.name(),
                "provinsi", tenant.provinsi().code()), at);
    }

    @Override
    public void perangkatDaerah(OpdId opd, String name, Instant at) {
        history.replace("perangkat_daerah", Map.of("tenant", opd.tenant().code(), "opd", opd.code()),
                Map.of("name", name), at);
    }
}
