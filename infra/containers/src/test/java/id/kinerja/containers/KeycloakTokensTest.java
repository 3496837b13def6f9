package id.kinerja.containers;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A real Keycloak with infra/compose/keycloak/kinerja-realm.json: its access tokens carry the claims
 * docs/security.md promises (preferred_username, roles, tenant, opd, tenants), and the services, which know only the
 * issuer and its keys, act on them — the user's own daerah yes, another no, no token never.
 */
@Order(1)
class KeycloakTokensTest {

    private static ContainerPlatform platform;
    private static Keycloak keycloak;

    @BeforeAll
    static void platform() {
        platform = ContainerPlatform.get();
        keycloak = platform.keycloak();
        BadungOnContainers.ensure(platform);
    }

    @Test
    void tokens_carry_the_promised_claims() {
        JsonNode operator = Keycloak.claims(keycloak.token("operator.badung"));
        assertThat(operator.path("iss").asText()).isEqualTo("http://keycloak:8080/realms/kinerja");
        assertThat(operator.path("preferred_username").asText()).isEqualTo("operator.badung");
        assertThat(operator.path("roles").toString()).contains("OPERATOR_OPD").doesNotContain("KEPALA_DINAS");
        assertThat(operator.path("tenant").asText()).isEqualTo("51.03");
        assertThat(operator.path("opd").asText()).isEqualTo("diskopukmp");

        JsonNode auditor = Keycloak.claims(keycloak.token("auditor"));
        assertThat(auditor.path("roles").toString()).contains("AUDITOR");
        assertThat(auditor.path("tenants")).extracting(JsonNode::asText).containsExactlyInAnyOrder("51", "35", "73");
        assertThat(auditor.has("tenant")).isFalse();
    }

    @Test
    void the_operator_records_a_realisasi_of_their_own_opd_and_nothing_of_another_daerah() {
        String operator = keycloak.token("operator.badung");
        Http.Answer own = Http.send("PUT", platform.commandUrl() + BadungOnContainers.PK
                + "/realisasi/IKU-1.1/TAHUN", operator, "{\"value\": 7.50}");
        assertThat(own.status()).as(own.body()).isEqualTo(204);

        Http.Answer other = Http.send("PUT", platform.commandUrl()
                + "/api/tenants/51.08/opd/disdagperinkopukm/pk/2023/realisasi/IKU-1.1/TAHUN", operator,
                "{\"value\": 7.50}");
        assertThat(other.status()).isEqualTo(403);
        assertThat(other.json().path("rule").asText()).isEqualTo("forbidden");
        assertThat(Http.send("PUT", platform.commandUrl() + BadungOnContainers.PK + "/realisasi/IKU-1.1/TAHUN",
                null, "{\"value\": 7.50}").status()).isEqualTo(401);

        String auditor = keycloak.token("auditor");
        await().atMost(Duration.ofMinutes(1)).untilAsserted(() -> assertThat(Http.get(platform.queryUrl()
                + BadungOnContainers.PK + "/capaian?period=TAHUN", auditor).body()).contains("IKU-1.1", "7.5"));
    }

    @Test
    void the_kepala_dinas_may_not_record_and_the_admin_may_not_read_inside_a_daerah() {
        Http.Answer kadis = Http.send("PUT", platform.commandUrl() + BadungOnContainers.PK
                + "/realisasi/IKU-1.2/TAHUN", keycloak.token("kadis.badung"), "{\"value\": 80}");
        assertThat(kadis.status()).as(kadis.body()).isEqualTo(403);
        assertThat(Http.get(platform.queryUrl() + BadungOnContainers.PK, keycloak.token("admin.platform")).status())
                .isEqualTo(403);
    }

    @Test
    void the_auditor_reads_the_documents_of_a_granted_daerah() {
        Http.Answer pdf = Http.get(platform.reportingUrl() + BadungOnContainers.PK
                + "/dokumen/perjanjian-kinerja?format=html", keycloak.token("auditor"));
        assertThat(pdf.status()).as(pdf.body()).isEqualTo(200);
        assertThat(pdf.body()).contains("22.243.685.702");
    }
}
