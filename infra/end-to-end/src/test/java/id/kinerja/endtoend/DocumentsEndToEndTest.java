package id.kinerja.endtoend;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * reporting-service renders the official documents of the seeds as of any recorded time, in every format, and
 * the files say what the seed documents say: Badung's PK before its amendment totals 19.878.378.920, its PK
 * Perubahan 22.243.685.702 beside it ({@link AuditorModeEndToEndTest}: the raw events give the very same documents).
 */
class DocumentsEndToEndTest {

    private static final List<String> FORMATS = List.of("pdf", "docx", "xlsx", "html");
    /** seed → its year's PK in reporting-service, under the OPD code it was imported with. */
    private static final Map<String, String> PK = new java.util.LinkedHashMap<>();
    private static Instant badungSigned;

    @BeforeAll
    static void importSeeds() throws Exception {
        JsonNode badung = ImportedSeeds.imported("badung-2023", "diskop-seed");
        badungSigned = Instant.parse(badung.path("milestones").get(0).path("recordedAt").asText());
        PK.put("badung-2023", ImportedSeeds.dokumenUrl(badung));
        for (String seed : List.of("buleleng-2023", "sumenep-2023", "luwu-timur-2024")) {
            PK.put(seed, ImportedSeeds.dokumenUrl(ImportedSeeds.imported(seed)));
        }
    }

    @Test
    void badungs_pk_before_its_amendment_in_every_format() {
        for (String format : FORMATS) {
            Documents.File file = Documents.get(PK.get("badung-2023") + "perjanjian-kinerja?format=" + format
                    + "&asOf=" + badungSigned);
            if (format.equals("xlsx")) {
                assertThat(file.cells()).contains(19_878_378_920d, "JUMLAH").doesNotContain(22_243_685_702d);
            } else {
                assertThat(file.text()).as(format).contains("PERJANJIAN KINERJA TAHUN 2023", "PIHAK PERTAMA",
                        "I Made Widiana, S.Sos., M.Si.", "I Nyoman Giri Prasta", "Mangupura, 31 Januari 2023",
                        "19.878.378.920").doesNotContain("22.243.685.702");
            }
        }
    }

    @Test
    void badungs_pk_perubahan_shows_every_line_before_and_after_with_both_totals() throws Exception {
        for (String format : FORMATS) {
            Documents.File file = Documents.get(PK.get("badung-2023") + "pk-perubahan?format=" + format);
            if (format.equals("xlsx")) {
                assertThat(file.cells()).contains(19_878_378_920d, 22_243_685_702d, 2_365_306_782d,
                        "Anggaran Sebelum Perubahan (Rp)");
            } else {
                assertThat(file.text()).as(format).contains("PERJANJIAN KINERJA PERUBAHAN TAHUN 2023",
                        "19.878.378.920", "22.243.685.702", "22 September 2023");
            }
        }
        Documents.File pdf = Documents.get(PK.get("badung-2023") + "pk-perubahan?format=pdf");
        try (PDDocument document = pdf.pdf()) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            PDPage last = document.getPage(document.getNumberOfPages() - 1);
            assertThat(last.getMediaBox().getWidth()).as("A4 landscape").isGreaterThan(last.getMediaBox().getHeight());
            for (int page = 2; page <= document.getNumberOfPages(); page++) {
                PDFTextStripper text = new PDFTextStripper();
                text.setStartPage(page);
                text.setEndPage(page);
                String onPage = text.getText(document);
                if (onPage.contains("Sub Kegiatan:")) {
                    assertThat(onPage).as("the table header repeats on page " + page)
                            .contains("Program / Kegiatan / Sub Kegiatan", "Selisih (Rp)");
                }
            }
            for (org.apache.pdfbox.cos.COSName name : document.getPage(0).getResources().getFontNames()) {
                PDFont font = document.getPage(0).getResources().getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
            }
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "badung-2023,     perjanjian-kinerja,   22.243.685.702",
            "badung-2023,     rencana-aksi,         Persentase Koperasi Sehat",
            "badung-2023,     lkjip,                Rata-rata capaian kinerja perangkat daerah",
            "buleleng-2023,   perjanjian-kinerja,   12.750.824.010",
            "buleleng-2023,   rencana-aksi,         Desember",
            "buleleng-2023,   capaian-rencana-aksi, 578.425.168",
            "buleleng-2023,   lkjip,                106,82",
            "sumenep-2023,    pk-perubahan,         27.077.526.494",
            "sumenep-2023,    rencana-aksi,         Persentase fluktuasi harga Bapokti",
            "sumenep-2023,    capaian-rencana-aksi, 9.440.925.382",
            "sumenep-2023,    lkjip,                Menunggu Rilis PDRB oleh BPS 2024",
            "sumenep-2023,    lkjip,                10,47",
            "sumenep-2023,    lkjip,                bulog/provisi",
            "luwu-timur-2024, perjanjian-kinerja,   30.409.836.596",
            "luwu-timur-2024, rencana-aksi,         585",
            "luwu-timur-2024, capaian-rencana-aksi, 81,03",
            "luwu-timur-2024, lkjip,                108,75",
    })
    void every_document_kind_renders_for_the_seeds_in_every_format(String seed, String document, String figure) {
        for (String format : FORMATS) {
            Documents.File file = Documents.get(PK.get(seed) + document + "?format=" + format);
            if (!format.equals("xlsx")) {
                assertThat(file.text()).as(format).contains(figure);
            } else {
                assertThat(file.cells()).isNotEmpty();
            }
        }
    }

    @Test
    void a_province_recap_renders_across_its_kabupaten() throws Exception {
        String url = RunningPlatform.get().reportingUrl() + "/api/provinsi/51/rekap/2023/dokumen?format=";
        for (String format : FORMATS) {
            Documents.File file = Documents.get(url + format);
            if (!format.equals("xlsx")) {
                assertThat(file.text()).as(format).contains("PROVINSI BALI", "Kabupaten Buleleng", "Kabupaten Badung");
            } else {
                assertThat(file.cells()).contains("Kabupaten Buleleng", 12_256_325_908d);
            }
        }
    }
}
