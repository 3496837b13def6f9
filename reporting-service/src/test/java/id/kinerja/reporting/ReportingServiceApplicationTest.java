package id.kinerja.reporting;

import id.kinerja.embedded.DevIssuerInitializer;
import id.kinerja.embedded.EmbeddedPostgresInitializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/** The service starts and is observable: health for the launcher, Prometheus metrics for monitoring. */
@AutoConfigureObservability
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "kinerja.query.url=http://localhost:9")
@ContextConfiguration(initializers = {EmbeddedPostgresInitializer.class, DevIssuerInitializer.class})
class ReportingServiceApplicationTest {

    @Autowired
    TestRestTemplate http;

    @Test
    void starts_healthy_and_exposes_metrics() {
        assertThat(http.getForObject("/actuator/health", String.class)).contains("\"status\":\"UP\"");
        assertThat(http.getForObject("/actuator/prometheus", String.class)).contains("jvm_memory_used_bytes");
    }
}
