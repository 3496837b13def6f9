package id.kinerja.command.web;

import id.kinerja.embedded.DevIssuerInitializer;
import id.kinerja.embedded.EmbeddedPostgresInitializer;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.ObservationFilterChainDecorator;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests are observed as a whole (their span and http.server.requests), but Spring Security's filters are not
 * each wrapped in an observation of their own: that decoration ran on every filter of every request even with its
 * observations disabled by name, 12 % of command-service's CPU under load (docs/scale.md).
 */
@AutoConfigureObservability
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = {EmbeddedPostgresInitializer.class, DevIssuerInitializer.class})
class RequestObservationTest {

    @Autowired
    ObservationRegistry observations;
    @Autowired
    FilterChainProxy securityFilters;

    @Test
    void the_security_filters_run_undecorated_while_requests_are_observed() {
        assertThat(observations.isNoop()).isFalse();
        assertThat(ReflectionTestUtils.getField(securityFilters, "filterChainDecorator"))
                .isNotInstanceOf(ObservationFilterChainDecorator.class);
    }
}
