package id.kinerja.query;

import id.kinerja.query.support.ReadModelTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;

import static org.assertj.core.api.Assertions.assertThat;

/** The service starts and is observable: health, Prometheus metrics with the projection's meters, API docs. */
@AutoConfigureObservability
class QueryServiceApplicationTest extends ReadModelTest {

    @Test
    void starts_healthy_and_exposes_metrics_and_documentation() {
        assertThat(http.getForObject("/actuator/health", String.class)).contains("\"status\":\"UP\"");
        assertThat(http.getForObject("/actuator/prometheus", String.class)).contains("jvm_memory_used_bytes",
                "kinerja_query_events_applied_total", "kinerja_query_consumer_lag",
                "kinerja_query_projection_latency_seconds");
        assertThat(http.getForObject("/v3/api-docs", String.class)).contains("/api/tenants/{tenant}/opd/{opd}/pk/{year}",
                "/api/provinsi/{provinsi}/rekap/{year}", "/api/replay/status");
    }
}
