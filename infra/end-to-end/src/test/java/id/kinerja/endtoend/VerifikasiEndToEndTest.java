package id.kinerja.endtoend;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import id.kinerja.localstack.Platform;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.awt.image.BufferedImage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Verifiable documents: a PDF from the platform shows its data version and a QR code that opens the portal's public
 * Periksa dokumen page; that page and the service's public verification (no token) confirm it — from the QR code's
 * address and from the file itself — and, after a stored event was edited
 * in the database, names the changed event, reports the different fingerprint and, from the file, the lines that
 * differ; a document rendered from the tampered store is reported too. Works on its own copy of Badung's seed in a
 * province of its own (52), so the tampering touches no other test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VerifikasiEndToEndTest {

    /**
     * The QR code is read as the image the service drew (no camera in between): without this hint ZXing's detector
     * fails on about one such image in seven, depending on where the modules fall.
     */
    private static final Map<DecodeHintType, Object> PURE = Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE);

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private String pdfUrl;

    @BeforeAll
    void badungInAProvinceOfItsOwn() throws Exception {
        JsonNode report = ImportedSeeds.imported("badung-2023", "verif", "52.95");
        pdfUrl = ImportedSeeds.dokumenUrl(report) + "perjanjian-kinerja?format=pdf&revisi=0&asOf=" + Instant.now();
    }

    @Test
    void a_document_is_confirmed_and_then_a_tampered_event_store_is_reported() throws Exception {
        byte[] pdf = Documents.get(pdfUrl).bytes();
        String address;
        try (PDDocument document = new Documents.File(pdf, "application/pdf").pdf()) {
            assertThat(new PDFTextStripper().getText(document)).contains("Versi data 52.95/verif 2023 per ",
                    "rantai 52.95 #", "sidik jari");
            assertThat(document.getDocumentInformation().getCustomMetadataValue("KinerjaVersi"))
                    .contains("\"tenant\":\"52.95\"");
            assertThat(document.getLastSignatureDictionary().getSubFilter()).isEqualTo("ETSI.CAdES.detached");
            address = qr(document.getPage(document.getNumberOfPages() - 1));
        }
        // the QR code opens the portal's public page, which asks the service's verification with the same version
        assertThat(address).startsWith(RunningPlatform.get().portalUrl() + "/periksa-dokumen?");
        assertThat(halaman(address)).contains("id=\"status-periksa\">COCOK<", "PK induk");
        JsonNode confirmed = periksa(address);
        assertThat(confirmed.path("status").asText()).as(confirmed.toString()).isEqualTo("COCOK");
        assertThat(confirmed.path("rantai").get(0).path("utuh").asBoolean()).isTrue();
        assertThat(periksaBerkas(pdf).path("status").asText()).isEqualTo("COCOK");

        tamper();

        assertThat(halaman(address)).contains("id=\"status-periksa\">BERBEDA<", "diubah setelah ditulis");
        JsonNode differs = periksa(address);
        assertThat(differs.path("status").asText()).isEqualTo("BERBEDA");
        JsonNode putus = differs.path("rantai").get(0).path("putus");
        assertThat(putus.path("peristiwa").asText()).isEqualTo("TargetSet");
        assertThat(putus.path("agregat").asText()).isEqualTo("52.95/verif/pk/2023");
        assertThat(differs.path("sidikJariSekarang").asText()).isNotEqualTo(differs.path("versi").path("sidikJari")
                .asText());
        assertThat(differs.path("perbedaan").toString()).contains("putus pada tautan", "diubah setelah ditulis",
                "isi dokumen yang disusun ulang dari peristiwa");
        JsonNode lines = periksaBerkas(pdf);
        assertThat(lines.path("status").asText()).isEqualTo("BERBEDA");
        JsonNode line = lines.path("baris").get(0);
        assertThat(line.path("tertulis").asText()).contains("Persentase Koperasi Sehat").endsWith("| 7");
        assertThat(line.path("sekarang").asText()).contains("Persentase Koperasi Sehat").endsWith("| 9");
        assertThat(lines.path("baris")).hasSize(1);
        byte[] unsigned = resaved(pdf);
        JsonNode stranger = periksaBerkas(unsigned);
        assertThat(stranger.path("baris").get(0).path("sekarang").isNull())
                .as("a file the service did not sign learns that a line differs, not what it says now").isTrue();

        byte[] fromTamperedStore = Documents.get(pdfUrl.replaceAll("asOf=[^&]+", "asOf=" + Instant.now())
                + "&sumber=peristiwa").bytes();
        JsonNode tampered = periksaBerkas(fromTamperedStore);
        assertThat(tampered.path("status").asText()).as("the chain shows the edit, whatever the document says")
                .isEqualTo("BERBEDA");
        assertThat(tampered.path("perbedaan").toString()).contains("diubah setelah ditulis");
    }

    /** Edits the stored target of Persentase Koperasi Sehat in the PK induk, 7.00 → 9.00, behind the platform's back. */
    private static void tamper() throws Exception {
        Platform platform = RunningPlatform.get();
        try (Connection db = DriverManager.getConnection(platform.postgres().jdbcUrl("kinerja_events"),
                platform.postgres().username(), platform.postgres().password());
             PreparedStatement edit = db.prepareStatement("""
                     UPDATE domain_event_entry SET payload = convert_to(regexp_replace(convert_from(payload, 'UTF8'),
                            '"target":7(\\.0+)?([,}])', '"target":9.00\\2'), 'UTF8')
                     WHERE aggregate_identifier = '52.95/verif/pk/2023' AND payload_type = 'id.kinerja.api.pk.TargetSet'
                       AND convert_from(payload, 'UTF8') LIKE '%"indicatorCode":"IKU-1.1"%'""")) {
            assertThat(edit.executeUpdate()).as("the stored TargetSet of IKU-1.1").isEqualTo(1);
        }
    }

    /** The document saved again by another program: its signature no longer covers the file. */
    private static byte[] resaved(byte[] pdf) throws Exception {
        try (PDDocument document = new Documents.File(pdf, "application/pdf").pdf()) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    /** The page a phone opens from the QR code: the portal's Periksa dokumen, no sign-in. */
    private static String halaman(String address) throws Exception {
        HttpResponse<String> answer = CLIENT.send(HttpRequest.newBuilder(URI.create(address)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return answer.body();
    }

    /** The service's public verification (no token) asked with the parameters of the QR code's address. */
    private static JsonNode periksa(String address) throws Exception {
        HttpResponse<String> answer = CLIENT.send(HttpRequest.newBuilder(URI.create(RunningPlatform.get()
                        .reportingUrl() + "/api/verifikasi/dokumen" + address.substring(address.indexOf('?'))))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return JSON.readTree(answer.body());
    }

    private static JsonNode periksaBerkas(byte[] pdf) throws Exception {
        HttpResponse<String> answer = CLIENT.send(HttpRequest.newBuilder(URI.create(RunningPlatform.get()
                        .reportingUrl() + "/api/verifikasi/dokumen")).header("Content-Type", "application/pdf")
                .POST(HttpRequest.BodyPublishers.ofByteArray(pdf)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return JSON.readTree(answer.body());
    }

    private static String qr(PDPage page) throws Exception {
        for (COSName name : page.getResources().getXObjectNames()) {
            if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
                BufferedImage picture = image.getImage();
                int[] pixels = picture.getRGB(0, 0, picture.getWidth(), picture.getHeight(), null, 0,
                        picture.getWidth());
                return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(
                        picture.getWidth(), picture.getHeight(), pixels))), PURE).getText();
            }
        }
        throw new AssertionError("no QR code on the page");
    }
}
