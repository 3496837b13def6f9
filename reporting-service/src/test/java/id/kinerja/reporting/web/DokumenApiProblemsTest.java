package id.kinerja.reporting.web;

import com.fasterxml.jackson.databind.JsonNode;
import id.kinerja.embedded.DevIssuer;
import id.kinerja.embedded.DevIssuerInitializer;
import id.kinerja.embedded.DevTokens;
import id.kinerja.embedded.EmbeddedPostgresInitializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ContextConfiguration;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Malformed, hostile, unauthorized and unanswerable document requests get an RFC 7807 problem naming the parameter
 * and the rule, never a stack trace, and the service stays healthy. query-service is unreachable here on purpose.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "kinerja.query.url=http://localhost:9")
@ContextConfiguration(initializers = {EmbeddedPostgresInitializer.class, DevIssuerInitializer.class})
class DokumenApiProblemsTest {

    private static final String PK = "/api/tenants/51.03/opd/diskopukmp/pk/2023/dokumen/";

    @Autowired
    TestRestTemplate http;

    @BeforeEach
    void asAReaderOfTheDaerah() {
        DevTokens tokens = new DevTokens(DevIssuer.shared(), "pembaca");
        http.getRestTemplate().setInterceptors(List.of((request, body, execution) -> {
            if (!request.getHeaders().containsKey(HttpHeaders.AUTHORIZATION)) {
                request.getHeaders().setBearerAuth(tokens.forRequest(request.getURI().getPath(), null));
            }
            return execution.execute(request, body);
        }));
    }

    @Test
    void bad_parameters_are_named_with_their_rule() {
        problem(PK + "surat-cinta", 400, "jenis");
        problem(PK + "perjanjian-kinerja?format=exe", 400, "format");
        problem(PK + "perjanjian-kinerja?asOf=kemarin", 400, "asOf");
        problem(PK + "perjanjian-kinerja?revisi=-1", 400, "revisi");
        problem(PK + "lkjip?sumber=arsip", 400, "sumber");
        problem(PK + "lkjip?sumber=%27%3B%20DROP%20TABLE%20x", 400, "sumber");
    }

    @Test
    void injection_shaped_paths_are_refused_as_malformed_or_unknown() {
        problem("/api/tenants/51.03%27%20OR%201=1/opd/diskopukmp/pk/2023/dokumen/lkjip", 400, null);
        problem("/api/tenants/51.03/opd/DROP_TABLE/pk/2023/dokumen/lkjip", 404, null);
        problem("/api/provinsi/51%3B--/rekap/2023/dokumen", 400, null);
    }

    @Test
    void another_daerahs_documents_and_anonymous_requests_are_refused() {
        HttpHeaders other = new HttpHeaders();
        other.setBearerAuth(DevIssuer.shared().token(new DevIssuer.Identity("operator.buleleng",
                List.of("OPERATOR_OPD"), "51.08", "disdagperinkopukm", null)));
        ResponseEntity<JsonNode> refused = http.exchange(PK + "perjanjian-kinerja", HttpMethod.GET,
                new HttpEntity<>(other), JsonNode.class);
        assertThat(refused.getStatusCode().value()).isEqualTo(403);
        assertThat(refused.getBody().path("rule").asText()).isEqualTo("forbidden");
        http.getRestTemplate().setInterceptors(List.of());
        assertThat(http.getForEntity(PK + "perjanjian-kinerja", String.class).getStatusCode().value()).isEqualTo(401);
    }

    @Test
    void an_unreachable_query_service_is_a_temporary_problem_not_a_crash() {
        ResponseEntity<JsonNode> answer = http.getForEntity(PK + "perjanjian-kinerja?format=html", JsonNode.class);
        assertThat(answer.getStatusCode().value()).isEqualTo(503);
        assertThat(answer.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(answer.getBody().toString()).doesNotContain("Exception", "at id.", "localhost:9");
        ResponseEntity<JsonNode> auditor = http.getForEntity(PK + "lkjip?format=html&sumber=peristiwa", JsonNode.class);
        assertThat(auditor.getStatusCode().value()).as("no event store here").isEqualTo(503);
        assertThat(auditor.getBody().toString()).doesNotContain("Exception", "domain_event_entry");
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
