package id.kinerja.command.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The title and the conventions every endpoint shares, shown on /swagger-ui.html. */
@Configuration
class ApiDocumentation {

    @Bean
    OpenAPI commandApi() {
        return new OpenAPI().info(new Info()
                .title("Kinerja command API")
                .version("v1")
                .description("""
                        Commands that change a daerah's performance plan: tenants and perangkat daerah, Renstra, \
                        Perjanjian Kinerja and PK Perubahan, Rencana Aksi, realisasi; and the reporting cycle: bukti \
                        dukung (multipart upload, at most 20 MB; downloads), kendala, submitting, verifying, \
                        reopening, the daerah's jadwal. Every request carries an access \
                        token (`Authorization: Bearer …`) whose user, roles, daerah and perangkat daerah decide what \
                        it may do (docs/security.md). Refusals are RFC 7807 problems with `rule` and `field`; a \
                        refused request stores nothing."""));
    }
}
