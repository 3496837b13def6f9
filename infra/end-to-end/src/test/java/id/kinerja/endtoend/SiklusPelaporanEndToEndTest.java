package id.kinerja.endtoend;

import com.fasterxml.jackson.databind.JsonNode;
import id.kinerja.demo.ContohBerkas;
import id.kinerja.embedded.DevIssuer;
import id.kinerja.localstack.Platform;
import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import static id.kinerja.endtoend.Perintah.moment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The reporting cycle over the running services, as issue 13's "done when" tells it: Buleleng's operator attaches a
 * PDF to December's realisasi, completes the month and submits it; the verifier returns it with a note; the
 * operator corrects and resubmits; the verifier verifies; a further correction is refused until the verifier
 * reopens the month — every step in the period's history and readable as of any moment in between, and the
 * Capaian Rencana Aksi document naming the kendala, tindak lanjut and bukti dukung as of each moment.
 */
class SiklusPelaporanEndToEndTest {

    private static final String OPD = "siklus-buleleng";
    private static final String PATH = "/api/tenants/51.08/opd/" + OPD + "/pk/2023";
    private static final String CATATAN = "Lampirkan hasil survei IKM dan berita acara sarana distribusi";

    @Test
    void buleleng_december_from_a_pdf_to_verified_and_reopened() throws Exception {
        ImportedSeeds.imported("buleleng-2023", OPD);
        Platform platform = RunningPlatform.get();
        String command = platform.commandUrl() + PATH;
        String query = platform.queryUrl() + PATH;
        Perintah operator = new Perintah(platform.issuer(), new DevIssuer.Identity("operator.siklus",
                List.of("OPERATOR_OPD"), "51.08", OPD, null));
        Perintah verifier = new Perintah(platform.issuer(), new DevIssuer.Identity("verifikator.buleleng",
                List.of("VERIFIKATOR"), "51.08", null, null));
        Perintah auditor = new Perintah(platform.issuer(), new DevIssuer.Identity("auditor", List.of("AUDITOR"),
                null, null, List.of("51")));

        // The daerah's schedule: a month's report by the 10th of the next month. December 2023 is long past due.
        ok(verifier.send("PUT", platform.commandUrl() + "/api/tenants/51.08/jadwal/2023", "{\"hariKe\": 10}"));

        byte[] pdf = ContohBerkas.pdf("Berita acara sarana distribusi perdagangan Desember 2023");
        Perintah.Answer attached = operator.upload(command + "/realisasi/IKU-1/DES/bukti-dukung",
                "berita-acara-sarana-distribusi.pdf", pdf);
        assertThat(attached.status()).as(attached.body()).isEqualTo(201);
        String pdfSha = attached.json().path("sha256").asText();
        Instant afterAttach = moment();

        Perintah.Answer incomplete = operator.send("POST", command + "/periode/DES/ajukan", "{}");
        assertThat(incomplete.status()).isEqualTo(422);
        assertThat(incomplete.rule()).isEqualTo("bukti-dukung-belum-lengkap");
        assertThat(incomplete.json().path("detail").asText()).contains("IKU-4", "IKU-6", "IKU-3.1", "SK-11.1")
                .doesNotContain("IKU-1,");
        byte[] foto = ContohBerkas.foto(new Color(0x1565c0), "png");
        for (String indicator : List.of("IKU-4", "IKU-6", "IKU-3.1", "SK-11.1")) {
            ok(operator.upload(command + "/realisasi/" + indicator + "/DES/bukti-dukung", "dokumentasi.png", foto));
        }
        Perintah.Answer unexplained = operator.send("POST", command + "/periode/DES/ajukan", "{}");
        assertThat(unexplained.rule()).isEqualTo("kendala-belum-diisi");
        assertThat(unexplained.json().path("detail").asText()).contains("IKU-1");
        ok(operator.send("PUT", command + "/kendala/IKU-1/DES", """
                {"kendala": "Revitalisasi dua pasar rakyat tertunda karena lelang ulang",
                 "tindakLanjut": "Pengawasan jadwal lelang bersama Bagian Pengadaan"}"""));
        ok(operator.send("POST", command + "/periode/DES/ajukan", "{\"catatan\": \"Laporan Desember\"}"));
        Instant afterSubmit = moment();

        Perintah.Answer whileSubmitted = operator.send("POST", command + "/realisasi/IKU-1/DES/koreksi",
                "{\"value\": 58.10, \"reason\": \"Data pasar Banyuasri\"}");
        assertThat(whileSubmitted.rule()).isEqualTo("periode-diajukan");
        ok(verifier.send("PUT", command + "/verifikasi/DES", "{\"hasil\": \"DIKEMBALIKAN\", \"catatan\": \""
                + CATATAN + "\"}"));
        Instant afterReturn = moment();

        ok(operator.send("POST", command + "/realisasi/IKU-1/DES/koreksi",
                "{\"value\": 58.10, \"reason\": \"Data pasar Banyuasri\"}"));
        ok(operator.send("POST", command + "/periode/DES/ajukan", "{}"));
        ok(verifier.send("PUT", command + "/verifikasi/DES", "{\"hasil\": \"TERVERIFIKASI\"}"));
        Instant afterVerify = moment();

        Perintah.Answer locked = operator.send("POST", command + "/realisasi/IKU-1/DES/koreksi",
                "{\"value\": 60.00, \"reason\": \"Angka final dinas\"}");
        assertThat(locked.status()).isEqualTo(422);
        assertThat(locked.rule()).isEqualTo("periode-terkunci");
        assertThat(operator.upload(command + "/realisasi/IKU-1/DES/bukti-dukung", "tambahan.pdf",
                ContohBerkas.pdf("Tambahan")).json().path("rule").asText()).isEqualTo("periode-terkunci");
        ok(verifier.send("POST", command + "/periode/DES/buka-kembali",
                "{\"alasan\": \"Temuan Inspektorat atas angka pasar rakyat\"}"));
        ok(operator.send("POST", command + "/realisasi/IKU-1/DES/koreksi",
                "{\"value\": 60.00, \"reason\": \"Angka final dinas\"}"));

        // The same PNG supports four realisasi and is stored once; the PDF downloads as it was uploaded.
        try (Stream<Path> files = Files.walk(platform.berkas())) {
            assertThat(files.filter(Files::isRegularFile).filter(f -> !f.toString().endsWith(".tmp")).count())
                    .as("one PDF and one PNG stored").isEqualTo(2);
        }
        assertThat(auditor.download(command + "/bukti-dukung/" + pdfSha)).isEqualTo(pdf);

        // Query-service has read it all once the month shows the last correction.
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            Perintah.Answer now = auditor.get(query + "/periode/DES");
            assertThat(now.json().at("/status/status").asText()).as(now.body()).isEqualTo("DIBUKA_KEMBALI");
            assertThat(indicator(now.json(), "IKU-1").path("realisasi").decimalValue()).as(now.body())
                    .isEqualByComparingTo("60");
        });

        JsonNode attachedOnly = auditor.get(query + "/periode/DES?asOf=" + afterAttach).json();
        assertThat(attachedOnly.at("/status/status").asText()).isEqualTo("TERBUKA");
        assertThat(attachedOnly.at("/status/keadaan").asText()).isEqualTo("TERLAMBAT");
        JsonNode iku1 = indicator(attachedOnly, "IKU-1");
        assertThat(names(iku1.path("bukti"))).containsExactly("berita-acara-sarana-distribusi.pdf");
        assertThat(indicator(attachedOnly, "IKU-4").path("bukti")).isEmpty();

        JsonNode submitted = auditor.get(query + "/periode/DES?asOf=" + afterSubmit).json();
        assertThat(submitted.at("/status/status").asText()).isEqualTo("DIAJUKAN");
        assertThat(submitted.at("/status/terlambat").asBoolean()).as("submitted after 10 January 2024").isTrue();
        assertThat(indicator(submitted, "IKU-1").at("/kendala/tindakLanjut").asText()).contains("lelang");

        JsonNode returned = auditor.get(query + "/periode/DES?asOf=" + afterReturn).json();
        assertThat(returned.at("/status/status").asText()).isEqualTo("DIKEMBALIKAN");
        assertThat(returned.at("/status/catatan").asText()).isEqualTo(CATATAN);
        assertThat(indicator(returned, "IKU-1").path("realisasi").decimalValue()).isEqualByComparingTo("57.97");

        JsonNode verified = auditor.get(query + "/periode/DES?asOf=" + afterVerify).json();
        assertThat(verified.at("/status/status").asText()).isEqualTo("TERVERIFIKASI");
        assertThat(indicator(verified, "IKU-1").path("realisasi").decimalValue()).isEqualByComparingTo("58.10");
        assertThat(indicator(verified, "IKU-1").path("lewatTenggat").asText()).isEqualTo("2024-01-10");

        List<String> steps = StreamSupport.stream(auditor.get(query + "/periode/DES/riwayat").json().spliterator(),
                false).map(step -> step.path("langkah").asText() + " " + step.path("oleh").asText()).toList();
        assertThat(steps).containsSubsequence("BUKTI_DILAMPIRKAN operator.siklus", "KENDALA_DICATAT operator.siklus",
                "DIAJUKAN operator.siklus", "DIKEMBALIKAN verifikator.buleleng", "REALISASI_DIKOREKSI operator.siklus",
                "DIAJUKAN operator.siklus", "TERVERIFIKASI verifikator.buleleng",
                "DIBUKA_KEMBALI verifikator.buleleng", "REALISASI_DIKOREKSI operator.siklus");

        String capaian = platform.reportingUrl() + PATH + "/dokumen/capaian-rencana-aksi?format=html";
        String document = Documents.get(capaian).text();
        assertThat(document).contains("Revitalisasi dua pasar rakyat tertunda karena lelang ulang",
                "Pengawasan jadwal lelang bersama Bagian Pengadaan", "berita-acara-sarana-distribusi.pdf",
                "dokumentasi.png", "DIBUKA_KEMBALI", "Temuan Inspektorat atas angka pasar rakyat");
        String whenReturned = Documents.get(capaian + "&asOf=" + afterReturn).text();
        assertThat(whenReturned).contains("DIKEMBALIKAN", CATATAN, "verifikator.buleleng", "dokumentasi.png")
                .doesNotContain("DIBUKA_KEMBALI");
        assertThat(Documents.get(capaian.replace("format=html", "format=pdf")).text()).contains("dokumentasi.png");

        JsonNode inbox = verifier.get(platform.queryUrl() + "/api/tenants/51.08/notifikasi?asOf=" + afterSubmit).json();
        assertThat(StreamSupport.stream(inbox.spliterator(), false).filter(n -> n.path("opd").asText().equals(OPD))
                .map(n -> n.path("jenis").asText())).contains("MENUNGGU_VERIFIKASI");
        JsonNode todo = operator.get(platform.queryUrl() + "/api/tenants/51.08/notifikasi?asOf=" + afterReturn).json();
        assertThat(StreamSupport.stream(todo.spliterator(), false).filter(n -> n.path("period").asText().equals("DES"))
                .map(n -> n.path("jenis").asText())).containsExactly("DIKEMBALIKAN");
    }

    private static void ok(Perintah.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isBetween(200, 204);
    }

    private static JsonNode indicator(JsonNode period, String code) {
        return StreamSupport.stream(period.path("realisasi").spliterator(), false)
                .filter(i -> i.path("indicatorCode").asText().equals(code)).findFirst().orElseThrow();
    }

    private static List<String> names(JsonNode bukti) {
        return StreamSupport.stream(bukti.spliterator(), false).map(b -> b.path("nama").asText()).toList();
    }
}
