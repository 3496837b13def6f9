package id.kinerja.query.support;

import id.kinerja.api.EventEnvelope;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

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
