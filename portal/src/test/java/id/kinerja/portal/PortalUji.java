package id.kinerja.portal;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The portal against one stand-in for the services, shared by the controller tests so that they share one Spring
 * context; each test starts from Badung's PK answers and no requests. The server stops with the test JVM.
 */
@SpringBootTest
@AutoConfigureMockMvc
abstract class PortalUji {

    static final LayananPalsu SERVICES = new LayananPalsu();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(SERVICES::close));
    }

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        registry.add("kinerja.portal.command-url", SERVICES::url);
        registry.add("kinerja.portal.query-url", SERVICES::url);
        registry.add("kinerja.portal.reporting-url", SERVICES::url);
        registry.add("kinerja.portal.issuer", () -> "http://localhost:1/realms/uji");
        registry.add("spring.security.oauth2.client.registration.kinerja.client-secret", () -> "rahasia");
    }

    @Autowired
    MockMvc mvc;

    @BeforeEach
    void badung() {
        SERVICES.lupakan();
        JawabanPk.badung(SERVICES);
    }
}
