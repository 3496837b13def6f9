package id.kinerja.command.pk;

import id.kinerja.command.impor.ImportApiTest;
import id.kinerja.command.web.Api;
import id.kinerja.embedded.DevIssuerInitializer;
import id.kinerja.embedded.EmbeddedPostgresInitializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two officers prepare a PK Perubahan against the same revision and send it at the same moment: exactly one becomes
 * the next revision, the other is a 409 naming the revision it missed — never a revision stacked unseen on the first.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = {EmbeddedPostgresInitializer.class, DevIssuerInitializer.class})
class ConcurrentPerubahanApiTest {

    private static final String OPD = "bersamaan";
    private static final String PERUBAHAN = "/api/tenants/51.03/opd/" + OPD + "/pk/2023/perubahan";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void of_two_concurrent_perubahan_on_one_revision_exactly_one_wins() throws Exception {
        Api api = new Api("http://localhost:" + port, "pemuat", jdbc);
        assertThat(api.send("POST", "/api/import", ImportApiTest.FILE.replace("impor-diskop", OPD)).status())
                .isEqualTo(201);
        CyclicBarrier together = new CyclicBarrier(2);
        List<CompletableFuture<Api.Response>> sent = List.of(8_000_000L, 9_000_000L).stream()
                .map(pagu -> CompletableFuture.supplyAsync(() -> {
                    await(together);
                    return api.send("POST", PERUBAHAN, perubahan(pagu));
                })).toList();
        List<Api.Response> answers = sent.stream().map(CompletableFuture::join).toList();

        assertThat(answers).extracting(Api.Response::status).containsExactlyInAnyOrder(204, 409);
        Api.Response refused = answers.stream().filter(a -> a.status() == 409).findFirst().orElseThrow();
        assertThat(refused.json().path("rule").asText()).isEqualTo("concurrent-change");
        assertThat(refused.json().path("field").asText()).isEqualTo("amends");
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?
                AND payload_type LIKE '%PerjanjianKinerjaAmended'""", Long.class, "51.03/" + OPD + "/pk/2023"))
                .isEqualTo(2L);
    }

    private static String perubahan(long pagu) {
        return """
                {"reason": "PERUBAHAN_PRIORITAS_ASUMSI", "explanation": "Penyesuaian kedua", "effectiveDate": "2023-10-01",
                 "signedOn": "2023-10-01", "place": "Mangupura",
                 "pihakPertama": {"name": "I Made Widiana", "position": "Kepala Dinas"},
                 "pihakKedua": {"name": "I Nyoman Giri Prasta", "position": "Bupati Badung"},
                 "pagu": [{"subKegiatanCode": "P01.K1.S1", "pagu": %d}], "amends": 1}""".formatted(pagu);
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
