package id.kinerja.command.web;

import id.kinerja.command.impor.ImportApiTest;
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
 * Poison numbers over HTTP (issue 11): {@code 1e309}, NaN-like strings, 40-digit numbers, too many decimals, negative
 * or absurd rupiah — on realisasi and its correction, budget realisation, Renstra targets and standards, Rencana Aksi
 * and import lines. Each is refused with a problem naming the rule and the field, and nothing is stored: 400 for what
 * no unit allows, 422 for what this indicator's unit does not. Uses Badung's planning year under its own OPD code.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = {EmbeddedPostgresInitializer.class, DevIssuerInitializer.class})
class BatasNilaiApiTest {

    private static final String OPD = "batas-diskop";
    private static final String PK = "/api/tenants/51.03/opd/" + OPD + "/pk/2023";
    private static final String RENSTRA = "/api/tenants/51.03/opd/" + OPD + "/renstra/2021-2026/indikator/IKU-1.1";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    private Api api;

    @BeforeEach
    void importPlanningYear() {
        api = new Api("http://localhost:" + port, "pemuat", jdbc);
        Integer imported = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Integer.class, "51.03/" + OPD + "/pk/2023");
        if (imported == 0) {
            assertThat(api.send("POST", "/api/import", ImportApiTest.FILE.replace("impor-diskop", OPD)).status())
                    .isEqualTo(201);
        }
    }

    @Test
    void a_realisasi_beyond_any_unit_is_malformed_input() {
        String realisasi = PK + "/realisasi/IKU-1.1/TW2";
        api.refused("PUT", realisasi, "{\"value\": 1e309}", 400, "number-too-large", "value");
        api.refused("PUT", realisasi, "{\"value\": -1E+400000000}", 400, "number-too-large", "value");
        api.refused("PUT", realisasi, "{\"value\": 1234567890123456789012345678901234567890}", 400,
                "number-too-large", "value");
        api.refused("PUT", realisasi, "{\"value\": 7.1234567}", 400, "too-many-decimals", "value");
        api.refused("PUT", realisasi, "{\"value\": 0.0000000000000000000000000001}", 400, "too-many-decimals", "value");
        api.refused("PUT", realisasi, "{\"value\": 7, \"statedValue\": 1e309}", 400, "number-too-large",
                "statedValue");
        api.refused("POST", realisasi + "/koreksi", "{\"value\": 1e309, \"reason\": \"salah ketik\"}", 400,
                "number-too-large", "value");
    }

    @Test
    void nan_and_infinity_are_no_numbers() {
        String realisasi = PK + "/realisasi/IKU-1.1/TW2";
        for (String notANumber : new String[]{"NaN", "\"NaN\"", "Infinity", "\"-Infinity\"", "\"1e309\"", "\"\"",
                "\"7,5\""}) {
            api.refused("PUT", realisasi, "{\"value\": " + notANumber + "}", 400, "malformed", null);
        }
    }

    @Test
    void a_realisasi_beyond_its_own_unit_breaks_a_rule() {
        String realisasi = PK + "/realisasi/IKU-1.1/TW2";
        api.refused("PUT", realisasi, "{\"value\": 100000.5}", 422, "value-out-of-range", "value");
        api.refused("PUT", realisasi, "{\"value\": 7.12345}", 422, "too-many-decimals", "value");
    }

    @Test
    void money_is_whole_not_negative_and_at_most_a_hundred_trillion() {
        String spending = PK + "/realisasi-anggaran/P04.K1.S2/MAR";
        api.refused("PUT", spending, "{\"amount\": -5}", 422, "amount-negative", "amount");
        api.refused("PUT", spending, "{\"amount\": 100000000000001}", 400, "amount-too-large", "amount");
        api.refused("PUT", spending, "{\"amount\": 1.5}", 400, "malformed", "amount");
        api.refused("PUT", spending, "{\"amount\": 1e309}", 400, "malformed", "amount");
        api.refused("PUT", spending, "{\"amount\": 99999999999999999999999999999999999999}", 400, "malformed",
                "amount");
        api.refused("PUT", PK + "/rencana-anggaran/P04.K1.S2", """
                {"plan": [{"month": "JAN", "amount": 100000000000001}]}""", 400, "amount-too-large", "plan[0].amount");
    }

    @Test
    void renstra_figures_and_rencana_aksi_obey_the_same_bounds() {
        api.refused("PUT", RENSTRA + "/target/2024", "{\"target\": 1e309}", 400, "number-too-large", "target");
        api.refused("PUT", RENSTRA + "/target-akhir", "{\"target\": -100001, \"reason\": \"x\"}", 422,
                "value-out-of-range", "target");
        api.refused("PUT", RENSTRA + "/realisasi/2022", "{\"value\": 12.1234567, \"source\": \"LKjIP 2022\"}", 400,
                "too-many-decimals", "value");
        api.refused("PUT", RENSTRA + "/standar-nasional/2023", "{\"value\": 1e20, \"source\": \"BPS\"}", 400,
                "number-too-large", "value");
        api.refused("PUT", PK + "/rencana-aksi/IKU-1.1", """
                {"targets": [{"period": "TW1", "target": 1e309}], "responsible": "Kabid", "reason": "x"}""", 400,
                "number-too-large", "targets[0].target");
    }

    @Test
    void an_import_line_with_a_poison_number_is_refused_at_its_line() {
        String file = ImportApiTest.FILE.replace("impor-diskop", "batas-impor")
                .replace("{indicator: IKU-1.1, period: TW1, value: 6.80}", "{indicator: IKU-1.1, period: TW1, value: 1e309}");
        var problem = api.refused("POST", "/api/import", file, 400, "number-too-large", "value");
        assertThat(problem.path("path").asText()).isEqualTo("realisasi[0]");
        assertThat(problem.path("line").asInt()).isPositive();
        String tooMuch = ImportApiTest.FILE.replace("impor-diskop", "batas-impor")
                .replace("pagu: {P04.K1.S1: 54843431}", "pagu: {P04.K1.S1: 548434310000000}");
        api.refused("POST", "/api/import", tooMuch, 400, "amount-too-large", "pagu[1].pagu");
    }

    @Test
    void text_no_document_can_hold_is_refused() {
        api.refused("POST", "/api/tenants/51.03/opd", "{\"code\": \"dinas-x\", \"name\": \"Dinas\\u0000Koperasi\"}",
                400, "invalid-character", "name");
        api.refused("POST", "/api/tenants/51.03/opd", "{\"code\": \"dinas-x\", \"name\": \"Dinas \\ud800\"}",
                400, "invalid-character", "name");
    }
}
