package id.kinerja.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kinerja.api.common.Nilai;
import id.kinerja.api.common.Periode;
import id.kinerja.api.common.Rupiah;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Issue 11, item 4: every refusal a problem with a rule, an incident id and Indonesian detail saying what was
 * expected, by field — never a Java class name, also for the framework's own 400, 404, 405 and 415.
 */
class ProblemHandlerTest {

    /** A command body as the services take them. */
    record Realisasi(Nilai value, Periode period, Rupiah amount, LocalDate tanggal, List<Baris> baris) {
    }

    record Baris(String code, Nilai target) {
    }

    @RestController
    static class Contoh {

        @PostMapping("/contoh/{year}")
        void terima(@PathVariable int year, @RequestBody Realisasi body) {
        }

        @GetMapping("/contoh")
        String baca(@RequestParam String kode) {
            if (kode.equals("tidak-ada")) {
                throw new TidakDitemukan("kode " + kode + " tidak ada");
            }
            if (kode.equals("axon")) {
                throw new IllegalStateException("id.kinerja.command.Rahasia$Dalam gagal");
            }
            throw new UnsupportedOperationException("kerangka");
        }
    }

    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Contoh())
            .setControllerAdvice(new ProblemHandler(List.of(e -> e instanceof UnsupportedOperationException
                    ? Optional.of(PenerjemahMasalah.masalah(503, Kaidah.UNAVAILABLE, "belum tersedia"))
                    : Optional.empty()))).build();

    @Test
    void an_unreadable_field_says_what_was_expected_without_class_names() throws Exception {
        JsonNode problem = postJson("/contoh/2023", "{\"value\": [1, 2]}", 400);
        assertThat(problem.path("rule").asText()).isEqualTo("malformed");
        assertThat(problem.path("field").asText()).isEqualTo("value");
        assertThat(problem.path("detail").asText()).isEqualTo("nilai untuk 'value' harus angka (titik sebagai pemisah "
                + "desimal, mis. 7.50) atau predikat AA, A, BB, B, CC, C, D");
        assertThat(postJson("/contoh/2023", "{\"period\": \"TW5\"}", 400).path("detail").asText())
                .startsWith("nilai untuk 'period' 'TW5' tidak dapat dibaca: harus salah satu dari: TW1, TW2");
        assertThat(postJson("/contoh/2023", "{\"amount\": 1.5}", 400).path("detail").asText())
                .contains("'amount'", "bilangan bulat rupiah");
        assertThat(postJson("/contoh/2023", "{\"tanggal\": \"31-01-2023\"}", 400).path("detail").asText())
                .contains("'tanggal'", "tanggal YYYY-MM-DD");
        JsonNode nested = postJson("/contoh/2023", "{\"baris\": [{\"code\": \"A\", \"target\": {\"x\": 1}}]}", 400);
        assertThat(nested.path("field").asText()).isEqualTo("baris[0].target");
        assertThat(postJson("/contoh/2023", "[]", 400).path("detail").asText())
                .isEqualTo("badan permintaan harus objek JSON dengan isian value, period, amount, tanggal, baris");
        assertThat(postJson("/contoh/2023", "{\"value\": ", 400).path("detail").asText())
                .startsWith("badan permintaan bukan JSON yang sah");
    }

    @Test
    void the_frameworks_own_refusals_are_problems_with_a_rule() throws Exception {
        JsonNode year = postJson("/contoh/tahun", "{}", 400);
        assertThat(year.path("field").asText()).isEqualTo("year");
        assertThat(year.path("detail").asText()).isEqualTo("'tahun' bukan nilai yang sah untuk year: harus bilangan "
                + "bulat");
        JsonNode method = read(mvc.perform(delete("/contoh")).andReturn(), 405);
        assertThat(method.path("rule").asText()).isEqualTo("method-not-allowed");
        assertThat(method.path("detail").asText()).contains("DELETE", "GET");
        JsonNode media = read(mvc.perform(post("/contoh/2023").contentType(MediaType.TEXT_PLAIN).content("x"))
                .andReturn(), 415);
        assertThat(media.path("rule").asText()).isEqualTo("unsupported-media-type");
        assertThat(media.path("detail").asText()).contains("text/plain", "application/json");
        JsonNode missing = read(mvc.perform(get("/contoh")).andReturn(), 400);
        assertThat(missing.path("field").asText()).isEqualTo("kode");
    }

    @Test
    void known_refusals_keep_their_rule_and_the_unexpected_ones_get_an_incident_only() throws Exception {
        JsonNode notFound = read(mvc.perform(get("/contoh").param("kode", "tidak-ada")).andReturn(), 404);
        assertThat(notFound.path("rule").asText()).isEqualTo("not-found");
        assertThat(notFound.path("type").asText()).isEqualTo("urn:kinerja:problem:not-found");
        assertThat(notFound.path("title").asText()).isEqualTo("Tidak ditemukan");
        JsonNode translated = read(mvc.perform(get("/contoh").param("kode", "x")).andReturn(), 503);
        assertThat(translated.path("rule").asText()).isEqualTo("unavailable");
        JsonNode unexpected = read(mvc.perform(get("/contoh").param("kode", "axon")).andReturn(), 500);
        assertThat(unexpected.path("rule").asText()).isEqualTo("internal");
        assertThat(unexpected.path("detail").asText()).contains(unexpected.path("incident").asText())
                .doesNotContain("Rahasia", "IllegalState");
    }

    private JsonNode postJson(String path, String json, int status) throws Exception {
        return read(mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content(json)).andReturn(), status);
    }

    private static JsonNode read(MvcResult result, int status) throws Exception {
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(status);
        assertThat(result.getResponse().getContentType()).isEqualTo("application/problem+json");
        String body = result.getResponse().getContentAsString();
        assertThat(body).doesNotContain("id.kinerja", "java.", "Exception", "$");
        JsonNode problem = new ObjectMapper().readTree(body);
        assertThat(problem.path("incident").asText()).hasSize(36);
        return problem;
    }
}
