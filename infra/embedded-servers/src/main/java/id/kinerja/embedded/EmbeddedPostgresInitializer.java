package id.kinerja.embedded;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import java.util.Map;

/**
 * Points a Spring application context at a fresh database on the shared embedded PostgreSQL server. Use it
 * from tests with {@code @ContextConfiguration(initializers = EmbeddedPostgresInitializer.class)}.
 */
public class EmbeddedPostgresInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        EmbeddedPostgresServer server = EmbeddedPostgresServer.shared();
        String url = server.createDatabase(context.getEnvironment().getProperty("spring.application.name", "test"));
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("embedded-postgres", Map.of(
                "spring.datasource.url", url,
                "spring.datasource.username", server.username(),
                "spring.datasource.password", server.password())));
    }
}
