package id.kinerja.reporting.render;

import id.kinerja.queryapi.fakta.BadungEvents;
import id.kinerja.queryapi.fakta.FaktaPk;
import id.kinerja.queryapi.pk.PerjanjianKinerjaView;
import id.kinerja.reporting.dokumen.PerjanjianKinerjaDokumen;
import id.kinerja.reporting.dokumen.PkPerubahanDokumen;
import id.kinerja.reporting.naskah.Dokumen;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The PK and PK Perubahan documents of two Badung programs, rendered and read back: PDF text and page setup,
 * DOCX text and repeated header rows, XLSX numbers and print setup.
 */
class RenderersTest {

    private static final Instant AS_OF = Instant.parse("2023-12-31T00:00:00Z");
    private final HtmlRenderer html = new HtmlRenderer(Templates.engine());
    private final Renderers renderers = new Renderers(html,
            new PdfRenderer(html, new TandaTanganElektronik("", "", "", false)), new DocxRenderer(), new XlsxRenderer());

    @Test
    void the_pk_perubahan_pdf_is_a4_landscape_with_embedded_fonts_and_both_totals() throws Exception {
        byte[] pdf = renderers.render(perubahan(), Format.PDF);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDPage page = document.getPage(0);
            assertThat(page.getMediaBox().getWidth()).isCloseTo(841.9f, org.assertj.core.data.Offset.offset(1f));
            assertThat(page.getMediaBox().getHeight()).isCloseTo(595.3f, org.assertj.core.data.Offset.offset(1f));
            PDResources resources = page.getResources();
            for (COSName name : resources.getFontNames()) {
                assertThat(resources.getFont(name).isEmbedded()).as(resources.getFont(name).getName()).isTrue();
            }
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("PERJANJIAN KINERJA PERUBAHAN TAHUN 2023", "KABUPATEN BADUNG",
                    "112.685.283", "118.964.414", "6.279.131", "Mangupura, 22 September 2023",
                    "NIP. 19650310 198602 1 004", "perubahan prioritas atau asumsi");
        }
    }

    @Test
    void the_pk_pdf_is_portrait_and_prints_targets_and_pagu_the_indonesian_way() throws Exception {
        byte[] pdf = renderers.render(PerjanjianKinerjaDokumen.of(pk(0), AS_OF), Format.PDF);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getPage(0).getMediaBox().getHeight())
                    .isGreaterThan(document.getPage(0).getMediaBox().getWidth());
            assertThat(new PDFTextStripper().getText(document)).contains("Persentase Koperasi Sehat", "2.574.497",
                    "49.176.423", "112.685.283", "PIHAK KEDUA", "I Nyoman Giri Prasta");
        }
    }

    @Test
    void the_docx_repeats_its_table_headers_and_holds_the_totals() throws Exception {
        byte[] docx = renderers.render(perubahan(), Format.DOCX);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor text = new XWPFWordExtractor(document)) {
            assertThat(document.getTables()).allSatisfy(table -> {
                if (table.getRows().size() > 1 && !table.getRow(0).getCell(0).getText().isEmpty()) {
                    assertThat(table.getRow(0).isRepeatHeader()).isTrue();
                }
            });
            assertThat(text.getText()).contains("112.685.283", "118.964.414", "Anggaran Sesudah Perubahan (Rp)");
            assertThat(document.getDocument().getBody().getSectPr().getPgSz().getOrient().toString())
                    .isEqualTo("landscape");
        }
    }

    @Test
    void the_xlsx_keeps_amounts_as_numbers_and_prints_landscape() throws Exception {
        byte[] xlsx = renderers.render(perubahan(), Format.XLSX);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
            assertThat(sheet.getRepeatingRows()).isNotNull();
            List<Object> cells = new ArrayList<>();
            for (Row row : sheet) {
                for (Cell cell : row) {
                    cells.add(cell.getCellType() == CellType.NUMERIC ? cell.getNumericCellValue()
                            : cell.getStringCellValue());
                }
            }
            assertThat(cells).contains(112_685_283d, 118_964_414d, 6_279_131d, 612_123d, "JUMLAH");
        }
    }

    @Test
    void the_html_is_the_page_the_pdf_is_made_from() {
        String page = new String(renderers.render(perubahan(), Format.HTML), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page).contains("-fs-table-paginate: paginate", "size: A4 landscape", "<thead>", "118.964.414");
    }

    private static Dokumen perubahan() {
        return PkPerubahanDokumen.of(pk(0), pk(1), AS_OF);
    }

    private static PerjanjianKinerjaView pk(int revision) {
        FaktaPk fakta = BadungEvents.fakta(revision == 1);
        return PerjanjianKinerjaView.of(fakta.pk(), fakta.pemdaName());
    }
}
