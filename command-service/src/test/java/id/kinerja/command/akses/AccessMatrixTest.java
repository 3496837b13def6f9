package id.kinerja.command.akses;

import id.kinerja.command.buktidukung.BerkasUji;
import id.kinerja.command.impor.ImportApiTest;
import id.kinerja.command.web.Api;
import id.kinerja.embedded.DevIssuer;
import id.kinerja.embedded.DevIssuerInitializer;
import id.kinerja.embedded.EmbeddedPostgresInitializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The roles of docs/security.md over HTTP: each user may change only what their role allows, in their own daerah
 * and perangkat daerah; a refusal is a 403 problem and stores nothing — also for a line of an import file.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = {EmbeddedPostgresInitializer.class, DevIssuerInitializer.class})
class AccessMatrixTest {

    private static final String PK = "/api/tenants/51.03/opd/akses-dinas/pk/2023";
    private static final String REALISASI = PK + "/realisasi/IKU-1.1/TW2";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    private Api api;

    @BeforeEach
    void signedPk() {
        api = new Api("http://localhost:" + port, "operator.akses", jdbc);
        if (jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?", Long.class,
                "51.03/akses-dinas/pk/2023") == 0) {
            Api.Response imported = api.send("POST", "/api/import", ImportApiTest.FILE.replace("impor-diskop",
                    "akses-dinas"));
            assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        }
    }

    @Test
    void only_the_operator_of_the_perangkat_daerah_records_its_realisasi() {
        String body = "{\"value\": 7.10}";
        for (DevIssuer.Identity outsider : List.of(
                user("OPERATOR_OPD", "51.03", "dinas-lain"),
                user("OPERATOR_OPD", "51.08", "akses-dinas"),
                user("VERIFIKATOR", "51.03", null),
                user("KEPALA_DINAS", "51.03", "akses-dinas"),
                new DevIssuer.Identity("auditor", List.of("AUDITOR"), null, null, List.of("51")),
                user("ADMIN_PLATFORM", null, null))) {
            refused("PUT", REALISASI, body, outsider);
        }
        Api.Response allowed = api.sendWithToken("PUT", REALISASI, body, token(user("OPERATOR_OPD", "51.03",
                "akses-dinas")));
        assertThat(allowed.status()).as(allowed.body()).isEqualTo(204);
    }

    @Test
    void the_reporting_cycle_follows_the_matrix() {
        DevIssuer.Identity operator = user("OPERATOR_OPD", "51.03", "akses-dinas");
        DevIssuer.Identity verifier = user("VERIFIKATOR", "51.03", null);
        DevIssuer.Identity otherOperator = user("OPERATOR_OPD", "51.03", "dinas-lain");
        DevIssuer.Identity kepalaDinas = user("KEPALA_DINAS", "51.03", "akses-dinas");

        String kendala = PK + "/kendala/IKU-1.1/TW1";
        String body = "{\"kendala\": \"Koperasi belum menyerahkan laporan RAT\", \"tindakLanjut\": \"Pendampingan RAT\"}";
        for (DevIssuer.Identity outsider : List.of(otherOperator, verifier, kepalaDinas)) {
            refused("PUT", kendala, body, outsider);
        }
        allowed("PUT", kendala, body, operator);

        String bukti = PK + "/realisasi/IKU-1.1/TW1/bukti-dukung";
        byte[] pdf = BerkasUji.pdf("Berita acara pemeriksaan koperasi");
        for (DevIssuer.Identity outsider : List.of(otherOperator, verifier)) {
            Api.Response response = api.uploadWithToken(bukti, "berita-acara.pdf", pdf, token(outsider));
            assertThat(response.status()).as(response.body()).isEqualTo(403);
        }
        Api.Response uploaded = api.uploadWithToken(bukti, "berita-acara.pdf", pdf, token(operator));
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);

        String ajukan = PK + "/periode/TW1/ajukan";
        for (DevIssuer.Identity outsider : List.of(otherOperator, verifier, kepalaDinas)) {
            refused("POST", ajukan, "{}", outsider);
        }
        allowed("POST", ajukan, "{}", operator);

        String verdict = PK + "/verifikasi/TW1";
        String verified = "{\"hasil\": \"TERVERIFIKASI\"}";
        for (DevIssuer.Identity outsider : List.of(operator, user("VERIFIKATOR", "51.08", null),
                user("KEPALA_DAERAH", "51.03", null))) {
            refused("PUT", verdict, verified, outsider);
        }
        allowed("PUT", verdict, verified, verifier);

        String reopen = PK + "/periode/TW1/buka-kembali";
        String reason = "{\"alasan\": \"Temuan Inspektorat atas laporan RAT\"}";
        for (DevIssuer.Identity outsider : List.of(operator, kepalaDinas, user("VERIFIKATOR", "51.08", null))) {
            refused("POST", reopen, reason, outsider);
        }
        allowed("POST", reopen, reason, user("KEPALA_DAERAH", "51.03", null));
    }

    @Test
    void the_verifier_keeps_the_daerahs_schedule() {
        String jadwal = "/api/tenants/51.03/jadwal/2022";
        String body = "{\"hariKe\": 10}";
        for (DevIssuer.Identity outsider : List.of(user("OPERATOR_OPD", "51.03", "akses-dinas"),
                user("KEPALA_DAERAH", "51.03", null), user("VERIFIKATOR", "51.08", null))) {
            refused("PUT", jadwal, body, outsider);
        }
        allowed("PUT", jadwal, body, user("VERIFIKATOR", "51.03", null));
        refused("POST", jadwal + "/tutup/JAN", null, user("OPERATOR_OPD", "51.03", "akses-dinas"));
        allowed("POST", jadwal + "/tutup/JAN", null, user("VERIFIKATOR", "51.03", null));
    }

    @Test
    void the_platform_admin_registers_daerah_but_nothing_inside_them() {
        refused("POST", "/api/tenants/51.03/opd", "{\"code\": \"dinas-baru\", \"name\": \"Dinas Baru\"}",
                user("OPERATOR_OPD", "51.03", "akses-dinas"));
        Api.Response registered = api.sendWithToken("POST", "/api/tenants/51.03/opd",
                "{\"code\": \"dinas-baru-admin\", \"name\": \"Dinas Baru\"}", token(user("ADMIN_PLATFORM", null, null)));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
    }

    @Test
    void an_import_is_authorized_line_by_line_and_a_refused_line_stores_nothing() {
        String file = ImportApiTest.FILE.replace("impor-diskop", "akses-impor");
        if (jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE payload::text LIKE '%akses-impor%'",
                Long.class) == 0) {
            Api.Response registered = api.sendWithToken("POST", "/api/tenants/51.03/opd",
                    "{\"code\": \"akses-impor\", \"name\": \"Dinas Impor\"}", token(user("ADMIN_PLATFORM", null, null)));
            assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        }
        long before = api.eventCount();
        Api.Response refused = api.sendWithToken("POST", "/api/import", file,
                token(user("OPERATOR_OPD", "51.03", "akses-impor")));
        assertThat(refused.status()).as(refused.body()).isEqualTo(403);
        assertThat(refused.json().path("rule").asText()).isEqualTo("forbidden");
        assertThat(refused.json().path("path").asText()).as("the operator may not sign").isEqualTo("pk.signed");
        assertThat(api.eventCount()).isEqualTo(before);
    }

    private void allowed(String method, String path, String body, DevIssuer.Identity user) {
        Api.Response response = api.sendWithToken(method, path, body, token(user));
        assertThat(response.status()).as(user + ": " + response.body()).isEqualTo(204);
    }

    private void refused(String method, String path, String body, DevIssuer.Identity user) {
        long before = api.eventCount();
        Api.Response response = api.sendWithToken(method, path, body, token(user));
        assertThat(response.status()).as(user + ": " + response.body()).isEqualTo(403);
        assertThat(response.json().path("rule").asText()).isEqualTo("forbidden");
        assertThat(response.json().path("detail").asText()).doesNotContain("Exception");
        assertThat(api.eventCount()).isEqualTo(before);
    }

    private static DevIssuer.Identity user(String role, String tenant, String opd) {
        return new DevIssuer.Identity(role.toLowerCase() + "." + tenant + "." + opd, List.of(role), tenant, opd, null);
    }

    private static String token(DevIssuer.Identity user) {
        return DevIssuer.shared().token(user);
    }
}
