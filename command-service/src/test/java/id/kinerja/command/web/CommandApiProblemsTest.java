package id.kinerja.command.web;

import com.fasterxml.jackson.databind.JsonNode;
import id.kinerja.embedded.DevIssuer;
import id.kinerja.embedded.DevIssuerInitializer;
import id.kinerja.embedded.EmbeddedPostgresInitializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests that are wrong before any business rule is asked: no acting user, unreadable JSON, unknown fields,
 * malformed identifiers, unknown resources. Each is a precise RFC 7807 problem and stores nothing. Uses the
 * Jawa Timur tenants (35, 35.29 Sumenep) so it never meets the Badung story sharing the database.
 */
@AutoConfigureObservability
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = {EmbeddedPostgresInitializer.class, DevIssuerInitializer.class})
class CommandApiProblemsTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    private Api api;

    @BeforeEach
    void connect() {
        api = new Api("http://localhost:" + port, "admin.jatim", jdbc);
    }

    @Test
    void a_request_without_a_valid_token_is_refused() {
        long before = api.eventCount();
        String body = """
                {"code": "35", "name": "Provinsi Jawa Timur", "jenis": "PROVINSI"}""";
        Api.Response none = api.send("POST", "/api/tenants", body, null);
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.json().path("rule").asText()).isEqualTo("unauthenticated");
        for (String token : List.of("not-a-jwt", forged())) {
            Api.Response refused = api.sendWithToken("POST", "/api/tenants", body, token);
            assertThat(refused.status()).as(token).isEqualTo(401);
            assertThat(refused.contentType()).startsWith("application/problem+json");
        }
        assertThat(api.eventCount()).isEqualTo(before);
    }

    /** A token signed by another issuer's key, claiming to be the platform admin. */
    private static String forged() {
        DevIssuer other = DevIssuer.start(0);
        try {
            return other.token(new DevIssuer.Identity("penyusup", List.of("ADMIN_PLATFORM"), null, null, null));
        } finally {
            other.close();
        }
    }

    @Test
    void a_kabupaten_needs_its_province_registered_first() {
        api.refused("POST", "/api/tenants", """
                {"code": "36.01", "name": "Kabupaten Pandeglang", "jenis": "KABUPATEN"}""",
                422, "provinsi-unregistered", "code");
    }

    @Test
    void a_tenant_code_is_a_kemendagri_code() {
        api.refused("POST", "/api/tenants", """
                {"code": "jatim", "name": "Provinsi Jawa Timur", "jenis": "PROVINSI"}""", 400, "malformed", "code");
        api.refused("POST", "/api/tenants", """
                {"code": "35.29", "name": "Kabupaten Sumenep", "jenis": "PROVINSI"}""",
                422, "provinsi-unregistered", "code");
    }

    @Test
    void registering_a_tenant_twice_is_a_conflict() {
        assertThat(api.send("POST", "/api/tenants", """
                {"code": "35", "name": "Provinsi Jawa Timur", "jenis": "PROVINSI"}""").status()).isIn(201, 409);
        api.refused("POST", "/api/tenants", """
                {"code": "35", "name": "Provinsi Jawa Timur", "jenis": "PROVINSI"}""", 409, "already-exists", "code");
    }

    @Test
    void a_renstra_and_a_pk_are_made_for_a_registered_perangkat_daerah_within_the_period() {
        registerSumenep();
        String opd = "/api/tenants/35.29/opd/diskopumkp";
        api.refused("POST", "/api/tenants/35.29/opd/bappeda/renstra", """
                {"firstYear": 2021, "lastYear": 2026}""", 422, "opd-unregistered", "opd");
        api.refused("POST", opd + "/renstra", """
                {"firstYear": 2021, "lastYear": 2027}""", 422, "period-length", "lastYear");
        api.refused("POST", opd + "/renstra", """
                {"firstYear": 2026, "lastYear": 2021}""", 422, "period-order", "lastYear");
        assertThat(api.send("POST", opd + "/renstra", """
                {"firstYear": 2021, "lastYear": 2026}""").status()).isIn(201, 409);
        api.refused("POST", opd + "/pk", """
                {"year": 2023, "renstraPeriod": "2021-2026"}""", 422, "renstra-empty", "renstra");
        api.refused("POST", opd + "/pk", """
                {"year": 2023, "renstraPeriod": "2016-2021"}""", 422, "year-outside-period", "year");
    }

    @Test
    void a_tenant_code_matches_its_kind() {
        api.refused("POST", "/api/tenants", """
                {"code": "35", "name": "Kabupaten Sumenep", "jenis": "KABUPATEN"}""", 422, "kode-wilayah-jenis", "code");
    }

    private void registerSumenep() {
        assertThat(api.send("POST", "/api/tenants", """
                {"code": "35", "name": "Provinsi Jawa Timur", "jenis": "PROVINSI"}""").status()).isIn(201, 409);
        assertThat(api.send("POST", "/api/tenants", """
                {"code": "35.29", "name": "Kabupaten Sumenep", "jenis": "KABUPATEN"}""").status()).isIn(201, 409);
        assertThat(api.send("POST", "/api/tenants/35.29/opd", """
                {"code": "diskopumkp", "name": "Dinas Koperasi, UKM, Perindustrian dan Perdagangan"}""").status())
                .isIn(201, 409);
    }

    @Test
    void unreadable_values_say_what_was_expected_without_naming_a_class() {
        JsonNode list = api.refused("PUT", "/api/tenants/35.29/opd/diskop/pk/2023/realisasi/IKU-1/TAHUN",
                "[]", 400, "malformed", null);
        assertThat(list.path("detail").asText()).isEqualTo("badan permintaan harus objek JSON dengan isian value, "
                + "pendingReason, components, statedValue");
        JsonNode value = api.refused("PUT", "/api/tenants/35.29/opd/diskop/pk/2023/realisasi/IKU-1/TAHUN",
                "{\"value\": [1]}", 400, "malformed", "value");
        assertThat(value.path("detail").asText()).startsWith("nilai untuk 'value' harus angka");
        JsonNode plan = api.refused("PUT", "/api/tenants/35.29/opd/diskop/pk/2023/rencana-aksi/IKU-1",
                "{\"targets\": {\"period\": \"TW1\"}}", 400, "malformed", "targets");
        assertThat(plan.path("detail").asText()).contains("daftar");
        for (JsonNode problem : List.of(list, value, plan)) {
            assertThat(problem.toString()).doesNotContain("id.kinerja", "java.util", "$", "Cannot deserialize");
            assertThat(problem.path("incident").asText()).isNotBlank();
        }
    }

    @Test
    void missing_and_unknown_fields_are_named() {
        JsonNode missing = api.refused("POST", "/api/tenants", """
                {"code": "34", "jenis": "PROVINSI"}""", 400, "not-blank", "name");
        assertThat(missing.path("violations")).hasSize(1);
        api.refused("POST", "/api/tenants", """
                {"code": "34", "name": "DI Yogyakarta", "jenis": "PROVINSI", "budget": 1}""",
                400, "malformed", "budget");
        api.refused("POST", "/api/tenants", """
                {"code": "34", "name": "DI Yogyakarta", "jenis": "NEGARA"}""", 400, "malformed", "jenis");
        api.refused("POST", "/api/tenants", "{\"code\": ", 400, "malformed", null);
    }

    @Test
    void malformed_path_values_are_named() {
        api.refused("PUT", "/api/tenants/35.29/opd/Dinas%20Koperasi/pk/2023/sub-kegiatan/X/pagu", """
                {"pagu": 1}""", 400, "malformed", "opd");
        api.refused("PUT", "/api/tenants/35.29/opd/diskop/pk/tahun/sub-kegiatan/X/pagu", """
                {"pagu": 1}""", 400, "malformed", "year");
        api.refused("POST", "/api/tenants/35.29/opd/diskop/renstra/2021/tujuan", """
                {"code": "T1", "name": "Tujuan", "indicators": []}""", 400, "malformed", "period");
    }

    @Test
    void commands_to_a_pk_that_does_not_exist_are_not_found() {
        api.refused("PUT", "/api/tenants/35.29/opd/diskop/pk/2023/sub-kegiatan/X/pagu", """
                {"pagu": 1}""", 404, "not-found", null);
    }

    @Test
    void unsupported_methods_and_media_types_are_problems_too() {
        api.refused("DELETE", "/api/tenants", null, 405, "method-not-allowed", null);
        api.refused("GET", "/api/nowhere", null, 404, "not-found", null);
        long before = api.eventCount();
        var form = api.sendBytes("POST", "/api/tenants", "text/plain", "code=35".getBytes());
        assertThat(form.statusCode()).isEqualTo(415);
        assertThat(new String(form.body())).contains("unsupported-media-type", "application/json", "incident");
        assertThat(api.eventCount()).isEqualTo(before);
    }

    @Test
    void the_api_is_documented_and_the_service_observable() {
        assertThat(api.send("GET", "/v3/api-docs", null).body()).contains("/api/tenants/{tenant}/opd/{opd}/pk/{year}/perubahan");
        assertThat(api.send("GET", "/actuator/health", null).json().path("status").asText()).isEqualTo("UP");
        api.refused("POST", "/api/tenants", """
                {"code": "36.02", "name": "Kabupaten Lebak", "jenis": "KABUPATEN"}""", 422, "provinsi-unregistered",
                "code");
        assertThat(api.send("GET", "/actuator/prometheus", null).body()).contains("jvm_memory_used_bytes",
                "commandBus_failureTimer_seconds_count{payloadType=\"RegisterPemerintahDaerah\"}",
                "kinerja_commands_refused_total{command=\"RegisterPemerintahDaerah\",rule=\"provinsi-unregistered\"}");
    }
}
