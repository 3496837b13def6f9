package id.kinerja.endtoend;

import id.kinerja.demo.ContohBerkas;
import id.kinerja.embedded.DevIssuer;
import id.kinerja.localstack.Platform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The portal in a real headless Chromium, signed in as the people who use it, walking their journeys on Badung's
 * seed (004) imported as perangkat daerah {@code portal-uji}: the operator plans a Rencana Aksi and records a
 * month's realisasi and sees its capaian; a wrong value is shown at its field and nothing is stored; the operator
 * attaches a PDF bukti dukung, writes a kendala and submits the month; the verifier sees them, returns the month with
 * a note the operator sees (also as a notification), verifies the resubmitted month and reopens it with a reason;
 * the auditor slides the "as of" control to before and after the PK Perubahan; a user of another daerah is refused;
 * anyone checks a document on the public Periksa dokumen page. Screenshots of the main pages go to
 * target/screenshots.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@EnabledIf("id.kinerja.endtoend.Browser#available")
class PortalBrowserTest {

    static final String OPD = "portal-uji";
    static final String PK = "/daerah/51.03/opd/" + OPD + "/pk/2023";
    private static Platform platform;

    @BeforeAll
    static void seed() throws Exception {
        platform = RunningPlatform.get();
        ImportedSeeds.imported("badung-2023", OPD);
        platform.issuer().withUsers(List.of(
                new DevIssuer.Identity("operator.uji", List.of("OPERATOR_OPD"), "51.03", OPD, null),
                new DevIssuer.Identity("verifikator.uji", List.of("VERIFIKATOR"), "51.03", null, null),
                new DevIssuer.Identity("auditor.uji", List.of("AUDITOR"), null, null, List.of("51")),
                new DevIssuer.Identity("operator.lain", List.of("OPERATOR_OPD"), "51.08", "disdagperinkopukm", null),
                new DevIssuer.Identity("provinsi.uji", List.of("PENINJAU_PROVINSI"), "51", null, null)));
    }

    @Test
    @Order(1)
    void an_operator_plans_a_month_and_records_its_realisasi_and_sees_the_capaian() {
        try (Browser browser = new Browser(platform.portalUrl())) {
            browser.driver().get(platform.portalUrl() + "/");
            browser.cari(By.id("username"));
            browser.foto("00-masuk");
            browser.masuk("operator.uji");
            assertThat(browser.teks(By.id("total-pagu"))).isEqualTo("Rp 22.243.685.702");
            browser.foto("01-beranda-opd");

            // Rencana Aksi per month: a December target that disagrees with the annual 7,00 % is refused at the field.
            browser.buka(PK + "/rencana-aksi/IKU-1.1?granularitas=BULAN");
            for (String month : List.of("JAN", "FEB", "MAR", "APR", "MEI", "JUN", "JUL", "AGU", "SEP", "OKT", "NOV")) {
                browser.cari(By.id("target-" + month)).sendKeys("7");
            }
            browser.cari(By.id("target-DES")).sendKeys("6,5");
            browser.cari(By.id("penanggung-jawab")).sendKeys("Kepala Bidang Koperasi");
            browser.cari(By.id("simpan-rencana-aksi")).click();
            assertThat(browser.teks(By.id("galat-targets"))).contains("harus sama dengan target tahunan");
            assertThat(browser.cari(By.id("target-DES")).getAttribute("aria-invalid")).isEqualTo("true");
            browser.foto("02-rencana-aksi-galat");
            WebElement december = browser.cari(By.id("target-DES"));
            december.clear();
            december.sendKeys("7");
            browser.cari(By.id("simpan-rencana-aksi")).click();
            assertThat(browser.teks(By.id("rencana-aksi"))).contains("Kepala Bidang Koperasi");

            // January: the capaian appears as the value is typed, computed by query-service, then is stored.
            browser.buka(PK + "/realisasi?periode=JAN");
            WebElement value = browser.cari(By.id("nilai-IKU-1_1"));
            value.sendKeys("7,5");
            browser.tunggu(ExpectedConditions.textToBePresentInElementLocated(By.id("hasil-IKU-1_1"), "107,14 %"));
            assertThat(browser.teks(By.id("hasil-IKU-1_1"))).contains("Sangat Tinggi", "melebihi target");
            browser.cari(By.id("simpan-IKU-1_1")).click();
            browser.tunggu(ExpectedConditions.textToBePresentInElementLocated(By.id("baris-IKU-1_1"), "Tersimpan"));
            assertThat(browser.teks(By.id("hasil-IKU-1_1"))).contains("107,14 %");
            browser.foto("03-realisasi-tersimpan");
            browser.buka(PK + "/realisasi?periode=JAN");
            assertThat(browser.cari(By.id("nilai-IKU-1_1")).getAttribute("value")).isEqualTo("7,5");
        }
    }

    @Test
    @Order(2)
    void a_wrong_value_shows_its_problem_at_the_field_and_stores_nothing() {
        try (Browser browser = new Browser(platform.portalUrl()).masuk("operator.uji")) {
            browser.buka(PK + "/realisasi?periode=TAHUN");
            WebElement value = browser.cari(By.id("nilai-IKU-1_2"));
            value.sendKeys("A");
            browser.cari(By.id("simpan-IKU-1_2")).click();
            browser.tunggu(ExpectedConditions.textToBePresentInElementLocated(By.id("galat-nilai-IKU-1_2"),
                    "berskala angka"));
            assertThat(browser.cari(By.id("nilai-IKU-1_2")).getAttribute("aria-invalid")).isEqualTo("true");
            browser.foto("04-realisasi-galat");
            browser.buka(PK + "/realisasi?periode=TAHUN");
            assertThat(browser.cari(By.id("nilai-IKU-1_2")).getAttribute("value")).isEmpty();
            assertThat(browser.teks(By.id("hasil-IKU-1_2"))).contains("belum ada realisasi");
            browser.buka(PK + "/realisasi?periode=JAN");
            // a recorded value changes only by a correction that says why
            WebElement recorded = browser.cari(By.id("nilai-IKU-1_1"));
            recorded.clear();
            recorded.sendKeys("7,25");
            browser.cari(By.id("simpan-IKU-1_1")).click();
            browser.tunggu(ExpectedConditions.textToBePresentInElementLocated(By.id("galat-koreksi-IKU-1_1"),
                    "wajib diisi"));
            browser.buka(PK + "/realisasi?periode=JAN");
            assertThat(browser.cari(By.id("nilai-IKU-1_1")).getAttribute("value")).isEqualTo("7,5");
        }
    }

    @Test
    @Order(3)
    void the_operator_reports_january_with_evidence_and_kendala_and_the_verifier_returns_verifies_and_reopens_it()
            throws Exception {
        Path pdf = Files.createTempDirectory("bukti").resolve("penilaian-koperasi.pdf");
        Files.write(pdf, ContohBerkas.pdf("Hasil penilaian kesehatan koperasi Januari"));
        try (Browser operator = new Browser(platform.portalUrl()).masuk("operator.uji")) {
            operator.buka(PK + "/realisasi?periode=JAN");
            assertThat(operator.teks(By.id("status-laporan"))).isEqualTo("Belum diajukan");
            // without its bukti dukung January is refused at the button, naming the indicator
            operator.cari(By.id("ajukan")).click();
            assertThat(operator.teks(By.id("galat-ajukan"))).contains("IKU-1.1");
            operator.cari(By.id("berkas-IKU-1_1")).sendKeys(pdf.toString());
            operator.cari(By.id("lampirkan-IKU-1_1")).click();
            assertThat(operator.teks(By.id("bukti-IKU-1_1"))).contains("penilaian-koperasi.pdf");
            operator.cari(By.id("kendala-IKU-1_1")).sendKeys("Sebagian koperasi belum menyampaikan laporan RAT");
            operator.cari(By.id("tindak-lanjut-IKU-1_1")).sendKeys("Pendampingan RAT oleh penyuluh koperasi");
            operator.cari(By.id("simpan-kendala-IKU-1_1")).click();
            assertThat(operator.teks(By.id("pesan-berhasil"))).contains("Kendala dan tindak lanjut IKU-1.1 tersimpan");
            assertThat(operator.cari(By.id("kendala-IKU-1_1")).getAttribute("value"))
                    .isEqualTo("Sebagian koperasi belum menyampaikan laporan RAT");
            operator.foto("05-realisasi-bukti-kendala");
            operator.cari(By.id("ajukan")).click();
            assertThat(operator.teks(By.id("status-laporan"))).isEqualTo("Diajukan, menunggu verifikasi");
            assertThat(operator.teks(By.id("alasan-terkunci"))).contains("sudah diajukan");
            assertThat(operator.driver().findElements(By.id("nilai-IKU-1_1"))).isEmpty();
            operator.foto("06-realisasi-diajukan");
        }
        try (Browser verifier = new Browser(platform.portalUrl()).masuk("verifikator.uji")) {
            sampai(verifier, "/daerah/51.03/verifikasi", By.id("kotak-masuk"), "Januari");
            verifier.foto("07-verifikasi-kotak-masuk");
            verifier.buka(PK + "/verifikasi/JAN");
            assertThat(verifier.teks(By.id("bukti-IKU-1_1"))).contains("penilaian-koperasi.pdf");
            assertThat(verifier.teks(By.id("kendala-IKU-1_1"))).contains("belum menyampaikan laporan RAT",
                    "Pendampingan RAT");
            verifier.cari(By.id("kembalikan")).click();
            assertThat(verifier.teks(By.id("galat-catatan"))).contains("catatan");
            verifier.cari(By.id("catatan")).sendKeys("Lampirkan daftar koperasi sehat hasil penilaian");
            verifier.foto("08-verifikasi-periksa");
            verifier.cari(By.id("kembalikan")).click();
            assertThat(verifier.teks(By.id("pesan-berhasil"))).contains("dikembalikan");
        }
        try (Browser operator = new Browser(platform.portalUrl()).masuk("operator.uji")) {
            assertThat(operator.teks(By.id("daftar-dikembalikan")))
                    .contains("Januari", "Lampirkan daftar koperasi sehat hasil penilaian");
            // the notifications read model follows the verdict over Kafka
            sampai(operator, PK, By.id("pemberitahuan"), "Lampirkan daftar koperasi sehat hasil penilaian");
            operator.foto("09-beranda-pemberitahuan");
            operator.buka(PK + "/realisasi?periode=JAN");
            assertThat(operator.teks(By.id("catatan-periode"))).contains("Lampirkan daftar koperasi sehat");
            operator.cari(By.id("ajukan")).click();
            assertThat(operator.teks(By.id("status-laporan"))).isEqualTo("Diajukan, menunggu verifikasi");
        }
        try (Browser verifier = new Browser(platform.portalUrl()).masuk("verifikator.uji")) {
            sampai(verifier, PK + "/verifikasi/JAN", By.id("status-laporan"), "Diajukan");
            verifier.cari(By.id("verifikasi")).click();
            assertThat(verifier.teks(By.id("pesan-berhasil"))).contains("diverifikasi");
            sampai(verifier, PK + "/verifikasi/JAN", By.id("status-laporan"), "Terverifikasi");
            verifier.cari(By.id("alasan-buka")).sendKeys("Persentase koperasi sehat dihitung ulang");
            verifier.foto("10-verifikasi-buka-kembali");
            verifier.cari(By.id("buka-kembali-tombol")).click();
            assertThat(verifier.teks(By.id("pesan-berhasil"))).contains("dibuka kembali");
            assertThat(verifier.teks(By.id("status-laporan"))).isEqualTo("Dibuka kembali");
        }
    }

    @Test
    @Order(4)
    void the_auditor_slides_to_before_and_after_the_perubahan() {
        try (Browser auditor = new Browser(platform.portalUrl()).masuk("auditor.uji")) {
            auditor.buka(PK + "/perjanjian");
            assertThat(auditor.teks(By.id("total-pagu"))).isEqualTo("Rp 22.243.685.702");
            int amended = momentIndex(auditor, "PK Perubahan ditandatangani");
            slideTo(auditor, amended - 1);
            assertThat(auditor.teks(By.id("total-pagu"))).isEqualTo("Rp 19.878.378.920");
            assertThat(auditor.teks(By.id("asof-petunjuk"))).contains("Tampilan lampau");
            auditor.foto("11-pk-sebelum-perubahan");
            slideTo(auditor, amended);
            assertThat(auditor.teks(By.id("total-pagu"))).isEqualTo("Rp 22.243.685.702");
            auditor.buka(PK + "/perbandingan");
            assertThat(auditor.teks(By.id("total-sebelum"))).isEqualTo("Rp 19.878.378.920");
            assertThat(auditor.teks(By.id("total-sesudah"))).isEqualTo("Rp 22.243.685.702");
            assertThat(auditor.driver().findElements(By.cssSelector("#perbandingan-pagu tr.berubah"))).isNotEmpty();
            auditor.foto("12-perbandingan");
            auditor.buka(PK + "/riwayat");
            auditor.cari(By.id("periksa-integritas")).click();
            assertThat(auditor.teks(By.id("integritas"))).contains("Rantai peristiwa utuh");
            assertThat(auditor.teks(By.id("daftar-riwayat"))).contains("Realisasi dicatat", "operator.uji",
                    "Dikembalikan verifikator", "Lampirkan daftar koperasi sehat");
            auditor.foto("13-riwayat");
            auditor.buka(PK + "/dokumen");
            auditor.foto("14-dokumen");
        }
    }

    @Test
    @Order(5)
    void a_user_of_one_daerah_cannot_open_anothers_pages() {
        try (Browser other = new Browser(platform.portalUrl()).masuk("operator.lain")) {
            other.buka(PK + "/realisasi");
            assertThat(other.teks(By.tagName("h1"))).isEqualTo("Tidak berwenang");
            assertThat(other.teks(By.id("pesan-galat"))).contains("tidak berwenang");
            other.buka("/daerah/51.03/verifikasi");
            assertThat(other.teks(By.tagName("h1"))).isEqualTo("Tidak berwenang");
            other.foto("15-tidak-berwenang");
        }
    }

    @Test
    @Order(6)
    void the_province_sees_its_kabupaten_side_by_side_and_signs_out() throws Exception {
        ImportedSeeds.imported("buleleng-2023");
        try (Browser auditor = new Browser(platform.portalUrl()).masuk("auditor.uji")) {
            auditor.buka("/daerah/51.08/opd/disdagperinkopukm/pk/2023");
            assertThat(auditor.teks(By.id("total-pagu"))).isEqualTo("Rp 12.750.824.010");
            auditor.foto("17-beranda-buleleng");
        }
        try (Browser province = new Browser(platform.portalUrl(), 1024, 1366).masuk("provinsi.uji")) {
            assertThat(province.teks(By.id("rekap-total"))).contains("Kabupaten Badung", "Kabupaten Buleleng");
            province.foto("16-provinsi-tablet");
            province.cari(By.id("keluar")).click();
            assertThat(province.teks(By.id("sudah-keluar"))).contains("diakhiri");
            province.buka("/provinsi/51");
            province.cari(By.id("username"));
        }
    }

    @Test
    @Order(7)
    void anyone_checks_a_document_on_the_periksa_dokumen_page_without_signing_in() {
        String html = new String(Documents.get(platform.reportingUrl() + "/api/tenants/51.03/opd/" + OPD
                + "/pk/2023/dokumen/perjanjian-kinerja?format=html&revisi=0&asOf=" + Instant.now()).bytes(),
                StandardCharsets.UTF_8);
        Matcher address = Pattern.compile("buka (http[^<\\s]+)").matcher(html);
        assertThat(address.find()).as("the document names its verification address").isTrue();
        String qr = address.group(1).replace("&amp;", "&");
        assertThat(qr).as("the QR code opens the portal's public page").startsWith(platform.portalUrl()
                + "/periksa-dokumen?");
        try (Browser anyone = new Browser(platform.portalUrl())) {
            // the QR code scanned: its address opened as it is
            anyone.driver().get(qr);
            assertThat(anyone.teks(By.id("status-periksa"))).isEqualTo("COCOK");
            assertThat(anyone.teks(By.id("hasil-periksa"))).contains("Perjanjian Kinerja", "PK induk", "utuh");
            // or the address typed from the paper into the page
            anyone.buka("/periksa-dokumen");
            anyone.cari(By.id("tautan")).sendKeys(qr);
            anyone.cari(By.id("periksa")).click();
            assertThat(anyone.teks(By.id("status-periksa"))).isEqualTo("COCOK");
            assertThat(anyone.teks(By.id("hasil-periksa"))).contains("Perjanjian Kinerja", "PK induk", "utuh");
            assertThat(anyone.driver().findElements(By.id("keluar"))).as("nobody signed in").isEmpty();
            anyone.foto("18-periksa-dokumen");
        }
    }

    /** Opens the page until it shows the text: read models follow the commands over Kafka. */
    private static void sampai(Browser browser, String path, By by, String text) {
        await().atMost(Duration.ofSeconds(60)).ignoreExceptions()
                .until(() -> browser.buka(path).teks(by).contains(text));
    }

    /** Index of the first recorded moment whose label contains the text. */
    private static int momentIndex(Browser browser, String text) {
        List<WebElement> options = browser.driver().findElements(By.cssSelector("#asof-momen option"));
        for (int i = 0; i < options.size(); i++) {
            if (options.get(i).getAttribute("data-label").contains(text)) {
                return i;
            }
        }
        throw new AssertionError("no recorded moment '" + text + "'");
    }

    /** Slides the "as of" control with the keyboard to a recorded moment and shows the page as of then. */
    private static void slideTo(Browser browser, int index) {
        WebElement slider = browser.cari(By.id("asof-geser"));
        WebElement option = browser.driver().findElements(By.cssSelector("#asof-momen option")).get(index);
        String chosen = option.getAttribute("data-label");
        String moment = option.getAttribute("data-waktu");
        slider.sendKeys(Keys.HOME);
        for (int step = 0; step < index; step++) {
            slider.sendKeys(Keys.ARROW_RIGHT);
        }
        // The slider's script shows the moment and puts it in the date-time field; submit only once it has.
        browser.tunggu(ExpectedConditions.textToBe(By.cssSelector("output[for=asof-geser]"), chosen));
        browser.tunggu(driver -> {
            String value = driver.findElement(By.id("asof-waktu")).getAttribute("value");
            return moment.equals(value);
        });
        WebElement shown = browser.cari(By.id("total-pagu"));
        slider.sendKeys(Keys.ENTER);
        // Enter submits the form: wait for the new page, not the one still on screen.
        browser.tunggu(ExpectedConditions.stalenessOf(shown));
        browser.tunggu(ExpectedConditions.textToBe(By.cssSelector("output[for=asof-geser]"), chosen));
        browser.tunggu(ExpectedConditions.presenceOfElementLocated(By.id("total-pagu")));
    }
}
