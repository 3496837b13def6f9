package id.kinerja.query.support;

import id.kinerja.embedded.DevIssuerInitializer;
import id.kinerja.embedded.EmbeddedPostgresInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import java.util.Map;
import java.util.UUID;

/**
 * A fresh database on the embedded PostgreSQL and the embedded Kafka broker, with a consumer group of its own so
 * that contexts never split the topic's partitions between them, and tokens checked against the dev issuer.
 */
public class QueryServiceTestInitializer extends EmbeddedPostgresInitializer {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        super.initialize(context);
        new DevIssuerInitializer().initialize(context);
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("embedded-kafka", Map.of(
                "kinerja.kafka.bootstrap-servers", TestKafka.bootstrapServers(),
                "kinerja.kafka.group-id", "test-" + UUID.randomUUID(),
                // a PK's summary composed ahead half a second after its last change, not a minute (RingkasanDahuluTest)
                "kinerja.rekap.dahulu-tenang", "PT0.5S")));
    }
}
