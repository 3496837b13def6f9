package id.kinerja.command.web;

import id.kinerja.embedded.DevIssuerInitializer;
import id.kinerja.embedded.EmbeddedPostgresInitializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Input meant to hurt: oversized, deeply nested, absurd numbers, injection-shaped text, broken encodings. Each is
 * refused as a problem without internals (or, for text, stored as the plain data it is), nothing is half-written,
 * and the service stays healthy. Uses Sulawesi Selatan's codes (73) so it meets no other test's tenants.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = {EmbeddedPostgresInitializer.class, DevIssuerInitializer.class})
class HostileInputTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    private Api api;

    @BeforeEach
    void connect() {
        api = new Api("http://localhost:" + port, "penguji", jdbc);
    }

    @Test
    void an_oversized_body_is_refused_before_it_is_read() {
        String huge = "{\"code\": \"76\", \"name\": \"" + "x".repeat(2 * 1024 * 1024) + "\", \"jenis\": \"PROVINSI\"}";
        api.refused("POST", "/api/tenants", huge, 413, "too-large", null);
        String hugeImport = "format: kinerja-import/1\nsource: \"" + "y".repeat(6 * 1024 * 1024) + "\"\n";
        api.refused("POST", "/api/import", hugeImport, 413, "too-large", null);
        assertHealthy();
    }

    @Test
    void absurd_numbers_and_deep_nesting_are_malformed_input() {
        api.refused("PUT", "/api/tenants/73.25/opd/disdagkop/pk/2024/sub-kegiatan/X/pagu", "{\"pagu\": 1e400}",
                400, "malformed", "pagu");
        api.refused("PUT", "/api/tenants/73.25/opd/disdagkop/pk/2024/sub-kegiatan/X/pagu",
                "{\"pagu\": 99999999999999999999999}", 400, "malformed", "pagu");
        api.refused("POST", "/api/tenants", "[".repeat(5000) + "]".repeat(5000), 400, "malformed", null);
        api.refused("POST", "/api/import", "a: &a [\"x\",\"x\"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\n"
                + "c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n"
                + "e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: [*e,*e,*e,*e,*e,*e,*e,*e,*e]\n", 400, "malformed", null);
        assertHealthy();
    }

    @Test
    void injection_shaped_text_is_plain_data_and_path_tricks_are_malformed() {
        long before = api.eventCount();
        Api.Response registered = api.send("POST", "/api/tenants", """
                {"code": "74", "name": "Sulawesi Tenggara'); DROP TABLE domain_event_entry; --<script>", "jenis": "PROVINSI"}""");
        assertThat(registered.status()).isIn(201, 409);
        assertThat(api.eventCount()).isGreaterThanOrEqualTo(before);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class)).isPositive();
        api.refused("POST", "/api/tenants/74/opd", """
                {"code": "../../etc/passwd", "name": "Dinas"}""", 422, "code-format", "code");
        // An encoded slash is refused by the servlet container itself, before the API: a problem all the same.
        long stored = api.eventCount();
        Api.Response traversal = api.send("PUT", "/api/tenants/74%2F..%2F51/opd/x/pk/2024/sub-kegiatan/X/pagu",
                "{\"pagu\": 1}");
        assertThat(traversal.status()).isEqualTo(400);
        assertThat(traversal.contentType()).startsWith("application/problem+json");
        assertThat(traversal.json().path("rule").asText()).isEqualTo("malformed");
        assertThat(traversal.body()).doesNotContain("Tomcat").doesNotContain("Exception").doesNotContain("<html");
        assertThat(api.eventCount()).isEqualTo(stored);
        assertHealthy();
    }

    @Test
    void a_broken_encoding_is_refused() {
        long before = api.eventCount();
        var response = api.sendBytes("POST", "/api/tenants", "application/json",
                new byte[]{'{', '"', 'c', 'o', 'd', 'e', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'});
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(new String(response.body())).doesNotContain("Exception").doesNotContain("at org.");
        assertThat(api.eventCount()).isEqualTo(before);
        assertHealthy();
    }

    @Test
    void the_template_of_a_pk_that_does_not_exist_is_a_problem_not_a_500() {
        Api.Response missing = api.send("GET", "/api/tenants/73.25/opd/99999999999999999999/pk/2024/templat.xlsx", null);
        assertThat(missing.status()).as(missing.body()).isEqualTo(404);
        assertThat(missing.contentType()).startsWith("application/problem+json");
        assertHealthy();
    }

    private void assertHealthy() {
        assertThat(api.send("GET", "/actuator/health", null).json().path("status").asText()).isEqualTo("UP");
    }
}
