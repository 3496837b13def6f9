package id.kinerja.portal;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Kinerja Portal: the web application of SAKIP work. A backend for the browser — it signs the user in with OpenID
 * Connect, keeps their access token in the server-side session, reads query-service and reporting-service and sends
 * commands to command-service on their behalf. It decides nothing itself: every figure and every refusal comes
 * from the services.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PortalApplication {

    public static void main(String[] args) {
        SpringApplication.run(PortalApplication.class, args);
    }
}
