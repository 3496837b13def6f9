package id.kinerja.command.integrity;

import com.fasterxml.jackson.databind.JsonNode;
import id.kinerja.command.web.Api;
import id.kinerja.embedded.DevIssuerInitializer;
import id.kinerja.embedded.EmbeddedPostgresInitializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Luwu Timur's history (73.25) is chained as it is written; someone with database access edits one stored event
 * directly, and the check names exactly that link.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = {EmbeddedPostgresInitializer.class, DevIssuerInitializer.class})
class EventChainTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void an_event_edited_in_the_database_breaks_the_chain_at_that_event() {
        Api api = new Api("http://localhost:" + port, "admin.sulsel", jdbc);
        assertThat(api.send("POST", "/api/tenants", """
                {"code": "73", "name": "Provinsi Sulawesi Selatan", "jenis": "PROVINSI"}""").status()).isEqualTo(201);
        assertThat(api.send("POST", "/api/tenants", """
                {"code": "73.25", "name": "Kabupaten Luwu Timur", "jenis": "KABUPATEN"}""").status()).isEqualTo(201);
        for (String opd : new String[]{"disdagkop", "bappeda", "inspektorat"}) {
            assertThat(api.send("POST", "/api/tenants/73.25/opd", """
                    {"code": "%s", "name": "Perangkat daerah %s"}""".formatted(opd, opd)).status()).isEqualTo(201);
        }

        JsonNode intact = api.send("GET", "/api/tenants/73.25/integritas", null).json();
        assertThat(intact.path("intact").asBoolean()).isTrue();
        assertThat(intact.path("links").asLong()).isEqualTo(4);

        Long bappeda = jdbc.queryForObject("SELECT global_index FROM domain_event_entry WHERE aggregate_identifier = "
                + "'73.25' AND convert_from(payload, 'UTF8') LIKE '%bappeda%'", Long.class);
        jdbc.update("UPDATE domain_event_entry SET payload = convert_to(replace(convert_from(payload, 'UTF8'), "
                + "'Perangkat daerah bappeda', 'Badan Perencanaan'), 'UTF8') WHERE global_index = ?", bappeda);

        JsonNode broken = api.send("GET", "/api/tenants/73.25/integritas", null).json();
        assertThat(broken.path("intact").asBoolean()).isFalse();
        assertThat(broken.path("firstBroken").path("globalIndex").asLong()).isEqualTo(bappeda);
        assertThat(broken.path("firstBroken").path("position").asLong()).isEqualTo(3);
        assertThat(api.send("GET", "/api/tenants/73/integritas", null).json().path("intact").asBoolean()).isTrue();
    }
}
