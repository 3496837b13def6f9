package id.kinerja.command.impor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A filled-in {@link SpreadsheetTemplate} read as a {@code kinerja-progress/1} tree, each value remembering its
 * cell so a rejection says "Realisasi!E7". Numbers typed as text the Indonesian way (5,40 or 1.250.000) are
 * read too; anything else stays text and is refused by the plan with its cell named.
 */
final class SpreadsheetTree implements ImportTree {

    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
    private static final Pattern INDONESIAN_NUMBER = Pattern.compile("-?\\d{1,3}(\\.\\d{3})*(,\\d+)?|-?\\d+(,\\d+)?");

    private final ObjectNode root = NODES.objectNode();
    private final Map<String, Location> cells = new HashMap<>();
    private final DataFormatter formatter = new DataFormatter();

    private SpreadsheetTree(Workbook workbook) {
        root.put("format", ImportPlan.PROGRESS_FORMAT);
        identity(sheet(workbook, Spreadsheet.IDENTITY));
        rencanaAksi(sheet(workbook, Spreadsheet.RENCANA_AKSI));
        realisasi(sheet(workbook, Spreadsheet.REALISASI));
        anggaran(sheet(workbook, Spreadsheet.ANGGARAN));
    }

    static SpreadsheetTree read(byte[] bytes) {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            return new SpreadsheetTree(workbook);
        } catch (IOException | RuntimeException e) {
            if (e instanceof ImportRejected rejected) {
                throw rejected;
            }
            throw new ImportRejected(0, "", "malformed", null, "berkas bukan lembar kerja XLSX yang sah");
        }
    }

    @Override
    public JsonNode root() {
        return root;
    }

    @Override
    public Location location(String path) {
        String at = ImportTree.nearestKnown(path, cells::containsKey);
        return cells.getOrDefault(at, new Location(0, path));
    }

    private void identity(Sheet sheet) {
        root.set("pemda", NODES.objectNode().set("code", text(sheet, Spreadsheet.ROW_PEMDA, 1, "pemda.code")));
        root.set("opd", NODES.objectNode().set("code", text(sheet, Spreadsheet.ROW_OPD, 1, "opd.code")));
        root.set("year", value(sheet, Spreadsheet.ROW_YEAR, 1, "year"));
    }

    private void rencanaAksi(Sheet sheet) {
        ArrayNode lines = root.putArray("rencanaAksi");
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            boolean planned = false;
            for (int q = 0; q < Spreadsheet.QUARTERS.size(); q++) {
                planned |= !blank(sheet, r, Spreadsheet.FIRST_QUARTER_COLUMN + q);
            }
            if (blank(sheet, r, 0) || !planned) {
                continue;
            }
            String path = "rencanaAksi[" + lines.size() + "]";
            ObjectNode line = lines.addObject();
            line.set("indicator", text(sheet, r, 0, path + ".indicator"));
            line.set("responsible", text(sheet, r, Spreadsheet.RESPONSIBLE_COLUMN, path + ".responsible"));
            ObjectNode targets = line.putObject("targets");
            for (int q = 0; q < Spreadsheet.QUARTERS.size(); q++) {
                String quarter = Spreadsheet.QUARTERS.get(q);
                targets.set(quarter, value(sheet, r, Spreadsheet.FIRST_QUARTER_COLUMN + q, path + ".targets." + quarter));
            }
            remember(path, sheet, r, 0);
        }
    }

    /** A row gives a realisasi (value or pending) and/or its kendala and tindak lanjut. */
    private void realisasi(Sheet sheet) {
        ArrayNode lines = root.putArray("realisasi");
        ArrayNode obstacles = root.putArray("kendala");
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            if (blank(sheet, r, 0)) {
                continue;
            }
            if (!blank(sheet, r, Spreadsheet.VALUE_COLUMN) || !blank(sheet, r, Spreadsheet.PENDING_COLUMN)) {
                String path = "realisasi[" + lines.size() + "]";
                ObjectNode line = lines.addObject();
                line.set("indicator", text(sheet, r, 0, path + ".indicator"));
                line.set("period", text(sheet, r, 3, path + ".period"));
                if (!blank(sheet, r, Spreadsheet.VALUE_COLUMN)) {
                    line.set("value", value(sheet, r, Spreadsheet.VALUE_COLUMN, path + ".value"));
                }
                if (!blank(sheet, r, Spreadsheet.PENDING_COLUMN)) {
                    line.set("pending", text(sheet, r, Spreadsheet.PENDING_COLUMN, path + ".pending"));
                }
                remember(path, sheet, r, 0);
            }
            if (!blank(sheet, r, Spreadsheet.KENDALA_COLUMN) || !blank(sheet, r, Spreadsheet.TINDAK_LANJUT_COLUMN)) {
                String path = "kendala[" + obstacles.size() + "]";
                ObjectNode line = obstacles.addObject();
                line.set("indicator", text(sheet, r, 0, path + ".indicator"));
                line.set("period", text(sheet, r, 3, path + ".period"));
                line.set("kendala", text(sheet, r, Spreadsheet.KENDALA_COLUMN, path + ".kendala"));
                line.set("tindakLanjut", text(sheet, r, Spreadsheet.TINDAK_LANJUT_COLUMN, path + ".tindakLanjut"));
                remember(path, sheet, r, Spreadsheet.KENDALA_COLUMN);
            }
        }
    }

    private void anggaran(Sheet sheet) {
        ObjectNode spending = root.putObject("realisasiAnggaran");
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            if (blank(sheet, r, 0)) {
                continue;
            }
            String code = formatter.formatCellValue(cell(sheet, r, 0)).trim();
            ObjectNode months = NODES.objectNode();
            for (int m = 0; m < Spreadsheet.MONTHS.size(); m++) {
                int column = Spreadsheet.FIRST_MONTH_COLUMN + m;
                if (!blank(sheet, r, column)) {
                    String month = Spreadsheet.MONTHS.get(m);
                    months.set(month, value(sheet, r, column, "realisasiAnggaran." + code + "." + month));
                }
            }
            if (!months.isEmpty()) {
                spending.set(code, months);
                remember("realisasiAnggaran." + code, sheet, r, 0);
            }
        }
    }

    private JsonNode text(Sheet sheet, int row, int column, String path) {
        remember(path, sheet, row, column);
        return blank(sheet, row, column) ? NODES.nullNode()
                : NODES.textNode(formatter.formatCellValue(cell(sheet, row, column)).trim());
    }

    /** A number cell as an exact decimal; text that reads as an Indonesian number likewise; else the text. */
    private JsonNode value(Sheet sheet, int row, int column, String path) {
        remember(path, sheet, row, column);
        Cell cell = cell(sheet, row, column);
        if (cell == null || blank(sheet, row, column)) {
            return NODES.nullNode();
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC) {
            BigDecimal number = new BigDecimal(Double.toString(cell.getNumericCellValue()));
            return number.stripTrailingZeros().scale() <= 0 ? NODES.numberNode(number.longValueExact())
                    : NODES.numberNode(number);
        }
        String text = formatter.formatCellValue(cell).trim();
        if (INDONESIAN_NUMBER.matcher(text).matches() && (text.contains(",") || text.matches(".*\\.\\d{3}.*"))) {
            return NODES.numberNode(new BigDecimal(text.replace(".", "").replace(',', '.')));
        }
        return NODES.textNode(text);
    }

    private boolean blank(Sheet sheet, int row, int column) {
        Cell cell = cell(sheet, row, column);
        return cell == null || formatter.formatCellValue(cell).isBlank();
    }

    private static Cell cell(Sheet sheet, int row, int column) {
        Row r = sheet.getRow(row);
        return r == null ? null : r.getCell(column);
    }

    private void remember(String path, Sheet sheet, int row, int column) {
        cells.put(path, new Location(row + 1, Spreadsheet.cell(sheet.getSheetName(), row, column)));
    }

    private static Sheet sheet(Workbook workbook, String name) {
        Sheet sheet = workbook.getSheet(name);
        if (sheet == null) {
            throw new ImportRejected(0, name, "malformed", null, "lembar '" + name + "' tidak ada; gunakan templat "
                    + "dari GET …/pk/{tahun}/templat.xlsx");
        }
        return sheet;
    }
}
