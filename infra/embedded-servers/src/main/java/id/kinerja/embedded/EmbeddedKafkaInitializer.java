package id.kinerja.embedded;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import java.util.Map;

/**
 * Points a Spring application context at the shared embedded Kafka broker, both through the platform's own
 * property ({@code kinerja.kafka.bootstrap-servers}, which switches the publisher on) and Spring Kafka's. Use it
 * from tests with {@code @ContextConfiguration(initializers = EmbeddedKafkaInitializer.class)}; the broker is
 * shared by the JVM, so give each test its own topic name.
 */
public class EmbeddedKafkaInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String servers = EmbeddedKafkaServer.shared().bootstrapServers();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("embedded-kafka", Map.of(
                "kinerja.kafka.bootstrap-servers", servers,
                "spring.kafka.bootstrap-servers", servers)));
    }
}
