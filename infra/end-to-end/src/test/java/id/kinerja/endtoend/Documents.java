package id.kinerja.endtoend;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Fetches documents from reporting-service and reads them back as a user's tools would. */
final class Documents {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private Documents() {
    }

    /** A rendered file: its bytes and content type. */
    record File(byte[] bytes, String contentType) {

        /** The text a reader sees: PDF text, the DOCX's paragraphs and tables, the HTML without tags. */
        String text() {
            try {
                if (contentType.startsWith("application/pdf")) {
                    try (PDDocument pdf = Loader.loadPDF(bytes)) {
                        return new PDFTextStripper().getText(pdf);
                    }
                }
                if (contentType.contains("wordprocessingml")) {
                    try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(bytes));
                         XWPFWordExtractor text = new XWPFWordExtractor(docx)) {
                        return text.getText();
                    }
                }
                if (contentType.contains("spreadsheetml")) {
                    return String.join("\n", cells().stream().map(Object::toString).toList());
                }
                return new String(bytes, StandardCharsets.UTF_8).replaceAll("<[^>]+>", " ")
                        .replace("&quot;", "\"").replace("&amp;", "&");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Every cell of an XLSX: numbers as numbers, text as text. */
        List<Object> cells() {
            List<Object> cells = new ArrayList<>();
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
                for (Row row : workbook.getSheetAt(0)) {
                    for (Cell cell : row) {
                        cells.add(cell.getCellType() == CellType.NUMERIC ? (Object) cell.getNumericCellValue()
                                : cell.getStringCellValue());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return cells;
        }

        PDDocument pdf() throws IOException {
            return Loader.loadPDF(bytes);
        }
    }

    static File get(String url) {
        Answer answer = fetch(url);
        assertThat(answer.status()).as("%s: %s", url, new String(answer.file().bytes(), StandardCharsets.UTF_8))
                .isEqualTo(200);
        return answer.file();
    }

    /** A document request's status and body, whatever the status. */
    record Answer(int status, File file) {
    }

    static Answer fetch(String url) {
        try {
            HttpResponse<byte[]> response = CLIENT.send(HttpRequest.newBuilder(URI.create(url))
                    .header("Authorization", "Bearer " + RunningPlatform.tokenFor(url)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(response.statusCode(), new File(response.body(),
                    response.headers().firstValue("Content-Type").orElse("")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
