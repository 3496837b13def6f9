package id.kinerja.command.impor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kinerja.api.common.Periode;
import id.kinerja.api.kendala.KendalaRecorded;
import id.kinerja.api.realisasi.RealisasiAnggaranRecorded;
import id.kinerja.api.realisasi.RealisasiRecorded;
import id.kinerja.command.web.Api;
import id.kinerja.embedded.DevIssuerInitializer;
import id.kinerja.embedded.EmbeddedPostgresInitializer;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The spreadsheet round trip an OPD makes during the year: download the template of its signed PK, type the
 * quarter's realisasi and the month's spending, send it back. A wrong cell is named and nothing is stored.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = {EmbeddedPostgresInitializer.class, DevIssuerInitializer.class})
class SpreadsheetImportTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String PK = "51.03/impor-xlsx/pk/2023";
    private static final String TEMPLATE = "/api/tenants/51.03/opd/impor-xlsx/pk/2023/templat.xlsx";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EventStore eventStore;

    @Test
    void realisasi_typed_into_the_template_are_imported_and_a_wrong_cell_is_named() throws IOException {
        Api api = new Api("http://localhost:" + port, "operator.impor", jdbc);
        assertThat(api.send("POST", "/api/import", ImportApiTest.FILE.replace("impor-diskop", "impor-xlsx")).status())
                .isEqualTo(201);
        HttpResponse<byte[]> template = api.sendBytes("GET", TEMPLATE, XLSX, null);
        assertThat(template.statusCode()).isEqualTo(200);

        byte[] broken = edit(template.body(), workbook -> realisasiRow(workbook, "TW2").createCell(4)
                .setCellValue("tujuh koma satu"));
        long before = api.eventCount();
        HttpResponse<byte[]> refused = api.sendBytes("POST", "/api/import", XLSX, broken);
        JsonNode problem = new ObjectMapper().readTree(refused.body());
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(problem.path("path").asText()).isEqualTo("Realisasi!E3");
        assertThat(api.eventCount()).isEqualTo(before);

        byte[] filled = edit(template.body(), workbook -> {
            realisasiRow(workbook, "TW2").createCell(4).setCellValue("7,10");
            Row tw1 = realisasiRow(workbook, "TW1");
            tw1.createCell(Spreadsheet.KENDALA_COLUMN).setCellValue("Dua koperasi terlambat menyerahkan laporan RAT");
            tw1.createCell(Spreadsheet.TINDAK_LANJUT_COLUMN).setCellValue("Surat teguran dan pendampingan");
            Row spending = workbook.getSheet(Spreadsheet.ANGGARAN).getRow(3);
            assertThat(spending.getCell(0).getStringCellValue()).isEqualTo("P04.K1.S2");
            spending.createCell(Spreadsheet.FIRST_MONTH_COLUMN + 2).setCellValue(4_250_000);
        });
        HttpResponse<byte[]> accepted = api.sendBytes("POST", "/api/import", XLSX, filled);
        assertThat(accepted.statusCode()).as(new String(accepted.body())).isEqualTo(201);
        List<Object> payloads = eventStore.readEvents(PK).asStream().map(DomainEventMessage::getPayload)
                .map(Object.class::cast).toList();
        assertThat(payloads).filteredOn(RealisasiRecorded.class::isInstance).map(RealisasiRecorded.class::cast)
                .anySatisfy(r -> assertThat(r.value().angka()).isEqualByComparingTo("7.10"));
        assertThat(payloads).filteredOn(KendalaRecorded.class::isInstance).map(KendalaRecorded.class::cast)
                .anySatisfy(k -> {
                    assertThat(k.period()).isEqualTo(Periode.TW1);
                    assertThat(k.kendala()).isEqualTo("Dua koperasi terlambat menyerahkan laporan RAT");
                    assertThat(k.tindakLanjut()).isEqualTo("Surat teguran dan pendampingan");
                });
        assertThat(payloads).filteredOn(RealisasiAnggaranRecorded.class::isInstance)
                .map(RealisasiAnggaranRecorded.class::cast)
                .anySatisfy(r -> assertThat(r.amount().amount()).isEqualTo(4_250_000L));
    }

    /** The template's row for IKU-1.1 in the given quarter (its first indicator). */
    private static Row realisasiRow(Workbook workbook, String quarter) {
        Sheet sheet = workbook.getSheet(Spreadsheet.REALISASI);
        for (Row row : sheet) {
            if (row.getRowNum() > 0 && row.getCell(0).getStringCellValue().equals("IKU-1.1")
                    && row.getCell(3).getStringCellValue().equals(quarter)) {
                return row;
            }
        }
        throw new AssertionError("no row for IKU-1.1 " + quarter);
    }

    private static byte[] edit(byte[] xlsx, Consumer<Workbook> change) throws IOException {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            change.accept(workbook);
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
