package id.kinerja.query.replay;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * The state of the current or last replay for Prometheus: {@code kinerja.query.replay.running} (1 while one runs)
 * and {@code kinerja.query.replay.failed} (1 when the last one failed: a tenant's read models may be incomplete until
 * a replay succeeds; alerted on in infra/observability).
 */
@Component
class ReplayMetrics {

    ReplayMetrics(MeterRegistry registry, ReplayService replays) {
        Gauge.builder("kinerja.query.replay.running", replays, r -> r.status().running() ? 1 : 0)
                .description("1 while a replay rebuilds read models").register(registry);
        Gauge.builder("kinerja.query.replay.failed", replays,
                        r -> ReplayStatus.FAILED.equals(r.status().state()) ? 1 : 0)
                .description("1 when the last replay failed").register(registry);
    }
}
