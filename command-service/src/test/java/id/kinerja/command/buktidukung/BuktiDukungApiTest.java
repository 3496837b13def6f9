package id.kinerja.command.buktidukung;

import com.fasterxml.jackson.databind.JsonNode;
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

import java.awt.Color;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bukti dukung over HTTP with real files: a PDF and a PNG are attached and downloaded byte for byte by whoever may
 * read the daerah; the same file twice is stored once; a renamed executable, a 21 MB file and a file for a
 * realisasi that does not exist are refused as problems with nothing stored; a stored file whose bytes were
 * altered is detected by its hash, never served, and named by the integrity check.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = {EmbeddedPostgresInitializer.class, DevIssuerInitializer.class})
class BuktiDukungApiTest {

    private static final String OPD = "bukti-dinas";
    private static final String PK = "/api/tenants/51.03/opd/" + OPD + "/pk/2023";
    private static final String REALISASI_TW1 = PK + "/realisasi/IKU-1.1/TW1/bukti-dukung";
    private static final String SPENDING_JAN = PK + "/realisasi-anggaran/P04.K1.S2/JAN/bukti-dukung";
    private static final String OPERATOR = "operator.bukti";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    private Api api;

    @BeforeEach
    void importedPk() {
        api = new Api("http://localhost:" + port, OPERATOR, jdbc);
        if (jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?", Long.class,
                "51.03/" + OPD + "/pk/2023") == 0) {
            Api.Response imported = api.send("POST", "/api/import", ImportApiTest.FILE.replace("impor-diskop", OPD));
            assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        }
    }

    @Test
    void a_pdf_and_a_png_are_attached_once_each_and_downloaded_as_they_were() {
        byte[] pdf = BerkasUji.pdf("Berita acara pemeriksaan koperasi sehat TW I");
        Api.Response first = api.upload(REALISASI_TW1, "berita-acara TW1.pdf", pdf, OPERATOR);
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        JsonNode attached = first.json();
        String sha = attached.path("sha256").asText();
        assertThat(sha).isEqualTo(Sidik.sha256(pdf));
        assertThat(attached.path("mediaType").asText()).isEqualTo("application/pdf");
        assertThat(attached.path("ukuran").asLong()).isEqualTo(pdf.length);
        assertThat(attached.path("unduh").asText()).isEqualTo(PK + "/bukti-dukung/" + sha);

        long events = api.eventCount();
        Api.Response again = api.upload(REALISASI_TW1, "berita-acara TW1 (1).pdf", pdf, OPERATOR);
        assertThat(again.status()).as("the same file again: already attached").isEqualTo(200);
        assertThat(api.eventCount()).isEqualTo(events);
        Api.Response elsewhere = api.upload(SPENDING_JAN, "berita-acara.pdf", pdf, OPERATOR);
        assertThat(elsewhere.status()).as(elsewhere.body()).isEqualTo(201);
        assertThat(storedCopies(sha)).as("one stored copy for two attachments").isEqualTo(1);

        byte[] png = BerkasUji.png(new Color(0x2e7d32));
        Api.Response image = api.upload(REALISASI_TW1, "foto-rapat.png", png, OPERATOR);
        assertThat(image.status()).as(image.body()).isEqualTo(201);
        assertThat(image.json().path("mediaType").asText()).isEqualTo("image/png");

        HttpResponse<byte[]> download = api.download(PK + "/bukti-dukung/" + sha, OPERATOR);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(pdf);
        assertThat(download.headers().firstValue("Content-Type")).contains("application/pdf");
        assertThat(download.headers().firstValue("Content-Disposition").orElse(""))
                .contains("attachment").contains("berita-acara");
        assertThat(download.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        HttpResponse<byte[]> auditor = api.downloadWithToken(PK + "/bukti-dukung/" + sha, token(
                new DevIssuer.Identity("auditor.bali", List.of("AUDITOR"), null, null, List.of("51"))));
        assertThat(auditor.body()).isEqualTo(pdf);
    }

    @Test
    void a_renamed_executable_a_21_mb_file_and_a_file_for_nothing_are_refused_and_not_stored() {
        byte[] executable = BerkasUji.executable();
        JsonNode renamed = refusedUpload(REALISASI_TW1, "laporan-realisasi.pdf", executable, 422,
                "jenis-berkas-tidak-diterima");
        assertThat(renamed.path("detail").asText()).contains("PDF");
        assertThat(storedCopies(Sidik.sha256(executable))).isZero();

        byte[] huge = BerkasUji.pdfOfSize(21 * 1024 * 1024);
        JsonNode tooLarge = refusedUpload(REALISASI_TW1, "scan-lengkap.pdf", huge, 413, "berkas-terlalu-besar");
        assertThat(tooLarge.path("detail").asText()).contains("20 MB");
        assertThat(storedCopies(Sidik.sha256(huge))).isZero();

        byte[] pdf = BerkasUji.pdf("Realisasi TW II");
        refusedUpload(PK + "/realisasi/IKU-1.1/TW2/bukti-dukung", "tw2.pdf", pdf, 422, "realisasi-missing");
        assertThat(storedCopies(Sidik.sha256(pdf))).isZero();
        assertThat(api.send("GET", "/actuator/health", null).status()).isEqualTo(200);
    }

    @Test
    void a_body_that_is_no_multipart_upload_is_unreadable_input() {
        long events = api.eventCount();
        HttpResponse<byte[]> answer = api.sendBytes("POST", REALISASI_TW1, "multipart/form-data",
                "berkas".getBytes(StandardCharsets.UTF_8));
        assertThat(answer.statusCode()).as("no boundary: found by the generated hostile requests").isEqualTo(400);
        assertThat(new String(answer.body(), StandardCharsets.UTF_8)).contains("\"rule\":\"malformed\"", "multipart");
        assertThat(api.eventCount()).isEqualTo(events);
    }

    @Test
    void downloads_need_read_rights_and_a_file_of_this_pk() {
        byte[] jpeg = BerkasUji.jpeg(Color.ORANGE);
        Api.Response attached = api.upload(REALISASI_TW1, "foto.jpg", jpeg, OPERATOR);
        assertThat(attached.status()).as(attached.body()).isIn(200, 201);
        String sha = attached.json().path("sha256").asText();

        HttpResponse<byte[]> outsider = api.downloadWithToken(PK + "/bukti-dukung/" + sha, token(
                new DevIssuer.Identity("operator.buleleng", List.of("OPERATOR_OPD"), "51.08", "disdag", null)));
        assertThat(outsider.statusCode()).isEqualTo(403);
        // Stored, but not a file of another PK: its hash opens nothing there.
        HttpResponse<byte[]> otherPk = api.download("/api/tenants/51.03/opd/" + OPD + "/pk/2024/bukti-dukung/" + sha,
                OPERATOR);
        assertThat(otherPk.statusCode()).isEqualTo(404);
        HttpResponse<byte[]> unknown = api.download(PK + "/bukti-dukung/" + "0".repeat(64), OPERATOR);
        assertThat(unknown.statusCode()).isEqualTo(404);
        HttpResponse<byte[]> malformed = api.download(PK + "/bukti-dukung/abc", OPERATOR);
        assertThat(malformed.statusCode()).isEqualTo(400);
    }

    @Test
    void a_removed_file_leaves_the_realisasi_but_stays_in_history() {
        byte[] docx = BerkasUji.docx();
        String sha = api.upload(SPENDING_JAN, "sp2d-januari.docx", docx, OPERATOR).json().path("sha256").asText();
        Api.Response removed = api.send("DELETE", SPENDING_JAN + "/" + sha + "?alasan=Salah%20unggah", null);
        assertThat(removed.status()).as(removed.body()).isEqualTo(204);
        api.refused("DELETE", SPENDING_JAN + "/" + sha, null, 422, "bukti-dukung-missing", "sha256");
        assertThat(api.download(PK + "/bukti-dukung/" + sha, OPERATOR).body()).isEqualTo(docx);
    }

    @Test
    void a_file_altered_in_the_store_is_detected_by_its_hash_and_never_served() {
        byte[] pdf = BerkasUji.pdf("Laporan pengawasan koperasi");
        String sha = api.upload(REALISASI_TW1, "pengawasan.pdf", pdf, OPERATOR).json().path("sha256").asText();
        jdbc.update("UPDATE berkas SET isi = overlay(isi placing '\\x25504446'::bytea from 100) WHERE sha256 = ?",
                sha);
        try {
            HttpResponse<byte[]> tampered = api.download(PK + "/bukti-dukung/" + sha, OPERATOR);
            assertThat(tampered.statusCode()).isEqualTo(500);
            String problem = new String(tampered.body());
            assertThat(problem).contains("berkas-rusak").contains(sha).doesNotContain("%PDF");
            JsonNode integrity = api.send("GET", "/api/tenants/51.03/integritas", null).json();
            assertThat(integrity.path("intact").asBoolean()).isFalse();
            assertThat(integrity.path("firstBroken").isNull()).as("the event chain itself is intact").isTrue();
            assertThat(integrity.path("damagedFiles").findValuesAsText("sha256")).containsExactly(sha);
        } finally {
            jdbc.update("UPDATE berkas SET isi = ? WHERE sha256 = ?", pdf, sha);
        }
        assertThat(api.download(PK + "/bukti-dukung/" + sha, OPERATOR).body()).isEqualTo(pdf);
        JsonNode restored = api.send("GET", "/api/tenants/51.03/integritas", null).json();
        assertThat(restored.path("intact").asBoolean()).isTrue();
        assertThat(restored.path("files").asLong()).isPositive();
    }

    private JsonNode refusedUpload(String path, String name, byte[] content, int status, String rule) {
        long events = api.eventCount();
        Api.Response response = api.upload(path, name, content, OPERATOR);
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.path("rule").asText()).isEqualTo(rule);
        assertThat(problem.path("detail").asText()).doesNotContain("Exception").doesNotContain("Tomcat");
        assertThat(api.eventCount()).isEqualTo(events);
        return problem;
    }

    private int storedCopies(String sha) {
        Integer count = jdbc.queryForObject("SELECT count(*) FROM berkas WHERE sha256 = ?", Integer.class, sha);
        return count == null ? 0 : count;
    }

    private static String token(DevIssuer.Identity user) {
        return DevIssuer.shared().token(user);
    }
}
