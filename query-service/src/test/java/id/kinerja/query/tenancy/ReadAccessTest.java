package id.kinerja.query.tenancy;

import id.kinerja.api.common.TenantId;
import id.kinerja.api.indikator.Polarity;
import id.kinerja.api.pemda.JenisDaerah;
import id.kinerja.api.pemda.PemerintahDaerahRegistered;
import id.kinerja.embedded.DevIssuer;
import id.kinerja.query.support.ReadModelTest;
import id.kinerja.query.support.SmallPk;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may read what (docs/security.md): a daerah's own staff, its province's viewers and the auditors granted it;
 * not another daerah's staff, not the platform admin, not an anonymous caller. Replays are for auditors and admins.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadAccessTest extends ReadModelTest {

    private static final String PK = "/api/tenants/51.07/opd/akses-dinas/pk/2024";
    private final SmallPk gianyar = new SmallPk("51.07", "akses-dinas", 2024, Instant.parse("2024-01-10T00:00:00Z"));

    @BeforeAll
    void aPk() {
        publishAndWait(gianyar.start("Kabupaten Gianyar", List.of(SmallPk.sasaran("S1", "Meningkatnya koperasi sehat",
                        SmallPk.indicator("IKU-1", "Koperasi sehat", Polarity.HIGHER_IS_BETTER))))
                .add(gianyar.program("S1", "P01", "Program Pengawasan dan Pemeriksaan Koperasi"))
                .addAll(gianyar.budgetLine("P01", "P01.K1.S1", 100_000_000L))
                .add(gianyar.target("IKU-1", "7")).add(gianyar.signed())
                .add(new PemerintahDaerahRegistered(TenantId.of("51"), "Provinsi Bali", JenisDaerah.PROVINSI))
                .envelopes());
    }

    @Test
    void the_daerahs_own_staff_its_province_and_its_auditor_read_it() {
        for (DevIssuer.Identity reader : List.of(
                user("VERIFIKATOR", "51.07", null, List.of()),
                user("OPERATOR_OPD", "51.07", "dinas-lain", List.of()),
                user("PENINJAU_PROVINSI", "51", null, List.of()),
                user("AUDITOR", null, null, List.of("51.07")))) {
            assertThat(get(PK + "/capaian", reader).getStatusCode().value()).as(reader.username()).isEqualTo(200);
        }
        assertThat(get("/api/provinsi/51/rekap/2024", user("PENINJAU_PROVINSI", "51", null, List.of()))
                .getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void everyone_else_is_refused_with_a_problem() {
        for (DevIssuer.Identity outsider : List.of(
                user("VERIFIKATOR", "51.03", null, List.of()),
                user("OPERATOR_OPD", "73.25", "akses-dinas", List.of()),
                user("PENINJAU_PROVINSI", "73", null, List.of()),
                user("AUDITOR", null, null, List.of("35")),
                user("ADMIN_PLATFORM", null, null, List.of()))) {
            for (String path : List.of(PK, PK + "/capaian", PK + "/anggaran", PK + "/revisi", PK + "/selisih",
                    PK + "/narasi")) {
                ResponseEntity<String> refused = get(path, outsider);
                assertThat(refused.getStatusCode().value()).as(outsider.username() + " " + path).isEqualTo(403);
                assertThat(refused.getBody()).contains("\"rule\":\"forbidden\"");
            }
        }
        assertThat(get("/api/provinsi/51/rekap/2024", user("VERIFIKATOR", "51.07", null, List.of()))
                .getStatusCode().value()).as("a kabupaten's staff does not see its neighbours").isEqualTo(403);
        HttpHeaders none = new HttpHeaders();
        none.setBearerAuth("tidak-sah");
        assertThat(http.exchange(PK, HttpMethod.GET, new HttpEntity<>(none), String.class).getStatusCode().value())
                .isEqualTo(401);
    }

    @Test
    void a_replay_is_for_the_auditor_of_the_daerah_or_the_admin() {
        assertThat(post("/api/replay/51.07", user("OPERATOR_OPD", "51.07", "akses-dinas", List.of()))
                .getStatusCode().value()).isEqualTo(403);
        assertThat(post("/api/replay", user("AUDITOR", null, null, List.of("51.07"))).getStatusCode().value())
                .isEqualTo(403);
    }

    private ResponseEntity<String> get(String path, DevIssuer.Identity user) {
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(bearer(user)), String.class);
    }

    private ResponseEntity<String> post(String path, DevIssuer.Identity user) {
        return http.exchange(path, HttpMethod.POST, new HttpEntity<>(bearer(user)), String.class);
    }

    private static HttpHeaders bearer(DevIssuer.Identity user) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(DevIssuer.shared().token(user));
        return headers;
    }

    private static DevIssuer.Identity user(String role, String tenant, String opd, List<String> tenants) {
        return new DevIssuer.Identity(role.toLowerCase() + "." + tenant + "." + tenants, List.of(role), tenant, opd,
                tenants);
    }
}
