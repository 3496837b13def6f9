package id.kinerja.query.support;

import id.kinerja.api.EventEnvelope;
import id.kinerja.embedded.DevIssuer;
import id.kinerja.embedded.DevTokens;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import static org.awaitility.Awaitility.await;

/**
 * The query service against real servers: embedded PostgreSQL (own database) and the embedded Kafka broker.
 * Test classes share one application context and therefore one database; each uses its own tenants.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = QueryServiceTestInitializer.class)
public abstract class ReadModelTest {

    @Autowired
    protected TestRestTemplate http;

    @Autowired
    protected JdbcTemplate jdbc;

    /**
     * Requests carry a dev token of a reader entitled to the daerah or province the path names; who else may read
     * is tested on its own.
     */
    @BeforeEach
    void authenticate() {
        if (http.getRestTemplate().getInterceptors().stream().noneMatch(BearerToken.class::isInstance)) {
            http.getRestTemplate().getInterceptors().add(new BearerToken());
        }
    }

    private static final class BearerToken implements ClientHttpRequestInterceptor {

        private final DevTokens tokens = new DevTokens(DevIssuer.shared(), "pembaca");

        @Override
        public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
                throws IOException {
            if (!request.getHeaders().containsKey(HttpHeaders.AUTHORIZATION)) {
                request.getHeaders().setBearerAuth(tokens.forRequest(request.getURI().getPath(), null));
            }
            return execution.execute(request, body);
        }
    }

    /** Sends the events and waits until the consumer has applied every one of them. */
    protected List<EventEnvelope> publishAndWait(List<EventEnvelope> envelopes) {
        try (EventStream stream = new EventStream()) {
            stream.send(envelopes);
        }
        awaitApplied(envelopes);
        return envelopes;
    }

    protected void awaitApplied(List<EventEnvelope> envelopes) {
        String[] ids = envelopes.stream().map(EventEnvelope::eventId).toArray(String[]::new);
        await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM processed_event WHERE event_id = ANY (?)", Long.class, (Object) ids)
                == ids.length);
    }
}
