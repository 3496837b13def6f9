package id.kinerja.reporting.web;

import com.fasterxml.jackson.databind.JsonNode;
import id.kinerja.embedded.EmbeddedPostgresInitializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Malformed, hostile and unanswerable document requests get an RFC 7807 problem naming the parameter and the
 * rule, never a stack trace, and the service stays healthy. query-service is unreachable here on purpose.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "kinerja.query.url=http://localhost:9")
@ContextConfiguration(initializers = EmbeddedPostgresInitializer.class)
class DokumenApiProblemsTest {

    private static final String PK = "/api/tenants/51.03/opd/diskopukmp/pk/2023/dokumen/";

    @Autowired
    TestRestTemplate http;

    @Test
    void bad_parameters_are_named_with_their_rule() {
        problem(PK + "surat-cinta", 400, "jenis");
        problem(PK + "perjanjian-kinerja?format=exe", 400, "format");
        problem(PK + "perjanjian-kinerja?asOf=kemarin", 400, "asOf");
        problem(PK + "perjanjian-kinerja?revisi=-1", 400, "revisi");
        problem(PK + "lkjip?sumber=peristiwa", 400, "sumber");
        problem(PK + "lkjip?sumber=%27%3B%20DROP%20TABLE%20x", 400, "sumber");
    }

    @Test
    void injection_shaped_paths_name_no_daerah() {
        problem("/api/tenants/51.03%27%20OR%201=1/opd/diskopukmp/pk/2023/dokumen/lkjip", 404, null);
        problem("/api/tenants/51.03/opd/DROP%20TABLE/pk/2023/dokumen/lkjip", 404, null);
        problem("/api/provinsi/51%3B--/rekap/2023/dokumen", 404, null);
    }

    @Test
    void an_unreachable_query_service_is_a_temporary_problem_not_a_crash() {
        ResponseEntity<JsonNode> answer = http.getForEntity(PK + "perjanjian-kinerja?format=html", JsonNode.class);
        assertThat(answer.getStatusCode().value()).isEqualTo(503);
        assertThat(answer.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(answer.getBody().toString()).doesNotContain("Exception", "at id.", "localhost:9");
        assertThat(http.getForObject("/actuator/health/liveness", String.class)).contains("UP");
    }

    private void problem(String path, int status, String field) {
        ResponseEntity<JsonNode> answer = http.getForEntity(path, JsonNode.class);
        assertThat(answer.getStatusCode().value()).as(path).isEqualTo(status);
        assertThat(answer.getHeaders().getContentType()).as(path).hasToString("application/problem+json");
        JsonNode problem = answer.getBody();
        assertThat(problem.path("detail").asText()).isNotBlank().doesNotContain("Exception");
        if (field != null) {
            assertThat(problem.path("field").asText()).isEqualTo(field);
        }
    }
}
