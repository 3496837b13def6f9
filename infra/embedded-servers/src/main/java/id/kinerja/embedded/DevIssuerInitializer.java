package id.kinerja.embedded;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import java.util.Map;

/**
 * Points a Spring application context's token validation at the shared {@link DevIssuer}. Use it from tests with
 * {@code @ContextConfiguration(initializers = DevIssuerInitializer.class)}.
 */
public class DevIssuerInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        DevIssuer issuer = DevIssuer.shared();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("dev-issuer", Map.of(
                "kinerja.security.issuer", issuer.issuer(),
                "kinerja.security.jwk-set-uri", issuer.jwkSetUri())));
    }
}
